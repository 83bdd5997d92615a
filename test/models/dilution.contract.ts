/**
 * What the dilution model's contract (docs/models.md) requires of its sheet, for the
 * static checks (staticChecks.test.ts finds this file by its name).
 */
import type { ModelContract } from "./contract";

const contract: ModelContract = {
  scalars: [
    "Investment", "PricePerShare", "MarketPrice", "ClassAShares", "ClassBShares", "InvestorSharesBefore",
    "NewShares", "PostShares", "InvestorSharesAfter", "InvestorStakeBefore", "InvestorStakeAfter", "Dilution",
    "PostMoneyValue", "DiscountToMarket", "VotingStakeAfter", "MasterCheck",
  ],
  series: [],
  grids: ["StakeSensitivity"],
  estimates: { exactly: 5 }, // Class A and Class B counts, options + warrants and their strike, convert principal
};

export default contract;
