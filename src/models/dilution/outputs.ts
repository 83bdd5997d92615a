/**
 * The outputs of the dilution model: the issue, stakes and votes, the deal's
 * value to the investor, and fully diluted shares at the market price (treasury
 * stock method for options, if-converted for the notes; docs/models.md §dilution).
 * Formulas hold no constants (FAST): "0 when out of the money" is written as
 * `MIN` and as a comparison multiplying the shares.
 */
import { PERCENT2, SHARES, USD_M, VOTES } from "../formats";
import type { ScalarItem, TemplateItem, TemplateSection } from "../../plan/template";

const out = (key: string, label: string, format: ScalarItem["format"], formula: string): ScalarItem => ({ type: "scalar", key, label, format, formula, name: true });

/** Every named calculation of the outputs section, in order (the error count covers them). */
export const OUTPUT_ITEMS: ScalarItem[] = [
  out("SharesOutstanding", "Shares outstanding before the deal", SHARES, "{ClassAShares}+{ClassBShares}"),
  out("NewShares", "New Class A shares issued", SHARES, "{Investment}/{PricePerShare}"),
  out("PostShares", "Shares outstanding after the deal", SHARES, "{SharesOutstanding}+{NewShares}"),
  out("InvestorSharesAfter", "Investor's shares after the deal", SHARES, "{InvestorSharesBefore}+{NewShares}"),
  out("InvestorStakeBefore", "Investor's economic stake before", PERCENT2, "{InvestorSharesBefore}/{SharesOutstanding}"),
  out("InvestorStakeAfter", "Investor's economic stake after", PERCENT2, "{InvestorSharesAfter}/{PostShares}"),
  out("Dilution", "Dilution of the other holders (new / post)", PERCENT2, "{NewShares}/{PostShares}"),
  out("TotalVotesBefore", "Votes of all holders before", VOTES, "{ClassAShares}*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB}"),
  out("TotalVotesAfter", "Votes of all holders after", VOTES, "({ClassAShares}+{NewShares})*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB}"),
  out("VotingStakeBefore", "Investor's voting stake before", PERCENT2, "{InvestorSharesBefore}*{VotesPerClassA}/{TotalVotesBefore}"),
  out("VotingStakeAfter", "Investor's voting stake after", PERCENT2, "{InvestorSharesAfter}*{VotesPerClassA}/{TotalVotesAfter}"),
  out("PostMoneyValue", "Post-money equity value at the deal price", USD_M, "{PostShares}*{PricePerShare}"),
  out("DiscountToMarket", "Deal price discount to market", PERCENT2, "({MarketPrice}-{PricePerShare})/{MarketPrice}"),
  out("ValueTransfer", "Value transfer (new shares x discount)", USD_M, "{NewShares}*({MarketPrice}-{PricePerShare})"),
  // TSM: O x (P - K) / P in the money; P - MIN(P, K) is 0 out of the money
  out("OptionShares", "Option shares, treasury stock method", SHARES, "{Options}*({MarketPrice}-MIN({MarketPrice},{OptionStrike}))/{MarketPrice}"),
  // if-converted: L / C when the market price is above the conversion price
  out("ConvertShares", "Convert shares, if converted", SHARES, "({MarketPrice}>{ConversionPrice})*{ConvertPrincipal}/{ConversionPrice}"),
  out("DilutedSharesBefore", "Fully diluted shares before the deal", SHARES, "{SharesOutstanding}+{Rsus}+{OptionShares}+{ConvertShares}"),
  out("DilutedSharesAfter", "Fully diluted shares after the deal", SHARES, "{PostShares}+{Rsus}+{OptionShares}+{ConvertShares}"),
  out("InvestorStakeAfterDiluted", "Investor's fully diluted stake after", PERCENT2, "{InvestorSharesAfter}/{DilutedSharesAfter}"),
];

const heading = (label: string): TemplateItem => ({ type: "heading", label });
const at = (key: string): number => OUTPUT_ITEMS.findIndex((i) => i.key === key);

/** The outputs section, with sub-headings. */
export const outputsSection: TemplateSection = {
  role: "outputs",
  title: "Outputs: the issue, the stakes and the discount's value",
  items: [
    heading("The issue"),
    ...OUTPUT_ITEMS.slice(0, at("InvestorStakeBefore")),
    heading("Economic and voting stakes"),
    ...OUTPUT_ITEMS.slice(at("InvestorStakeBefore"), at("PostMoneyValue")),
    heading("Value"),
    ...OUTPUT_ITEMS.slice(at("PostMoneyValue"), at("OptionShares")),
    heading("Fully diluted at the market price"),
    ...OUTPUT_ITEMS.slice(at("OptionShares")),
  ],
};
