/**
 * Exact floor of a ratio of products of decimals, in integer arithmetic.
 * D rounds every product to 40 significant digits; when the factors carry more
 * digits than that (computed inputs, not typed ones), a rounded product can push
 * a quotient just below a whole number up to it, and floor() would count one
 * too many. BigInt arithmetic on the decimals' coefficients has no such limit.
 */
import { D, type Dec } from "./decimal";

/** Largest power-of-ten shift accepted: beyond it the numbers are absurd and BigInt work explodes. */
const MAX_SHIFT = 20_000;

/** x = coefficient x 10^exponent exactly, coefficient a BigInt. */
function split(x: Dec): [bigint, number] {
  // toExponential() without arguments prints every significant digit: "d.ddde±N"
  const [mant, exp] = x.toExponential().split("e") as [string, string];
  const digits = mant.replace(".", "").replace("-", "");
  const frac = mant.includes(".") ? mant.length - mant.indexOf(".") - 1 : 0;
  const coef = BigInt(digits) * (mant.startsWith("-") ? -1n : 1n);
  return [coef, Number(exp) - frac];
}

/**
 * floor(product(num) / product(den)) exactly.
 * @param num factors of the numerator, finite decimals, product >= 0
 * @param den factors of the denominator, finite decimals, product > 0
 * @returns a whole number as a decimal (all digits kept, not rounded to 40)
 * @throws Error (a programmer error: callers validate domains first) for a
 *         negative numerator, a non-positive denominator or an absurd exponent range
 */
export function floorQuotient(num: readonly Dec[], den: readonly Dec[]): Dec {
  let a = 1n, ea = 0, b = 1n, eb = 0;
  for (const x of num) {
    const [c, e] = split(x);
    a *= c;
    ea += e;
  }
  for (const x of den) {
    const [c, e] = split(x);
    b *= c;
    eb += e;
  }
  if (a < 0n || b <= 0n) throw new Error("floorQuotient needs a numerator >= 0 and a denominator > 0");
  if (a === 0n) return new D(0);
  const shift = ea - eb;
  if (Math.abs(shift) > MAX_SHIFT) throw new Error(`floorQuotient: exponent shift ${shift} out of range`);
  const q = shift >= 0 ? (a * 10n ** BigInt(shift)) / b : a / (b * 10n ** BigInt(-shift));
  return new D(q.toString());
}
