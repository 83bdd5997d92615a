/**
 * What DILUTED_SHARES and VALUE_PER_SHARE share: the five dilutive-security
 * arguments they end with (options, strike, rsus, convert_principal,
 * conversion_price), and the per-cell rule "exact fast path for typed decimals,
 * decimal.js core behind it", broadcast over ranges.
 */
import type { Dec } from "../core";
import { dec, num } from "./args";
import { broadcast, type ArgSpec } from "./broadcast";
import { optional } from "./valuationArgs";

/**
 * The dilutive-security arguments, in Excel's order, after each function's two
 * leading arguments. conversion_price is checked by core, only when
 * convert_principal > 0 (it is ignored otherwise).
 */
const SECURITY_ARGS = [
  num("options", "nonNegative", 0),
  num("strike", "nonNegative", 0),
  num("rsus", "nonNegative", 0),
  num("convert_principal", "nonNegative", 0),
  optional(num("conversion_price", "any")),
] as const;

/** The dilutive-security cells as Excel passes them (omitted optional arguments undefined). */
export type SecurityRanges = readonly [unknown[][] | undefined, unknown[][] | undefined, unknown[][] | undefined, unknown[][] | undefined, unknown[][] | undefined];

/**
 * One dilution formula of two leading values a, b and the securities: options O,
 * strike K, RSUs U, convert principal L, conversion price C (undefined when omitted).
 */
type DilutionFormula<T> = (a: T, b: T, o: T, k: T, u: T, l: T, c: T | undefined) => T;

/**
 * Broadcasts a dilution function over its two leading arguments and the five
 * dilutive securities: each cell tries `fast` (exact arithmetic on the numbers as
 * typed) and, when it returns NaN, computes `exact` in decimal.js, whose
 * InputError (a missing conversion price, a value outside its domain) becomes the cell's error.
 * @param a, b        the two leading arguments' cells and their specs (domains), in Excel's order
 * @param securities  options, strike, rsus, convert_principal, conversion_price as passed
 * @param fast        the fast path; NaN means "not decided here, use `exact`"
 * @param exact       core's decimal.js function of the same arguments
 * @returns the result matrix, numbers and error cells
 */
export function broadcastDilution(
  a: readonly [unknown[][], ArgSpec<number>],
  b: readonly [unknown[][], ArgSpec<number>],
  securities: SecurityRanges,
  fast: DilutionFormula<number>,
  exact: DilutionFormula<Dec>,
): unknown[][] {
  const [s0, s1, s2, s3, s4] = SECURITY_ARGS;
  const [options, strike, rsus, principal, price] = securities;
  const args = [a, b, [options, s0], [strike, s1], [rsus, s2], [principal, s3], [price, s4]] as const;
  return broadcast(args, (v) => {
    const [x, y, o, k, u, l, c] = v;
    const quick = fast(x, y, o, k, u, l, c);
    if (quick === quick) return quick; // not NaN
    return exact(dec(x), dec(y), dec(o), dec(k), dec(u), dec(l), c === undefined ? undefined : dec(c)).toNumber();
  });
}
