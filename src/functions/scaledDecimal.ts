/**
 * Exact decimals as (mantissa, scale) pairs of doubles, x = m / 10^s, built on
 * ./scaledInteger.ts, for the fast paths of DILUTED_SHARES and VALUE_PER_SHARE:
 * sums, differences and products stay exact while every integer stays below
 * 2^53, so a result that is one quotient of two of them comes out of one IEEE
 * division correctly rounded. Any step that would not be exact gives NaN, which
 * propagates; the caller then falls back to decimal.js (src/core).
 */
import { add, decimalScale, mul, POW10, shift } from "./scaledInteger";

/** m / 10^s with m an integer below 2^53 in magnitude (or NaN: not exact). */
export interface Scaled {
  readonly m: number;
  readonly s: number;
}

const NOT_EXACT: Scaled = { m: NaN, s: 0 };

/** The typed decimal of a double (its shortest reading), or NOT_EXACT when it has more than 15 digits or 22 decimals. */
export function scaled(x: number): Scaled {
  const s = decimalScale(x);
  return s < 0 ? NOT_EXACT : { m: Math.round(x * POW10[s]!), s };
}

/** Both mantissas brought to the larger scale. */
function aligned(a: Scaled, b: Scaled): [number, number, number] {
  const s = Math.max(a.s, b.s);
  return [shift(a.m, s - a.s), shift(b.m, s - b.s), s];
}

export function plus(a: Scaled, b: Scaled): Scaled {
  const [x, y, s] = aligned(a, b);
  return { m: add(x, y), s };
}

export function minus(a: Scaled, b: Scaled): Scaled {
  const [x, y, s] = aligned(a, b);
  return { m: add(x, -y), s };
}

export function times(a: Scaled, b: Scaled): Scaled {
  return { m: mul(a.m, b.m), s: a.s + b.s };
}

/** a > b exactly, or undefined when the comparison cannot be made exactly. */
export function greater(a: Scaled, b: Scaled): boolean | undefined {
  const [x, y] = aligned(a, b);
  return x === x && y === y ? x > y : undefined;
}

/** a / b correctly rounded (b > 0), or NaN when not exact: (ma 10^sb) / (mb 10^sa) after removing the common power. */
export function quotient(a: Scaled, b: Scaled): number {
  const e = b.s - a.s;
  return e >= 0 ? shift(a.m, e) / b.m : a.m / shift(b.m, -e);
}
