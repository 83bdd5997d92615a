/**
 * TERMINAL_VALUE: the Gordon growth perpetuity (src/core/terminalValue.ts),
 * broadcast over ranges: a column of rates against a row of growths is a grid.
 */
import { terminalValue as coreTerminalValue } from "../core";
import { dec, num } from "./args";
import { broadcast } from "./broadcast";
import { minus, plus, quotient, scaled, times } from "./scaledDecimal";
import { rate } from "./valuationArgs";

/** Argument domains of TERMINAL_VALUE, in Excel's order (r <= g is #NUM!, from core). */
const TERMINAL_VALUE_ARGS = [num("cash_flow", "any"), rate("discount_rate", "aboveMinusOne"), rate("growth", "aboveMinusOne")] as const;

/**
 * Fast TERMINAL_VALUE for typed decimals: cash_flow (1 + g) / (r - g) in exact
 * decimals, rounded once (./scaledDecimal.ts). NaN = use decimal.js (which also
 * reports r <= g).
 */
function terminalFast(cf: number, r: number, g: number): number {
  if (!(r > g)) return NaN; // doubles compare as the decimals they read as
  const [CF, R, G] = [cf, r, g].map(scaled);
  if (!CF || !R || !G) return NaN;
  return quotient(times(CF, plus({ m: 1n, s: 0 }, G)), minus(R, G));
}

/**
 * Gordon growth terminal value at the end of the last year: cash_flow x (1 + g) / (r - g),
 * the value of cash_flow x (1 + g)^k received at the end of each following year k = 1, 2, ...
 * Within 1 ulp of the exact value for the numbers as typed.
 * Example: a last-year flow of 100 at r = 10 % growing 2 %: =AIF.TERMINAL_VALUE(100, 0.1, 0.02) = 100 x 1.02 / 0.08 = 1,275.
 * @customfunction TERMINAL_VALUE
 * @helpurl https://localhost:3000/help/functions.html#terminal_value
 * @param cash_flow The last explicit year's cash flow, currency units, any sign. A cell or a range.
 * @param discount_rate Discount rate r per year as a fraction (0.1 = 10 %), > -1 and > growth. A cell or a range.
 * @param growth Perpetual growth g per year as a fraction, > -1 and < discount_rate (else #NUM!). A cell or a range.
 * @returns The terminal value at the end of the last year, same currency, for each cell; #NUM! where r <= g.
 */
export function terminalValue(cash_flow: unknown[][], discount_rate: unknown[][], growth: unknown[][]): unknown[][] {
  const [s0, s1, s2] = TERMINAL_VALUE_ARGS;
  return broadcast([[cash_flow, s0], [discount_rate, s1], [growth, s2]], (v) => {
    const [cf, r, g] = v;
    const fast = terminalFast(cf, r, g);
    if (fast === fast) return fast; // not NaN
    return coreTerminalValue(dec(cf), dec(r), dec(g)).toNumber();
  });
}
