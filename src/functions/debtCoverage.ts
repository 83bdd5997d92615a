/**
 * DEBT_COVERAGE: interest coverage and DSCR (src/core/credit.ts), with a
 * scaled-integer fast path for typed decimals.
 */
import { debtServiceCoverage } from "../core";
import { dec, mant, num } from "./args";
import { broadcast } from "./broadcast";
import { add, decimalScale, shift } from "./scaledInteger";

/** Argument domains of DEBT_COVERAGE, in Excel's order. */
const DEBT_COVERAGE_ARGS = [
  num("cash_flow", "any"),
  num("interest", "nonNegative"),
  num("principal", "nonNegative", 0),
  num("capex", "nonNegative", 0),
] as const;

/** (CF·10^(S-a) - CX·10^(S-d)) / (I·10^(S-b) + PR·10^(S-c)) with S the largest scale; NaN = use decimal.js. */
function coverageFast(cf: number, interest: number, principal: number, capex: number): number {
  const a = decimalScale(cf), b = decimalScale(interest), c = decimalScale(principal), d = decimalScale(capex);
  if ((a | b | c | d) < 0) return NaN;
  const S = Math.max(a, b, c, d);
  const num_ = add(shift(mant(cf, a), S - a), -shift(mant(capex, d), S - d));
  const den = add(shift(mant(interest, b), S - b), shift(mant(principal, c), S - c));
  return den === 0 ? NaN : num_ / den;
}

/**
 * Debt coverage, times: (cash_flow - capex) / (interest + principal). With two
 * arguments it is interest coverage; with principal it is the DSCR.
 * Example: CoreWeave Q3 2025 adjusted EBITDA $838.1 M over net interest $310.6 M:
 * =AIF.DEBT_COVERAGE(838.1, 310.6) = 2.6983258; DSCR =AIF.DEBT_COVERAGE(1000, 100, 300, 200) = 2.
 * @customfunction DEBT_COVERAGE
 * @helpurl https://localhost:3000/help/functions.html#debt_coverage
 * @param cash_flow Cash flow or EBITDA for the period, currency units, any sign. A cell or a range.
 * @param interest Interest expense for the period, same units, >= 0. A cell or a range.
 * @param [principal] Scheduled principal repaid in the period, same units, >= 0. Default 0. A cell or a range.
 * @param [capex] Capital spending deducted from cash flow, same units, >= 0. Default 0. A cell or a range.
 * @returns Coverage in times for each cell; #DIV/0! when interest + principal is 0.
 */
export function debtCoverage(cash_flow: unknown[][], interest: unknown[][], principal?: unknown[][], capex?: unknown[][]): unknown[][] {
  const [s0, s1, s2, s3] = DEBT_COVERAGE_ARGS;
  return broadcast([[cash_flow, s0], [interest, s1], [principal, s2], [capex, s3]], (v) => {
    const [cf, i, p, c] = v;
    const fast = coverageFast(cf, i, p, c);
    if (fast === fast) return fast;
    return debtServiceCoverage(dec(cf), dec(i), dec(p), dec(c)).toNumber();
  });
}
