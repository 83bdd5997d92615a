/**
 * Exact sums and products of decimals. D rounds every operation to 40
 * significant digits; a sum of rounded products can then lose every digit when
 * its terms cancel (E x ke + D x kd with ke < 0, say). Sums and products of
 * finite decimals are finite decimals, so computing them with no rounding at all
 * and rounding once, in the final division, keeps a result within one rounding
 * of its exact value. DX below never divides: a division would run to its
 * 1e9-digit precision.
 */
import { D, type Dec } from "./decimal";

/** Same configuration as D but a precision no sum or product of ours reaches: + - x are exact. */
const DX = D.clone({ precision: 1e9 });

/**
 * The exact product of decimals (all digits kept; the D constructor does not
 * round, so the result stays exact until an operation of D rounds it).
 * @param factors finite decimals; the empty product is 1
 */
export function exactProduct(...factors: readonly Dec[]): Dec {
  let p = new DX(1);
  for (const f of factors) p = p.times(f);
  return new D(p);
}

/**
 * The exact sum of decimals, all digits kept.
 * @param terms finite decimals; the empty sum is 0
 */
export function exactSum(...terms: readonly Dec[]): Dec {
  let s = new DX(0);
  for (const t of terms) s = s.plus(t);
  return new D(s);
}
