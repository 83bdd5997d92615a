/**
 * NET_LEVERAGE: (debt - cash) / EBITDA (src/core/credit.ts), with a
 * scaled-integer fast path for typed decimals.
 */
import { netLeverage as coreNetLeverage } from "../core";
import { dec, mant, num } from "./args";
import { broadcast } from "./broadcast";
import { add, decimalScale, shift } from "./scaledInteger";

/** Argument domains of NET_LEVERAGE, in Excel's order. */
const NET_LEVERAGE_ARGS = [num("debt", "nonNegative"), num("cash", "nonNegative"), num("ebitda", "any")] as const;

/** (D·10^(S-a) - C·10^(S-b)) / (E·10^(S-c)); NaN = use decimal.js (also for EBITDA <= 0, whose errors core reports). */
function leverageFast(debt: number, cash: number, ebitda: number): number {
  if (!(ebitda > 0)) return NaN;
  const a = decimalScale(debt), b = decimalScale(cash), c = decimalScale(ebitda);
  if ((a | b | c) < 0) return NaN;
  const S = Math.max(a, b, c);
  return add(shift(mant(debt, a), S - a), -shift(mant(cash, b), S - b)) / shift(mant(ebitda, c), S - c);
}

/**
 * Net leverage, times EBITDA: (debt - cash) / ebitda. Negative when cash exceeds
 * debt; #NUM! for negative EBITDA, where leverage means nothing; #DIV/0! for zero.
 * Example: CoreWeave-like $21.4 B debt, $1.4 B cash, $4 B EBITDA: =AIF.NET_LEVERAGE(21.4, 1.4, 4) = 5.
 * @customfunction NET_LEVERAGE
 * @helpurl https://localhost:3000/help/functions.html#net_leverage
 * @param debt Total debt, currency units, >= 0. A cell or a range.
 * @param cash Cash and equivalents, same currency, >= 0. A cell or a range.
 * @param ebitda EBITDA of the period (usually a year), same currency, > 0. A cell or a range.
 * @returns Net leverage in times for each cell.
 */
export function netLeverage(debt: unknown[][], cash: unknown[][], ebitda: unknown[][]): unknown[][] {
  const [s0, s1, s2] = NET_LEVERAGE_ARGS;
  return broadcast([[debt, s0], [cash, s1], [ebitda, s2]], (v) => {
    const [dt, c, e] = v;
    const fast = leverageFast(dt, c, e);
    if (fast === fast) return fast;
    return coreNetLeverage(dec(dt), dec(c), dec(e)).toNumber();
  });
}
