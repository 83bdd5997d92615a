/**
 * Exact arithmetic on doubles for the common case, so most cells skip decimal.js.
 *
 * The functions read each input double x as its shortest round-trip decimal s(x)
 * (what `new Decimal(x)` reads). When s(x) = m / 10^k with an integer |m| < 1e15
 * and k <= 22, the pair (m, k) is that reading exactly. Sums and products of such
 * integers are exact in doubles while they stay below 2^53, so a result that is
 * one quotient A / B of two such integers comes out of a single IEEE division
 * correctly rounded (within 1/2 ulp of the exact decimal answer), and
 * floor(A / B) = (A - A % B) / B is exact because `%` on doubles is exact.
 * Every helper returns NaN as soon as an exactness condition fails; callers then
 * fall back to decimal.js.
 */

/** 10^0 .. 10^22: every one is exactly representable as a double. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Largest scale k handled: 10^22 is the largest exact power of ten in a double. */
export const MAX_SCALE = 22;

/** Integers below 2^53 are exact in doubles, and so are sums and products that stay below it. */
const EXACT_LIMIT = 2 ** 53;

/**
 * Mantissas must stay below 1e15: two different decimals of at most 15
 * significant digits never round to the same double (their spacing, 1e-14
 * relative to the leading digit, exceeds one ulp, at most 2.2e-16 relative), so
 * a 15-digit m / 10^k that rounds to x IS the shortest reading s(x).
 */
const MAX_MANTISSA = 1e15;

/**
 * Decimal scale of a double: the smallest k in 0..22 with s(x) = m / 10^k,
 * m an integer, |m| < 1e15; or -1 when there is none (then use decimal.js).
 * Why it is rigorous: the candidate m = round(x * 10^k) is checked by the
 * correctly rounded division m / 10^k === x, i.e. the decimal m·10^-k rounds to x,
 * and by the 15-digit uniqueness above it is the reading of x.
 * @param x any finite double
 */
export function decimalScale(x: number): number {
  // Whole numbers (share counts, amounts) are their own reading: no search needed.
  if (Number.isInteger(x)) return Math.abs(x) < MAX_MANTISSA ? 0 : -1;
  for (let k = 1; k <= MAX_SCALE; k++) {
    const m = Math.round(x * POW10[k]!);
    if (!(Math.abs(m) < MAX_MANTISSA)) return -1;
    if (m / POW10[k]! === x) return k;
  }
  return -1;
}

/** a x b for integers, or NaN unless the exact product is below 2^53 (then the double product is exact). */
export function mul(a: number, b: number): number {
  const r = a * b;
  // Rounding is monotone and 2^53 is a double: |a·b| >= 2^53 implies |fl(a·b)| >= 2^53.
  return Math.abs(r) < EXACT_LIMIT ? r : NaN;
}

/** a + b for integers, or NaN unless the exact sum is below 2^53. */
export function add(a: number, b: number): number {
  const r = a + b;
  return Math.abs(r) < EXACT_LIMIT ? r : NaN;
}

/** m x 10^e for an integer m and 0 <= e <= 22, or NaN when not exact. */
export function shift(m: number, e: number): number {
  return e <= MAX_SCALE ? mul(m, POW10[e]!) : NaN;
}

/**
 * floor(a / b) for integers 0 <= a < 2^53, 0 < b < 2^53, exactly: a % b is exact
 * in IEEE arithmetic, a - a % b is an exact multiple of b, and dividing it by b
 * gives an integer below 2^53, which the division returns exactly.
 */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}
