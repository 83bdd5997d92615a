/** fast-check generators and an exact reference for the property suites (not a test file). */
import Decimal from "decimal.js";
import fc from "fast-check";

/** An independent, more precise decimal configuration used only as the reference in tests. */
export const Ref = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN, minE: -9e15, maxE: 9e15 });
export type RefDec = InstanceType<typeof Ref>;

/** A number as a user types it: up to `digits` significant digits and `maxScale` decimals (the fast path). */
export function typed(maxInt = 1e9, maxScale = 4): fc.Arbitrary<number> {
  return fc.tuple(fc.integer({ min: 0, max: maxInt }), fc.integer({ min: 0, max: maxScale })).map(([m, k]) => Number(`${m}e-${k}`));
}

/** Any finite non-negative double, including 17-digit ones, tiny and huge (the decimal.js path). */
export const anyNonNegative = fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true });

/** Typed numbers most of the time, arbitrary doubles otherwise. */
export function mixed(maxInt = 1e9, maxScale = 4): fc.Arbitrary<number> {
  return fc.oneof({ weight: 3, arbitrary: typed(maxInt, maxScale) }, { weight: 1, arbitrary: anyNonNegative });
}

/** The gap from |r| to the next double up: one ulp at r. */
export function ulp(r: number): number {
  const a = Math.abs(r);
  if (a === 0) return Number.MIN_VALUE;
  const buf = new Float64Array([a]);
  const bits = new BigUint64Array(buf.buffer);
  bits[0]! += 1n;
  return buf[0]! - a;
}

/** Is the double r within 1 ulp of the exact value? */
export function withinUlp(r: number, exact: RefDec): boolean {
  return new Ref(r).minus(exact).abs().lte(new Ref(ulp(r)));
}
