/**
 * Fully diluted shares at a share price: basic shares, RSUs, options by the
 * treasury stock method and convertible notes by the if-converted method
 * (docs/sources.md §Shares and dilutive securities; standard definitions:
 * TSM extra shares = options x (1 - strike / price), in the money only).
 */
import { D, type Dec } from "./decimal";
import { checkDomains } from "./domain";
import { exactProduct, exactSum } from "./exact";
import { InputError } from "./inputError";

/** The dilutive securities beside the basic shares. */
export interface DilutiveSecurities {
  /** options outstanding O, shares, >= 0 */
  options: Dec;
  /** weighted-average exercise price K, per share, >= 0 */
  strike: Dec;
  /** restricted stock units, shares, >= 0 (they add directly) */
  rsus: Dec;
  /** convertible principal L, currency units, >= 0 */
  convertPrincipal: Dec;
  /** conversion price C, per share, > 0; required when L > 0, ignored when L = 0 */
  conversionPrice: Dec | undefined;
}

/**
 * Validates the dilutive securities and returns the conversion price to use
 * (1 when there is no principal: it then multiplies nothing that matters).
 * @throws InputError("value") naming the argument and the rule
 */
export function checkDilutiveSecurities(s: DilutiveSecurities): Dec {
  checkDomains([
    ["options", s.options, "nonNegative"],
    ["strike", s.strike, "nonNegative"],
    ["rsus", s.rsus, "nonNegative"],
    ["convert_principal", s.convertPrincipal, "nonNegative"],
  ]);
  if (s.convertPrincipal.isZero()) return new D(1);
  if (s.conversionPrice === undefined) throw new InputError("value", "conversion_price is required when convert_principal is greater than 0");
  checkDomains([["conversion_price", s.conversionPrice, "positive"]]);
  return s.conversionPrice;
}

/**
 * basic + rsus + TSM + converts, where TSM = O x (1 - K / P) when P > K else 0,
 * converts = L / C when P > C else 0. Summed as one fraction over P x C with an
 * exact numerator and divided once (within one 40-digit rounding of exact).
 * @param basicShares      basic shares outstanding, > 0
 * @param sharePrice       P, the price the options and converts are tested at, per share, > 0
 * @param options          options outstanding O, shares, >= 0
 * @param strike           their weighted-average exercise price K, per share, >= 0
 * @param rsus             restricted stock units, shares, >= 0
 * @param convertPrincipal convertible principal L, currency units, >= 0
 * @param conversionPrice  C, per share, > 0; required when L > 0, ignored when L = 0
 * @returns fully diluted shares
 * @throws InputError("value") when an argument leaves its domain
 */
export function dilutedShares(
  basicShares: Dec,
  sharePrice: Dec,
  options: Dec,
  strike: Dec,
  rsus: Dec,
  convertPrincipal: Dec,
  conversionPrice?: Dec,
): Dec {
  checkDomains([
    ["basic_shares", basicShares, "positive"],
    ["share_price", sharePrice, "positive"],
  ]);
  const c = checkDilutiveSecurities({ options, strike, rsus, convertPrincipal, conversionPrice });
  const [o, k, l, p] = [options, strike, convertPrincipal, sharePrice];
  const terms = [exactProduct(exactSum(basicShares, rsus), p, c)];
  // O (1 - K/P) = O (P - K) / P; over P C: O P C - O K C
  if (p.gt(k)) terms.push(exactProduct(o, p, c), exactProduct(o, k, c).neg());
  // L / C over P C: L P
  if (!l.isZero() && p.gt(c)) terms.push(exactProduct(l, p));
  return exactSum(...terms).div(exactProduct(p, c));
}
