/**
 * The self-consistent value per share when options dilute by the treasury stock
 * method at that value and convertible notes convert when it exceeds their
 * conversion price: the circularity analysts break with iterative calculation,
 * solved in closed form.
 *
 * The rule. S = basic + RSUs, O options at strike K, L convertible principal at
 * conversion price C, EqV the equity value with the converts counted as debt.
 * Four regimes (opt, conv) in {0, 1}^2 give
 *   P = (EqV + [opt] O K + [conv] L) / (S + [opt] O + [conv] L / C),
 * regime "opt" valid iff P > K and "conv" valid iff P > C.
 *
 * Proof that exactly one regime is self-consistent. The value P must satisfy
 * P x dilutedShares(P) = EqV + [P > C] L (converted principal becomes equity).
 * Expanding dilutedShares(P) = S + [P > K] O (1 - K/P) + [P > C] L / C, that is
 *   h(P) = EqV, with h(P) = S P + O max(0, P - K) + (L / C) max(0, P - C).
 * h is continuous, piecewise linear, h(0) = 0, and strictly increasing on P >= 0
 * (slope >= S > 0), with h(P) -> infinity; so for EqV > 0 there is exactly one root
 * P* > 0. On the region where [P > K] = opt and [P > C] = conv, h is the linear
 * function S P + opt O (P - K) + conv (L/C)(P - C), whose root is the regime's P
 * above. A regime is self-consistent iff its P lies in its own region; then h(P) = EqV
 * there, so P = P*. The four regions partition P > 0 (each P has one value of
 * ([P > K], [P > C])), and P* lies in exactly one of them, whose regime yields P*.
 * Ties: if P* = K (or C), the neighbouring regime's line meets h at that kink too
 * (max(0, P - K) = 0 there), so its formula gives the same P*; with the strict
 * inequalities only one of the two counts as valid, and both give the same P.
 *
 * The regime is found exactly, without computing all four: by monotonicity,
 * P* > K iff h(K) < EqV and P* > C iff h(C) < EqV, compared in exact arithmetic
 * (both sides multiplied by C > 0).
 */
import type { Dec } from "./decimal";
import { checkDomains } from "./domain";
import { checkDilutiveSecurities } from "./dilutedShares";
import { exactProduct, exactSum } from "./exact";
import { InputError } from "./inputError";

/** C x h(x) = C S x + C O max(0, x - K) + L max(0, x - C), exact. */
function scaledH(x: Dec, s: Dec, o: Dec, k: Dec, l: Dec, c: Dec): Dec {
  const terms = [exactProduct(c, s, x)];
  if (x.gt(k)) terms.push(exactProduct(c, o, x), exactProduct(c, o, k).neg());
  if (x.gt(c)) terms.push(exactProduct(l, x), exactProduct(l, c).neg());
  return exactSum(...terms);
}

/**
 * Value per fully diluted share, self-consistent with the dilution it implies
 * (see the proof above). Arguments as dilutedShares, with the equity value in
 * place of the price.
 * @param equityValue      EqV, equity value with the converts counted as debt, currency units, > 0 for a result
 * @param basicShares      basic shares outstanding, > 0
 * @param options          options outstanding O, shares, >= 0
 * @param strike           their weighted-average exercise price K, per share, >= 0
 * @param rsus             restricted stock units, shares, >= 0
 * @param convertPrincipal convertible principal L, currency units, >= 0
 * @param conversionPrice  C, per share, > 0; required when L > 0, ignored when L = 0
 * @returns P, currency units per share, satisfying P x dilutedShares(P) = EqV + [P > C] L
 * @throws InputError("value") when an argument leaves its domain, ("num") when EqV <= 0
 */
export function valuePerShare(
  equityValue: Dec,
  basicShares: Dec,
  options: Dec,
  strike: Dec,
  rsus: Dec,
  convertPrincipal: Dec,
  conversionPrice?: Dec,
): Dec {
  checkDomains([
    ["equity_value", equityValue, "any"],
    ["basic_shares", basicShares, "positive"],
  ]);
  const c = checkDilutiveSecurities({ options, strike, rsus, convertPrincipal, conversionPrice });
  if (!equityValue.gt(0)) throw new InputError("num", "equity_value must be greater than 0 for a value per share (the equity is worth nothing)");
  const [o, k, l] = [options, strike, convertPrincipal];
  const s = exactSum(basicShares, rsus);
  const scaledEqV = exactProduct(c, equityValue);
  const opt = !o.isZero() && scaledEqV.gt(scaledH(k, s, o, k, l, c));
  const conv = !l.isZero() && scaledEqV.gt(scaledH(c, s, o, k, l, c));
  // P = C (EqV + opt O K + conv L) / (C S + opt C O + conv L)
  const num = [scaledEqV];
  const den = [exactProduct(c, s)];
  if (opt) {
    num.push(exactProduct(c, o, k));
    den.push(exactProduct(c, o));
  }
  if (conv) {
    num.push(exactProduct(c, l));
    den.push(l);
  }
  return exactSum(...num).div(exactSum(...den));
}
