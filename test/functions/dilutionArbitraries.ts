/**
 * What the DILUTED_SHARES and VALUE_PER_SHARE property suites share (not a test
 * file): generators for the dilutive securities, as typed and as arbitrary
 * doubles, and the check of an adapter's cell against an exact rational reference.
 */
import fc from "fast-check";
import { typedRat, type Rat } from "./rational";

/** Share counts > 0: whole shares or any double from 0.001 to 1e12. */
export const shares = fc.oneof(fc.integer({ min: 1, max: 2e9 }), fc.double({ min: 1e-3, max: 1e12, noNaN: true }));
/** Counts >= 0 (options, RSUs), 0 often. */
export const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1e12, noNaN: true }));
/** Prices per share > 0: cents up to $500 or any double from 0.001 to 1e4. */
export const price = fc.oneof(fc.integer({ min: 1, max: 50_000 }).map((x) => x / 100), fc.double({ min: 1e-3, max: 1e4, noNaN: true }));
/** Convert principal >= 0, 0 often. */
export const principal = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e10 }), fc.double({ min: 0, max: 1e12, noNaN: true }));
/** Whole numbers 0..max, 0 often: shares and dollars as typed. */
export const whole = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }));
/** Prices in cents, $0.01 to $500. */
export const cents = fc.integer({ min: 1, max: 50_000 }).map((x) => x / 100);

type Seven<T> = [T, T, T, T, T, T, T];

/**
 * A property predicate: the adapter's one cell for seven scalar arguments is a
 * number within `tolerance` of the exact rational reference for the same numbers as typed.
 * @param adapter    the custom function, called with each argument a 1x1 range
 * @param exact      the independent reference, in bigint rationals
 * @param tolerance  withinOneUlp or withinHalfUlp (./rational.ts)
 */
export function matchesExact(
  adapter: (...args: Seven<unknown[][]>) => unknown[][],
  exact: (...args: Seven<Rat>) => Rat,
  tolerance: (r: number, q: Rat) => boolean,
): (...xs: Seven<number>) => boolean {
  return (...xs) => {
    const want = exact(...(xs.map(typedRat) as Seven<Rat>));
    const out = adapter(...(xs.map((x) => [[x]]) as Seven<unknown[][]>))[0]![0];
    return typeof out === "number" && tolerance(out, want);
  };
}
