/**
 * The dilution model computed by src/core from the sheet's inputs, independently
 * of the formulas: primaryIssue (deal.ts) for the issue, votingStake with Class B
 * votes per Class A vote, discountToMarket, dilutedShares (treasury stock method,
 * if-converted) at the market price before and after the issue, and primaryIssue
 * again per sensitivity cell. Every check is 0: src/core refuses the inputs that
 * would make a domain check count (it throws), and the block checks are identities.
 */
import { D, dilutedShares, discountToMarket, primaryIssue, votingStake, type Dec } from "../../core";
import { num } from "../defaults";
import type { InputReader, ReferenceValues } from "../../plan/template";
import { CHECK_KEYS } from "./checks";
import { GRID_STEPS } from "./sensitivity";

/** The investor's stake after the deal over the 5 x 5 grid, row-major: price rows, investment columns. */
function sensitivity(d: (k: string) => Dec, outstanding: Dec): number[] {
  const grid: number[] = [];
  for (const ps of GRID_STEPS) {
    const price = d("PricePerShare").plus(d("PriceStep").times(ps));
    for (const is of GRID_STEPS) {
      const investment = d("Investment").plus(d("InvestmentStep").times(is));
      grid.push(primaryIssue({ investment, price, outstanding, heldBefore: d("InvestorSharesBefore") }).stakeAfter.toNumber());
    }
  }
  return grid;
}

/** Fully diluted shares at the market price and their parts, from src/core. */
function diluted(d: (k: string) => Dec, basic: Dec, post: Dec) {
  const p = d("MarketPrice");
  const none = new D(0);
  const full = (b: Dec): Dec => dilutedShares(b, p, d("Options"), d("OptionStrike"), d("Rsus"), d("ConvertPrincipal"), d("ConversionPrice"));
  return {
    options: dilutedShares(basic, p, d("Options"), d("OptionStrike"), none, none).minus(basic),
    converts: dilutedShares(basic, p, none, none, none, d("ConvertPrincipal"), d("ConversionPrice")).minus(basic),
    before: full(basic),
    after: full(post),
  };
}

/**
 * @param input reads every input of the dilution template by key
 * @returns every named calculation, output and check (the grid row-major)
 * @throws InputError when an input leaves the domain src/core accepts (the sheet's checks fire then)
 */
export function dilutionReference(input: InputReader): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const [a, b, held] = [d("ClassAShares"), d("ClassBShares"), d("InvestorSharesBefore")];
  const outstanding = a.plus(b);
  const issue = primaryIssue({ investment: d("Investment"), price: d("PricePerShare"), outstanding, heldBefore: held });
  const after = held.plus(issue.newShares);
  const [va, vb] = [d("VotesPerClassA"), d("VotesPerClassB")];
  const bPerA = vb.div(va);
  const fd = diluted(d, outstanding, issue.postShares);
  const checks = Object.fromEntries(CHECK_KEYS.map((k) => [k, 0]));
  return {
    SharesOutstanding: outstanding.toNumber(),
    NewShares: issue.newShares.toNumber(),
    PostShares: issue.postShares.toNumber(),
    InvestorSharesAfter: after.toNumber(),
    InvestorStakeBefore: issue.stakeBefore.toNumber(),
    InvestorStakeAfter: issue.stakeAfter.toNumber(),
    Dilution: issue.dilution.toNumber(),
    TotalVotesBefore: a.times(va).plus(b.times(vb)).toNumber(),
    TotalVotesAfter: a.plus(issue.newShares).times(va).plus(b.times(vb)).toNumber(),
    VotingStakeBefore: votingStake(held, a, b, bPerA).toNumber(),
    VotingStakeAfter: votingStake(after, a.plus(issue.newShares), b, bPerA).toNumber(),
    PostMoneyValue: issue.postMoney.toNumber(),
    DiscountToMarket: discountToMarket(d("PricePerShare"), d("MarketPrice")).toNumber(),
    ValueTransfer: issue.newShares.times(d("MarketPrice").minus(d("PricePerShare"))).toNumber(),
    OptionShares: fd.options.toNumber(),
    ConvertShares: fd.converts.toNumber(),
    DilutedSharesBefore: fd.before.toNumber(),
    DilutedSharesAfter: fd.after.toNumber(),
    InvestorStakeAfterDiluted: after.div(fd.after).toNumber(),
    StakeSensitivity: sensitivity(d, outstanding),
    ...checks,
    MasterCheck: 0,
  };
}
