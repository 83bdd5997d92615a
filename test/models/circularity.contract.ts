/**
 * What the circularity model's contract (docs/models.md) requires of its sheet, for the
 * static checks (staticChecks.test.ts finds this file by its name).
 */
import type { ModelContract } from "./contract";

const contract: ModelContract = {
  scalars: [
    "FirstYear", "InvestorSharesAfter", "StakePrice", "NvidiaContentShare", "NvidiaGrossMargin", "RevenueMultiple", "GrossProfitMultiple",
    "PaybackYear", "StakeValue", "FirstYearSelfFundedShare", "MasterCheck",
  ],
  series: [
    "Years", "GpuSpend", "NvidiaEquityInvested", "NvidiaOtherSupport", "NvidiaRevenue", "NvidiaGrossProfit", "NvidiaCashIn", "SelfFundedShare",
    "CumulativeNvidiaRevenue", "CumulativeGrossProfit", "CumulativeCashIn",
  ],
  grids: ["RevenueMultipleSensitivity"],
  estimates: { exactly: 2 }, // GPU spend (capacity's estimates) and Nvidia's content share
};

export default contract;
