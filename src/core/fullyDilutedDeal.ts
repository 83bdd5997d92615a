/**
 * The dilution model's fully diluted view of a primary issue (docs/models.md,
 * dilution): diluted shares before and after the new shares, both at the market
 * price (treasury stock method for options, if-converted for the notes), the
 * investor's fully diluted stake, and the value the discount transfers to the investor.
 */
import type { Dec } from "./decimal";
import { dilutedShares } from "./dilutedShares";
import { checkDomains } from "./domain";
import { InputError } from "./inputError";

/** The deal and the capital structure, in the dilution model's names. */
export interface DealInput {
  /** cash invested, currency units, >= 0 */
  investment: Dec;
  /** price per new share, > 0 */
  pricePerShare: Dec;
  /** market price per share, > 0 (the options and converts are tested at it) */
  marketPrice: Dec;
  /** Class A shares before the deal, >= 0 */
  classAShares: Dec;
  /** Class B shares before the deal, >= 0; Class A + Class B > 0 */
  classBShares: Dec;
  /** the investor's Class A shares before the deal, 0..classAShares */
  investorSharesBefore: Dec;
  /** options outstanding, >= 0 */
  options: Dec;
  /** their weighted-average exercise price, >= 0 */
  optionStrike: Dec;
  /** RSUs outstanding, >= 0 */
  rsus: Dec;
  /** convertible principal, currency units, >= 0 */
  convertPrincipal: Dec;
  /** conversion price, > 0; required when convertPrincipal > 0 */
  conversionPrice: Dec | undefined;
}

/** What the fully diluted view adds to the v1 dilution rows. */
export interface FullyDilutedDeal {
  /** investment / price, shares */
  newShares: Dec;
  /** investorSharesBefore + newShares */
  investorSharesAfter: Dec;
  /** dilutedShares(Class A + Class B, MarketPrice, ...) */
  dilutedSharesBefore: Dec;
  /** dilutedShares(Class A + Class B + NewShares, MarketPrice, ...) */
  dilutedSharesAfter: Dec;
  /** investorSharesAfter / dilutedSharesAfter, fraction */
  investorStakeAfterDiluted: Dec;
  /** NewShares x (MarketPrice - PricePerShare), currency units; negative for a premium */
  valueTransfer: Dec;
}

/**
 * Fully diluted shares before and after a primary issue, the investor's diluted
 * stake and the value transfer at the discount to market.
 * @param a the deal (see DealInput for units and domains)
 * @throws InputError("value") when an input leaves its domain
 */
export function fullyDilutedDeal(a: DealInput): FullyDilutedDeal {
  checkDomains([
    ["Investment", a.investment, "nonNegative"],
    ["PricePerShare", a.pricePerShare, "positive"],
    ["MarketPrice", a.marketPrice, "positive"],
    ["ClassAShares", a.classAShares, "nonNegative"],
    ["ClassBShares", a.classBShares, "nonNegative"],
    ["InvestorSharesBefore", a.investorSharesBefore, "nonNegative"],
    ["Options", a.options, "nonNegative"],
    ["OptionStrike", a.optionStrike, "nonNegative"],
    ["Rsus", a.rsus, "nonNegative"],
    ["ConvertPrincipal", a.convertPrincipal, "nonNegative"],
  ]);
  if (a.investorSharesBefore.gt(a.classAShares)) throw new InputError("value", "InvestorSharesBefore must not exceed ClassAShares");
  const basic = a.classAShares.plus(a.classBShares);
  if (basic.isZero()) throw new InputError("value", "ClassAShares + ClassBShares must be greater than 0");
  if (!a.convertPrincipal.isZero() && (a.conversionPrice === undefined || !a.conversionPrice.gt(0))) {
    throw new InputError("value", "ConversionPrice must be greater than 0 when ConvertPrincipal is greater than 0");
  }
  const diluted = (shares: Dec) =>
    dilutedShares(shares, a.marketPrice, a.options, a.optionStrike, a.rsus, a.convertPrincipal, a.conversionPrice);
  const fresh = a.investment.div(a.pricePerShare);
  const after = diluted(basic.plus(fresh));
  const investorAfter = a.investorSharesBefore.plus(fresh);
  return {
    newShares: fresh,
    investorSharesAfter: investorAfter,
    dilutedSharesBefore: diluted(basic),
    dilutedSharesAfter: after,
    investorStakeAfterDiluted: investorAfter.div(after),
    // investment x (M - P) / P: one rounding of M - P, then a product and a quotient
    valueTransfer: a.investment.times(a.marketPrice.minus(a.pricePerShare)).div(a.pricePerShare),
  };
}
