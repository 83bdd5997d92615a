/**
 * What the valuation model's contract (docs/models.md) requires of its sheet, for the
 * static checks (staticChecks.test.ts finds this file by its name).
 */
import type { ModelContract } from "./contract";

const contract: ModelContract = {
  scalars: [
    "TaxRate", "DebtAtValuation", "CashAtValuation", "BasicShares", "SharePrice", "DealPrice", "Scenario", "RiskFreeRate", "Beta", "EquityRiskPremium",
    "PreTaxCostOfDebt", "TerminalGrowth", "Ronic", "MidYear", "Options", "OptionStrike", "Rsus", "ConvertPrincipal", "ConversionPrice", "CostOfEquity",
    "EquityMarketValue", "WACC", "TerminalValue", "EnterpriseValue", "NetDebt", "EquityValue", "ValuePerShare", "DilutedShares", "UpsideToDealPrice",
    "ImpliedExitMultiple", "TerminalValueShare", "MasterCheck",
  ],
  series: ["Years", "EBITDA", "Depreciation", "Capex", "EBIT", "UnleveredTaxes", "NOPAT", "UFCF", "DiscountFactor"],
  grids: ["ValueSensitivity"],
  estimates: { atLeast: 3 },
};

export default contract;
