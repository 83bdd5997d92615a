/**
 * Exact decimals as (bigint mantissa, scale) pairs, x = m / 10^s, for the fast
 * paths of DILUTED_SHARES and VALUE_PER_SHARE: sums, differences, products and
 * comparisons are exact at any size, and a result that is one quotient of two of
 * them is rounded once, correctly, to a double (the same answer as exact
 * arithmetic followed by one rounding). A typed input (at most 15 significant
 * digits and 22 decimals, ./scaledInteger.ts) always has such a reading; for any
 * other the caller falls back to decimal.js (src/core).
 */
import { decimalScale, POW10 } from "./scaledInteger";

/** m / 10^s exactly. */
export interface Scaled {
  readonly m: bigint;
  readonly s: number;
}

const TEN = 10n;
const pow10 = (k: number): bigint => TEN ** BigInt(k);

/** The typed decimal of a double (its shortest reading), or undefined when it has none of at most 15 digits and 22 decimals. */
export function scaled(x: number): Scaled | undefined {
  const s = decimalScale(x);
  return s < 0 ? undefined : { m: BigInt(Math.round(x * POW10[s]!)), s };
}

/** Both mantissas brought to the larger scale. */
function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.m * pow10(s - a.s), b.m * pow10(s - b.s), s];
}

/** a + b, exactly (at the larger of the two scales). */
export function plus(a: Scaled, b: Scaled): Scaled {
  const [x, y, s] = aligned(a, b);
  return { m: x + y, s };
}

/** a - b, exactly (at the larger of the two scales). */
export function minus(a: Scaled, b: Scaled): Scaled {
  const [x, y, s] = aligned(a, b);
  return { m: x - y, s };
}

/** a x b, exactly (scale a.s + b.s). */
export function times(a: Scaled, b: Scaled): Scaled {
  return { m: a.m * b.m, s: a.s + b.s };
}

/** a > b, exactly. */
export function greater(a: Scaled, b: Scaled): boolean {
  const [x, y] = aligned(a, b);
  return x > y;
}

/**
 * a / b for b > 0, correctly rounded to a double (ties to even), or NaN when the
 * result is outside the normal range of doubles (the caller falls back).
 * Why it is correctly rounded: q = floor(n 2^k / d) has at least 56 bits; with a
 * sticky bit for a non-zero remainder appended, Number(q') rounds exactly as the
 * true quotient would (Number of a bigint rounds to nearest, ties to even), and
 * the scaling by 2^-(k+1) is exact for a normal result.
 */
export function quotient(a: Scaled, b: Scaled): number {
  if (b.m <= 0n) return NaN;
  let n = a.m * pow10(b.s);
  const d = b.m * pow10(a.s);
  if (n === 0n) return 0;
  const negative = n < 0n;
  if (negative) n = -n;
  // bits(n) >= 4 (hex(n) - 1) + 1 and bits(d) <= 4 hex(d): k makes the quotient at least 56 bits long
  const k = Math.max(0, 4 * d.toString(16).length - 4 * (n.toString(16).length - 1) + 55);
  const scaledN = n << BigInt(k);
  const q = scaledN / d;
  const sticky = scaledN % d === 0n ? 0n : 1n;
  const v = Number((q << 1n) | sticky) * 2 ** -(k + 1);
  if (!(v >= 2 ** -1000 && v <= 2 ** 1000)) return NaN;
  return negative ? -v : v;
}
