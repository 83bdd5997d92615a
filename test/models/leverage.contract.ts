/**
 * What the leverage model's contract (docs/models.md) requires of its sheet, for the
 * static checks (staticChecks.test.ts finds this file by its name).
 */
import type { ModelContract } from "./contract";

const contract: ModelContract = {
  scalars: [
    "OpeningCash", "TotalDebtReported", "MinCash", "NewDebtRate", "DrawTiming", "TaxRate", "MinCoverage", "MaxLeverage", "DscrCovenant",
    "CovenantBreaches", "MinInterestCoverage", "MinDSCR", "MaxNetLeverage", "PeakDebt", "TotalNewDebt", "MasterCheck",
  ],
  series: [
    "Years", "Revenue", "EBITDA", "Capex", "MaintenanceCapex", "Depreciation", "EquityRaised", "PrincipalRepaid", "NewDebtOpening",
    "InterestOnOpening", "CashTaxes", "CashBeforeDraws", "NewDebtDraws", "InterestExpense", "Cash", "DebtOpening", "DebtClosing", "CFADS",
    "InterestCoverage", "DSCR", "NetLeverage", "CoverageBreach", "DscrBreach", "LeverageBreach",
  ],
  grids: [],
  estimates: { atLeast: 3 },
};

export default contract;
