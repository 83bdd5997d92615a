/**
 * The valuation model's inputs (docs/models.md, valuation). The linked inputs
 * (operations, debt and cash at Dec 31 2025, tax rate, shares, prices and the
 * dilutive securities) are plain inputs here; their defaults are read at module
 * load from the source models (capacity's computed rows, leverage's and
 * dilution's default inputs), so a change there cannot leave this sheet holding
 * another figure. In the deal workbook they become links to those models.
 */
import { capacity } from "../capacity";
import { defaultInputs, referenceRowsAtDefaults } from "../defaults";
import { dilution } from "../dilution";
import { leverage } from "../leverage";
import { DIGITS, PERCENT, PERCENT2, RATIO, SHARES, TEXT, USD_M, USD_PER_SHARE, YEAR } from "../formats";
import type { Format, InputBounds, TableItem, TemplateItem, TemplateSection } from "../../plan/template";

/** Where every default is sourced; notes cite it by section. */
const FACTS = "docs/sources.md";

/** The scenarios, in the order of the scenario table. */
export const SCENARIOS = ["base", "bull", "bear"] as const;

/** The operating rows valuation takes from capacity, by their (shared) names. */
export const OPERATING_ROWS = ["EBITDA", "Depreciation", "Capex"] as const;

/** A flag shown as TRUE / FALSE. */
export const BOOLEAN: Format = { code: "General", unit: "TRUE/FALSE", align: "Center" };
/** Years of discounting. */
export const YEARS_1: Format = { code: "0.0", unit: "years" };
const BETA: Format = { code: "0.00", unit: "beta" };

const AT_LEAST_0: InputBounds = { type: "decimal", min: 0 };
const FRACTION: InputBounds = { type: "decimal", min: 0, max: 1 };
const PRICE: InputBounds = { type: "decimal", min: 0.01 };
const WHOLE_AT_LEAST_0: InputBounds = { type: "whole", min: 0 };

/** capacity's default rows, computed by src/core at module load. */
const CAPACITY = referenceRowsAtDefaults(capacity, OPERATING_ROWS);

/**
 * A default input of another model.
 * @throws Error when the model has no such numeric input (a broken link)
 */
function inputOf(model: typeof leverage, key: string): number {
  const v = defaultInputs(model).get(key);
  if (typeof v !== "number") throw new Error(`${model.id} has no numeric input ${key}`);
  return v;
}
const LEVERAGE = { debt: inputOf(leverage, "TotalDebtReported"), cash: inputOf(leverage, "OpeningCash"), tax: inputOf(leverage, "TaxRate") };
const DILUTION = {
  basic: inputOf(dilution, "ClassAShares") + inputOf(dilution, "ClassBShares"),
  market: inputOf(dilution, "MarketPrice"),
  deal: inputOf(dilution, "PricePerShare"),
  options: inputOf(dilution, "Options"),
  strike: inputOf(dilution, "OptionStrike"),
  rsus: inputOf(dilution, "Rsus"),
  principal: inputOf(dilution, "ConvertPrincipal"),
  conversion: inputOf(dilution, "ConversionPrice"),
};

const billions = (x: number): string => `$${(x / 1e9).toFixed(2)} B`;

const fromCapacity = (key: (typeof OPERATING_ROWS)[number], label: string, what: string, bounds?: InputBounds): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: USD_M,
  values: CAPACITY[key],
  name: true,
  estimate: true,
  ...(bounds ? { bounds } : {}),
  note: `capacity model's ${what}: ${FACTS} §Estimates`,
});

/** Timeline start, the operating rows and the tax rate. */
export const operatingInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: timeline and operations (from the capacity model)",
  items: [
    { type: "scalar", key: "FirstYear", label: "First year of cash flows", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `valued at Dec 31 2025: ${FACTS} §Balance sheet` },
    fromCapacity("EBITDA", "Adjusted EBITDA", "EBITDA"),
    fromCapacity("Depreciation", "Depreciation (taxes and NOPAT only)", "depreciation", AT_LEAST_0),
    fromCapacity("Capex", "Capex (growth and replacement)", "capex", AT_LEAST_0),
    { type: "scalar", key: "TaxRate", label: "Tax rate on EBIT", format: PERCENT, value: LEVERAGE.tax, name: true, bounds: FRACTION, note: `US federal, no loss carryforwards: ${FACTS} §Cash flow items` },
  ],
};

/** Debt and cash at Dec 31 2025, shares, prices and the dilutive securities. */
export const balanceSheetInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: debt and cash (Dec 31 2025), shares and prices",
  items: [
    {
      type: "scalar", key: "DebtAtValuation", label: "Debt, Dec 31 2025 (with the converts, no leases)", format: USD_M, value: LEVERAGE.debt, name: true, bounds: AT_LEAST_0,
      note: `about ${billions(LEVERAGE.debt)}, leases excluded: ${FACTS} §Debt`,
    },
    {
      type: "scalar", key: "CashAtValuation", label: "Cash and marketable securities, Dec 31 2025", format: USD_M, value: LEVERAGE.cash, name: true, bounds: AT_LEAST_0,
      note: `${billions(LEVERAGE.cash)} (CFO, Q4 2025 call): ${FACTS} §Balance sheet`,
    },
    {
      type: "scalar", key: "BasicShares", label: "Basic shares (Class A + Class B)", format: SHARES, value: DILUTION.basic, name: true, estimate: true, bounds: { type: "whole", min: 1 },
      note: `385 M Class A + 115 M Class B: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "SharePrice", label: "Share price (market, prior close)", format: USD_PER_SHARE, value: DILUTION.market, name: true, bounds: PRICE, note: `close of Jan 23 2026: ${FACTS} §The deal` },
    { type: "scalar", key: "DealPrice", label: "Deal price (Nvidia's new Class A shares)", format: USD_PER_SHARE, value: DILUTION.deal, name: true, bounds: PRICE, note: `Jan 26 2026: ${FACTS} §The deal` },
    {
      type: "scalar", key: "Options", label: "Options and warrants outstanding", format: SHARES, value: DILUTION.options, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0,
      note: `options + warrants, Mar 31 2025: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "OptionStrike", label: "Weighted-average exercise price", format: USD_PER_SHARE, value: DILUTION.strike, name: true, estimate: true, bounds: AT_LEAST_0, note: `weighted over options and warrants: ${FACTS} §Estimates` },
    { type: "scalar", key: "Rsus", label: "Restricted stock units outstanding", format: SHARES, value: DILUTION.rsus, name: true, bounds: WHOLE_AT_LEAST_0, note: `Mar 31 2025: ${FACTS} §Shares and dilutive securities` },
    {
      type: "scalar", key: "ConvertPrincipal", label: "Convertible notes principal (in the debt above)", format: USD_M, value: DILUTION.principal, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `$2.25 B + $0.3375 B option: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "ConversionPrice", label: "Conversion price", format: USD_PER_SHARE, value: DILUTION.conversion, name: true, bounds: PRICE, note: `${FACTS} §December 2025 convertible notes` },
  ],
};

/** Scenario drivers: one row per scenario, one column per driver, units in the headers. */
const scenarioTable: TableItem = {
  type: "table",
  key: "Scen",
  label: "Scenario drivers",
  unitsInHeader: true,
  columns: [
    { key: "TerminalGrowth", header: "Terminal growth", format: PERCENT2, bounds: { type: "decimal", min: -0.5, max: 0.5 } },
    { key: "Beta", header: "Beta", format: BETA, bounds: AT_LEAST_0 },
    { key: "EquityRiskPremium", header: "Equity risk premium", format: PERCENT2, bounds: FRACTION },
  ],
  rows: [
    {
      key: "Scen_base", label: "base", cells: [0.03, 1.5, 0.0433], estimate: true,
      note: `growth as nominal GDP; beta, ERP: ${FACTS} §Estimates`,
    },
    { key: "Scen_bull", label: "bull", cells: [0.04, 1.2, 0.0401], note: `ERP of autumn 2025: ${FACTS} §Market inputs` },
    { key: "Scen_bear", label: "bear", cells: [0.02, 1.8, 0.05], note: "Modelling choice: inflation-only growth, stressed market" },
  ],
};

/** Cost of capital, terminal value, conventions and the sensitivity steps. */
export const capitalInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: cost of capital, terminal value and conventions",
  items: [
    { type: "scalar", key: "Scenario", label: "Scenario", format: TEXT, value: "base", name: true, list: { values: [...SCENARIOS], errorMessage: "Choose base, bull or bear." }, note: "Modelling choice: a row of the table below" },
    scenarioTable,
    { type: "scalar", key: "RiskFreeRate", label: "Risk-free rate (10-year Treasury)", format: PERCENT2, value: 0.0425, name: true, bounds: FRACTION, note: `10-year, Jan 22 2026: ${FACTS} §Market inputs` },
    { type: "scalar", key: "PreTaxCostOfDebt", label: "Pre-tax cost of debt", format: PERCENT2, value: 0.107, name: true, estimate: true, bounds: FRACTION, note: `risk-free + 5-year CDS: ${FACTS} §Estimates` },
    {
      type: "scalar", key: "Ronic", label: "Return on new invested capital after FY2035 (RONIC)", format: PERCENT, value: 0.12, name: true, bounds: { type: "decimal", min: 0.001 },
      note: "Modelling choice: above the WACC, growth adds some value",
    },
    { type: "scalar", key: "MidYear", label: "Mid-year discounting", format: BOOLEAN, value: true, name: true, list: { values: ["TRUE", "FALSE"], errorMessage: "Choose TRUE (flows mid-year) or FALSE (flows at year end)." }, note: "Modelling choice: flows arrive evenly through the year" },
    { type: "scalar", key: "WaccStep", label: "Sensitivity: WACC step", format: PERCENT2, value: 0.01, bounds: FRACTION, note: "Modelling choice: grid rows, centre +/- 1 and 2 steps" },
    { type: "scalar", key: "GrowthStep", label: "Sensitivity: terminal growth step", format: PERCENT2, value: 0.005, bounds: FRACTION, note: "Modelling choice: grid columns, centre +/- 1 and 2 steps" },
    { type: "scalar", key: "UnitValue", label: "Value of $1 due now (the 1 of 1 + rate)", format: RATIO, value: 1, bounds: { type: "decimal", min: 1, max: 1 }, note: "Modelling choice: formulas hold no constants; must be 1" },
    { type: "scalar", key: "HalfYear", label: "Mid-year shift of a flow", format: YEARS_1, value: 0.5, bounds: { type: "decimal", min: 0.5, max: 0.5 }, note: "Modelling choice: mid-year flows come this early; must be 0.5" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 0, bounds: { type: "whole", min: 0, max: 6 }, note: "Modelling choice: whole $ and shares (float noise is about $0.001)" },
    { type: "scalar", key: "FactorDecimals", label: "Check rounding of discount factors", format: DIGITS, value: 9, bounds: { type: "whole", min: 0, max: 12 }, note: "Modelling choice: float noise in a factor is about 1e-15" },
  ],
};
