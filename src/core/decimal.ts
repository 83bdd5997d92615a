/**
 * The one decimal.js configuration of AI Factory Finance (never `Decimal.set`).
 *
 * Why 40 significant digits: inputs are doubles read as their shortest round-trip
 * decimal (at most 17 significant digits). Products and sums of a few such numbers
 * are exact well within 40 digits, and a quotient rounded to 40 digits is then
 * converted to the nearest double by `toNumber()`, so results are within 1 ulp of
 * the exact value. The exponent range covers the 1e-300..1e300 inputs we accept.
 */
import Decimal from "decimal.js";

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -7,
  toExpPos: 21,
  minE: -9e15,
  maxE: 9e15,
});

/** A value of our decimal configuration. */
export type Dec = InstanceType<typeof D>;
