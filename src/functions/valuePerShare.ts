/**
 * VALUE_PER_SHARE: the value per fully diluted share that is consistent with
 * the dilution it implies (src/core/valuePerShare.ts), broadcast over ranges.
 */
import { valuePerShare as coreValuePerShare } from "../core";
import { num } from "./args";
import { broadcastDilution } from "./dilutionBroadcast";
import { greater, minus, plus, quotient, scaled, times, type Scaled } from "./scaledDecimal";

const ONE: Scaled = { m: 1n, s: 0 };

/**
 * Domains of VALUE_PER_SHARE's two leading arguments; the securities' are in
 * ./dilutionBroadcast.ts. equity_value <= 0 is #NUM!, from core.
 */
const EQUITY_VALUE = num("equity_value", "any");
const BASIC_SHARES = num("basic_shares", "positive");

/**
 * Fast VALUE_PER_SHARE for typed decimals, the rule of src/core/valuePerShare.ts in
 * exact arithmetic (./scaledDecimal.ts): the regime from C EqV against C h(K) and
 * C h(C), with C h(x) = C S x + [x > K] C O (x - K) + [x > C] L (x - C), then
 * P = (C EqV + opt C O K + conv C L) / (C S + opt C O + conv L), rounded once;
 * C = 1 without converts. NaN = use decimal.js (which also reports EqV <= 0 and a
 * missing conversion price).
 */
function valueFast(e: number, b: number, o: number, k: number, u: number, l: number, c: number | undefined): number {
  if (!(e > 0) || (l !== 0 && !(c !== undefined && c > 0))) return NaN;
  const [E, B, O, K, U, L] = [e, b, o, k, u, l].map(scaled);
  const C = l !== 0 ? scaled(c!) : ONE;
  if (!E || !B || !O || !K || !U || !L || !C) return NaN;
  const S = plus(B, U), CS = times(C, S), CE = times(C, E), CO = times(C, O);
  // C h(x) at x = K (the options at the money) and at x = C (the converts at the money)
  const hAt = (x: Scaled, xv: number): Scaled => {
    let h = times(CS, x);
    if (xv > k) h = plus(h, times(CO, minus(x, K)));
    if (l !== 0 && xv > c!) h = plus(h, times(L, minus(x, C)));
    return h;
  };
  const opt = o !== 0 && greater(CE, hAt(K, k));
  const conv = l !== 0 && greater(CE, hAt(C, c!));
  let num = CE, den = CS;
  if (opt) [num, den] = [plus(num, times(CO, K)), plus(den, CO)];
  if (conv) [num, den] = [plus(num, times(C, L)), plus(den, L)];
  return quotient(num, den);
}

/**
 * Value per fully diluted share P, solved in closed form for the circularity of the treasury stock and
 * if-converted methods (no iterative calculation): with S = basic + rsus, O options at strike K, L converts
 * at conversion price C, P = (EqV + [P > K] O K + [P > C] L) / (S + [P > K] O + [P > C] L / C), the one
 * regime that is self-consistent; so P x DILUTED_SHARES(P) = EqV + the converted principal.
 * equity_value counts the converts as debt. Within 1 ulp of the exact value for the numbers as typed.
 * Example: CoreWeave with an equity value of $40 B, 500 M basic shares (an estimate), 45.478 M options at $1.74,
 * 23.197 M RSUs, $2.5875 B converts at $107.80:
 * =AIF.VALUE_PER_SHARE(40000000000, 500000000, 45478000, 1.74, 23197000, 2587500000, 107.8) = 70.4780968
 * (the converts stay debt); with $70 B they convert: 122.6073152.
 * @customfunction VALUE_PER_SHARE
 * @helpurl https://localhost:3000/help/functions.html#value_per_share
 * @param equity_value Equity value EqV with the converts counted as debt, currency units; <= 0 is #NUM!. A cell or a range.
 * @param basic_shares Basic shares outstanding, > 0. A cell or a range.
 * @param [options] Options (and warrants) outstanding, shares, >= 0. Default 0. A cell or a range.
 * @param [strike] Their weighted-average exercise price, currency per share, >= 0. Default 0. A cell or a range.
 * @param [rsus] Restricted stock units, shares, >= 0; they add one for one. Default 0. A cell or a range.
 * @param [convert_principal] Principal of convertible notes, currency units, >= 0. Default 0. A cell or a range.
 * @param [conversion_price] Conversion price, currency per share, > 0; required when convert_principal > 0, ignored otherwise. No default. A cell or a range.
 * @returns Value per fully diluted share, currency per share, for each cell of the broadcast arguments.
 */
export function valuePerShare(
  equity_value: unknown[][],
  basic_shares: unknown[][],
  options?: unknown[][],
  strike?: unknown[][],
  rsus?: unknown[][],
  convert_principal?: unknown[][],
  conversion_price?: unknown[][],
): unknown[][] {
  const securities = [options, strike, rsus, convert_principal, conversion_price] as const;
  return broadcastDilution([equity_value, EQUITY_VALUE], [basic_shares, BASIC_SHARES], securities, valueFast, coreValuePerShare);
}
