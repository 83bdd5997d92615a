/**
 * Primary share issues: new shares, stakes, dilution, post-money value, voting
 * power and the discount to market. Definitions follow
 * docs/sources.md §Definitions:
 * new shares = investment / price; stake after = (held before + new) / (outstanding + new);
 * dilution of the others = new / (outstanding + new).
 */
import type { Dec } from "./decimal";
import { checkDomains, divide } from "./domain";
import { InputError } from "./inputError";

/**
 * Shares a cash investment buys at a price, not rounded (the Nvidia–CoreWeave
 * deal: 2,000,000,000 / 87.20 = 22,935,779.816...).
 * @param investment cash invested, currency units, >= 0
 * @param price      price per new share, same currency, > 0
 * @returns investment / price, shares (fractional; rounding is the caller's policy)
 * @throws InputError("value") when an argument leaves its domain
 */
export function newShares(investment: Dec, price: Dec): Dec {
  checkDomains([
    ["investment", investment, "nonNegative"],
    ["price_per_share", price, "positive"],
  ]);
  return investment.div(price);
}

/** Everything a primary issue changes, all exact decimals. */
export interface PrimaryIssue {
  /** investment / price, shares */
  newShares: Dec;
  /** outstanding + newShares, shares */
  postShares: Dec;
  /** heldBefore / outstanding, fraction 0..1 */
  stakeBefore: Dec;
  /** (heldBefore + newShares) / postShares, fraction 0..1 */
  stakeAfter: Dec;
  /** newShares / postShares: the fraction the other holders give up, 0..1 */
  dilution: Dec;
  /** postShares x price, currency units */
  postMoney: Dec;
}

/**
 * Ownership before and after a primary issue of new shares to one investor.
 * @param a.investment  cash invested, currency units, >= 0
 * @param a.price       price per new share, same currency, > 0
 * @param a.outstanding shares outstanding before the issue, > 0
 * @param a.heldBefore  the investor's shares before the issue, 0..outstanding
 * @returns see PrimaryIssue; formulas from the reference file's standard definitions
 * @throws InputError("value") when an argument leaves its domain
 */
export function primaryIssue(a: { investment: Dec; price: Dec; outstanding: Dec; heldBefore: Dec }): PrimaryIssue {
  checkDomains([
    ["investment", a.investment, "nonNegative"],
    ["price_per_share", a.price, "positive"],
    ["shares_outstanding", a.outstanding, "positive"],
    ["shares_held_before", a.heldBefore, "nonNegative"],
  ]);
  if (a.heldBefore.gt(a.outstanding)) {
    throw new InputError("value", "shares_held_before must not exceed shares_outstanding");
  }
  const fresh = a.investment.div(a.price);
  const post = a.outstanding.plus(fresh);
  return {
    newShares: fresh,
    postShares: post,
    stakeBefore: a.heldBefore.div(a.outstanding),
    stakeAfter: a.heldBefore.plus(fresh).div(post),
    dilution: fresh.div(post),
    postMoney: post.times(a.price),
  };
}

/**
 * A holder's share of the votes when Class A carries 1 vote and Class B
 * `votesPerClassB` votes (CoreWeave: 10, IPO prospectus 424B4, March 2025).
 * The holder's shares are Class A.
 * @param holderVotes    the holder's Class A shares, 0..classAShares
 * @param classAShares   Class A shares outstanding, >= 0
 * @param classBShares   Class B shares outstanding, >= 0
 * @param votesPerClassB votes per Class B share, >= 0
 * @returns holderVotes / (classAShares x 1 + classBShares x votesPerClassB), fraction 0..1
 * @throws InputError("value") on a domain violation, ("div0") when there are no votes
 */
export function votingStake(holderVotes: Dec, classAShares: Dec, classBShares: Dec, votesPerClassB: Dec): Dec {
  checkDomains([
    ["holder_shares", holderVotes, "nonNegative"],
    ["class_a_shares", classAShares, "nonNegative"],
    ["class_b_shares", classBShares, "nonNegative"],
    ["votes_per_class_b", votesPerClassB, "nonNegative"],
  ]);
  if (holderVotes.gt(classAShares)) throw new InputError("value", "holder_shares must not exceed class_a_shares");
  return divide(holderVotes, classAShares.plus(classBShares.times(votesPerClassB)), "total votes");
}

/**
 * Discount of the deal price to the market price (Nvidia paid 87.20 against a
 * 92.98 prior close: 1 - 87.20/92.98 = 0.0621...).
 * @param price       deal price per share, > 0
 * @param marketPrice market price per share, same currency, > 0
 * @returns 1 - price / marketPrice: positive when the deal is below market, negative for a premium
 * @throws InputError("value") when an argument leaves its domain
 */
export function discountToMarket(price: Dec, marketPrice: Dec): Dec {
  checkDomains([
    ["price", price, "positive"],
    ["market_price", marketPrice, "positive"],
  ]);
  return price.div(marketPrice).neg().plus(1);
}
