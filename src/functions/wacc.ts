/**
 * WACC: the after-tax weighted average cost of capital with market-value
 * weights (src/core/wacc.ts), broadcast over ranges.
 */
import { wacc as coreWacc } from "../core";
import { dec, num } from "./args";
import { broadcast } from "./broadcast";
import { minus, plus, quotient, scaled, times } from "./scaledDecimal";
import { rate } from "./valuationArgs";

/** Argument domains of WACC, in Excel's order (E + D = 0 is #DIV/0!, from core). */
const WACC_ARGS = [
  num("equity_value", "nonNegative"),
  num("debt_value", "nonNegative"),
  rate("cost_of_equity", "aboveMinusOne"),
  rate("cost_of_debt", "aboveMinusOne"),
  rate("tax_rate", "fraction", 0),
] as const;

/**
 * Fast WACC for typed decimals: (E ke + D kd (1 - t)) / (E + D) in exact decimals,
 * rounded once (./scaledDecimal.ts). NaN = use decimal.js (which also reports E + D = 0).
 */
function waccFast(e: number, d: number, ke: number, kd: number, t: number): number {
  const [E, D, KE, KD, T] = [e, d, ke, kd, t].map(scaled);
  if (!E || !D || !KE || !KD || !T) return NaN;
  const num = plus(times(E, KE), times(times(D, KD), minus({ m: 1n, s: 0 }, T)));
  return quotient(num, plus(E, D)); // NaN when E + D = 0
}

/**
 * Weighted average cost of capital, a rate per year: (E x ke + D x kd x (1 - t)) / (E + D),
 * with market-value weights and the interest tax shield (docs/models.md, valuation).
 * Within 1 ulp of the exact value for the numbers as typed.
 * Example: CoreWeave at about 500 M shares x $92.98 (E = 46.49, $ B), debt 21.4 ($ B),
 * ke = 4.25 % + 1.5 x 4.33 % = 0.10745, kd = 10.7 %, tax 21 % (docs/sources.md §Cost of capital inputs):
 * =AIF.WACC(46.49, 21.4, 0.10745, 0.107, 0.21) = 0.1002253 (10.02 %); =AIF.WACC(60, 40, 0.12, 0.08, 0.25) = 0.096.
 * @customfunction WACC
 * @helpurl https://localhost:3000/help/functions.html#wacc
 * @param equity_value Market value of equity E, currency units, >= 0 (same units as debt_value). A cell or a range.
 * @param debt_value Value of debt D, same currency units, >= 0; E + D = 0 is #DIV/0!. A cell or a range.
 * @param cost_of_equity Cost of equity ke per year as a fraction (0.12 = 12 %), > -1. A cell or a range.
 * @param cost_of_debt Pre-tax cost of debt kd per year as a fraction, > -1. A cell or a range.
 * @param [tax_rate] Tax rate t on the interest deduction, a fraction from 0 to 1. Default 0 (no tax shield). A cell or a range.
 * @returns WACC per year as a fraction for each cell of the broadcast arguments.
 */
export function wacc(equity_value: unknown[][], debt_value: unknown[][], cost_of_equity: unknown[][], cost_of_debt: unknown[][], tax_rate?: unknown[][]): unknown[][] {
  const [s0, s1, s2, s3, s4] = WACC_ARGS;
  return broadcast([[equity_value, s0], [debt_value, s1], [cost_of_equity, s2], [cost_of_debt, s3], [tax_rate, s4]], (v) => {
    const [e, d, ke, kd, t] = v;
    const fast = waccFast(e, d, ke, kd, t);
    if (fast === fast) return fast; // not NaN
    return coreWacc(dec(e), dec(d), dec(ke), dec(kd), dec(t)).toNumber();
  });
}
