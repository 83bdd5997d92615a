/**
 * DILUTED_SHARES: fully diluted shares at a share price, options by the
 * treasury stock method and converts by the if-converted method
 * (src/core/dilutedShares.ts), broadcast over ranges.
 */
import { dilutedShares as coreDilutedShares } from "../core";
import { num } from "./args";
import { broadcastDilution } from "./dilutionBroadcast";
import { minus, plus, quotient, scaled, times, type Scaled } from "./scaledDecimal";

const ONE: Scaled = { m: 1n, s: 0 };

/** Domains of DILUTED_SHARES' two leading arguments; the securities' are in ./dilutionBroadcast.ts. */
const BASIC_SHARES = num("basic_shares", "positive");
const SHARE_PRICE = num("share_price", "positive");

/**
 * Fast DILUTED_SHARES for typed decimals: one exact quotient, rounded once,
 * (S P C + [P > K] O (P - K) C + [P > C] L P) / (P C), S = basic + rsus, with C = 1
 * when the converts stay out (see ./scaledDecimal.ts). NaN = use decimal.js,
 * which also reports a missing or non-positive conversion price.
 */
function dilutedFast(b: number, p: number, o: number, k: number, u: number, l: number, c: number | undefined): number {
  if (l !== 0 && !(c !== undefined && c > 0)) return NaN;
  const opt = o !== 0 && p > k; // doubles compare as the decimals they read as
  const conv = l !== 0 && p > c!;
  const [B, P, O, K, U, L] = [b, p, o, k, u, l].map(scaled);
  const C = conv ? scaled(c!) : ONE;
  if (!B || !P || !O || !K || !U || !L || !C) return NaN;
  const S = plus(B, U);
  if (!opt && !conv) return quotient(S, ONE);
  const den = times(P, C);
  let num = times(S, den);
  if (opt) num = plus(num, times(times(O, minus(P, K)), C));
  if (conv) num = plus(num, times(L, P));
  return quotient(num, den);
}

/**
 * Fully diluted shares at a share price P: basic + rsus + options x (1 - strike / P) when P > strike
 * (treasury stock method) + convert_principal / conversion_price when P > conversion_price
 * (if-converted); docs/sources.md §Definitions. Within 1 ulp of the exact value for the numbers as typed.
 * Example: CoreWeave at the $87.20 deal price, 500 M basic shares (an estimate), 45.478 M options at $1.74,
 * 23.197 M RSUs, $2.5875 B converts at $107.80 (docs/sources.md §Shares and dilutive securities):
 * =AIF.DILUTED_SHARES(500000000, 87.2, 45478000, 1.74, 23197000, 2587500000, 107.8) = 567,767,526.1 (converts out of the money);
 * at $120 they convert: 592,018,351.9.
 * @customfunction DILUTED_SHARES
 * @helpurl https://localhost:3000/help/functions.html#diluted_shares
 * @param basic_shares Basic shares outstanding, > 0. A cell or a range.
 * @param share_price Share price P the options and converts are tested at, currency per share, > 0. A cell or a range.
 * @param [options] Options (and warrants) outstanding, shares, >= 0. Default 0. A cell or a range.
 * @param [strike] Their weighted-average exercise price, currency per share, >= 0. Default 0. A cell or a range.
 * @param [rsus] Restricted stock units, shares, >= 0; they add one for one. Default 0. A cell or a range.
 * @param [convert_principal] Principal of convertible notes, currency units, >= 0. Default 0. A cell or a range.
 * @param [conversion_price] Conversion price, currency per share, > 0; required when convert_principal > 0, ignored otherwise. No default. A cell or a range.
 * @returns Fully diluted shares for each cell of the broadcast arguments.
 */
export function dilutedShares(
  basic_shares: unknown[][],
  share_price: unknown[][],
  options?: unknown[][],
  strike?: unknown[][],
  rsus?: unknown[][],
  convert_principal?: unknown[][],
  conversion_price?: unknown[][],
): unknown[][] {
  const securities = [options, strike, rsus, convert_principal, conversion_price] as const;
  return broadcastDilution([basic_shares, BASIC_SHARES], [share_price, SHARE_PRICE], securities, dilutedFast, coreDilutedShares);
}
