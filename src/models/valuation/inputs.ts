/**
 * The valuation model's inputs (docs/models.md, valuation). The linked inputs
 * (operations, debt and cash at Dec 31 2025, tax rate, shares, prices and the
 * dilutive securities) are plain inputs here; their defaults are read at module
 * load from the source models (capacity's computed rows, leverage's and
 * dilution's default inputs), so a change there cannot leave this sheet holding
 * another figure. In the deal workbook they become links to those models.
 */
import { capacity } from "../capacity";
import { defaultInputs, referenceAtDefaults } from "../defaults";
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

/**
 * capacity's default rows, computed by src/core at module load.
 * @throws Error when capacity does not compute one of OPERATING_ROWS (a broken link)
 */
function capacityRows(): Record<(typeof OPERATING_ROWS)[number], number[]> {
  const v = referenceAtDefaults(capacity);
  const row = (name: string): number[] => {
    const r = v[name];
    if (!Array.isArray(r)) throw new Error(`capacity computes no row ${name}`);
    return r;
  };
  return { EBITDA: row("EBITDA"), Depreciation: row("Depreciation"), Capex: row("Capex") };
}
const CAPACITY = capacityRows();

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
  note: `the capacity model's ${what} at its defaults (linked to it in the deal workbook); its drivers: ${FACTS} §Estimates`,
});

/** Timeline start, the operating rows and the tax rate. */
export const operatingInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: timeline and operations (from the capacity model)",
  items: [
    { type: "scalar", key: "FirstYear", label: "First year of cash flows", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `valued at Dec 31 2025, the close of FY2025: cash flows from FY2026 (${FACTS} §Balance sheet)` },
    fromCapacity("EBITDA", "Adjusted EBITDA", "EBITDA (revenue x margin)"),
    fromCapacity("Depreciation", "Depreciation (taxes and NOPAT only)", "depreciation by vintage", AT_LEAST_0),
    fromCapacity("Capex", "Capex (growth and replacement)", "capex: facility, GPUs added and GPUs replaced", AT_LEAST_0),
    { type: "scalar", key: "TaxRate", label: "Tax rate on EBIT", format: PERCENT, value: LEVERAGE.tax, name: true, bounds: FRACTION, note: `US federal rate; no state taxes, no loss carryforwards (the leverage model's TaxRate): ${FACTS} §Cash flow items` },
  ],
};

/** Debt and cash at Dec 31 2025, shares, prices and the dilutive securities. */
export const balanceSheetInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: debt and cash at Dec 31 2025, shares, prices and dilutive securities",
  items: [
    {
      type: "scalar", key: "DebtAtValuation", label: "Debt at Dec 31 2025 (excludes leases, includes the converts)", format: USD_M, value: LEVERAGE.debt, name: true, bounds: AT_LEAST_0,
      note: `about ${billions(LEVERAGE.debt)} total debt (secondary, citing the FY2025 10-K), the leverage model's TotalDebtReported; leases are not debt (EBITDA is after rent): ${FACTS} §Debt`,
    },
    {
      type: "scalar", key: "CashAtValuation", label: "Cash, restricted cash and marketable securities, Dec 31 2025", format: USD_M, value: LEVERAGE.cash, name: true, bounds: AT_LEAST_0,
      note: `${billions(LEVERAGE.cash)} (CFO, Q4 2025 call), the leverage model's OpeningCash; includes about $1.07 B restricted cash: ${FACTS} §Balance sheet`,
    },
    {
      type: "scalar", key: "BasicShares", label: "Basic shares (Class A + Class B)", format: SHARES, value: DILUTION.basic, name: true, estimate: true, bounds: { type: "whole", min: 1 },
      note: `about 385 M Class A + 115 M Class B before the deal (the dilution model's classes): ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "SharePrice", label: "Share price (market, prior close)", format: USD_PER_SHARE, value: DILUTION.market, name: true, bounds: PRICE, note: `CRWV close on Fri Jan 23 2026, $${DILUTION.market.toFixed(2)}: ${FACTS} §The deal; ${FACTS} §Market inputs` },
    { type: "scalar", key: "DealPrice", label: "Deal price (Nvidia's new Class A shares)", format: USD_PER_SHARE, value: DILUTION.deal, name: true, bounds: PRICE, note: `$${DILUTION.deal.toFixed(2)} per Class A share, Jan 26 2026: ${FACTS} §The deal` },
    {
      type: "scalar", key: "Options", label: "Options and warrants outstanding", format: SHARES, value: DILUTION.options, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0,
      note: `45,478,000 options + 12,144,668 warrants (Mar 31 2025), one line: ${FACTS} §Shares and dilutive securities; ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "OptionStrike", label: "Weighted-average exercise price", format: USD_PER_SHARE, value: DILUTION.strike, name: true, estimate: true, bounds: AT_LEAST_0, note: `(45.478 M x $1.74 + 12.145 M x $1.5495) / 57.623 M: ${FACTS} §Estimates` },
    { type: "scalar", key: "Rsus", label: "Restricted stock units outstanding", format: SHARES, value: DILUTION.rsus, name: true, bounds: WHOLE_AT_LEAST_0, note: `23,197,000 RSUs (Mar 31 2025, Q1 2025 10-Q Note 11): ${FACTS} §Shares and dilutive securities` },
    {
      type: "scalar", key: "ConvertPrincipal", label: "Convertible notes principal (in the debt above)", format: USD_M, value: DILUTION.principal, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `$2,250 M priced + $337.5 M option, 1.75 % due Dec 2031: ${FACTS} §December 2025 convertible notes; ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "ConversionPrice", label: "Conversion price", format: USD_PER_SHARE, value: DILUTION.conversion, name: true, bounds: PRICE, note: `about $${DILUTION.conversion.toFixed(2)} per Class A share: ${FACTS} §December 2025 convertible notes` },
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
      note: `growth 3 % a year after FY2035, about long-run nominal GDP (Modelling choice); beta 1.5 relevered from 1.0 unlevered; ERP 4.33 % (Damodaran, Jan 1 2025): ${FACTS} §Estimates; ${FACTS} §Market inputs`,
    },
    { key: "Scen_bull", label: "bull", cells: [0.04, 1.2, 0.0401], note: `growth 4 %, beta 1.2, ERP 4.01 % (Damodaran, autumn 2025): ${FACTS} §Market inputs; growth and beta are a modelling choice` },
    { key: "Scen_bear", label: "bear", cells: [0.02, 1.8, 0.05], note: "Modelling choice: growth 2 % (inflation only), beta 1.8, ERP 5 % (a stressed market)" },
  ],
};

/** Cost of capital, terminal value, conventions and the sensitivity steps. */
export const capitalInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: cost of capital, terminal value and conventions",
  items: [
    { type: "scalar", key: "Scenario", label: "Scenario", format: TEXT, value: "base", name: true, list: { values: [...SCENARIOS], errorMessage: "Choose base, bull or bear." }, note: "Modelling choice: picks a row of the scenario table (terminal growth, beta, equity risk premium)" },
    scenarioTable,
    { type: "scalar", key: "RiskFreeRate", label: "Risk-free rate (10-year Treasury)", format: PERCENT2, value: 0.0425, name: true, bounds: FRACTION, note: `4.2469 % on Jan 22 2026, rounded: ${FACTS} §Market inputs; ${FACTS} §Estimates` },
    { type: "scalar", key: "PreTaxCostOfDebt", label: "Pre-tax cost of debt", format: PERCENT2, value: 0.107, name: true, estimate: true, bounds: FRACTION, note: `risk-free 4.25 % + 5-year CDS 6.43 % (Dec 5 2025): ${FACTS} §Estimates; ${FACTS} §Market inputs` },
    {
      type: "scalar", key: "Ronic", label: "Return on new invested capital after FY2035 (RONIC)", format: PERCENT, value: 0.12, name: true, bounds: { type: "decimal", min: 0.001 },
      note: "Modelling choice: a little above the WACC, so growth after FY2035 adds a little value; set it equal to the WACC for growth that adds none",
    },
    { type: "scalar", key: "MidYear", label: "Mid-year discounting", format: BOOLEAN, value: true, name: true, list: { values: ["TRUE", "FALSE"], errorMessage: "Choose TRUE (flows mid-year) or FALSE (flows at year end)." }, note: "Modelling choice: cash flows arrive evenly through the year, so on average at mid-year" },
    { type: "scalar", key: "WaccStep", label: "Sensitivity: WACC step", format: PERCENT2, value: 0.01, bounds: FRACTION, note: "Modelling choice: grid rows are the WACC plus or minus 1 and 2 steps" },
    { type: "scalar", key: "GrowthStep", label: "Sensitivity: terminal growth step", format: PERCENT2, value: 0.005, bounds: FRACTION, note: "Modelling choice: grid columns are the terminal growth plus or minus 1 and 2 steps" },
    { type: "scalar", key: "UnitValue", label: "Value of $1 due now (the 1 of 1 + rate)", format: RATIO, value: 1, bounds: { type: "decimal", min: 1, max: 1 }, note: "Modelling choice: formulas hold no constants, so the 1 of 1 / (1 + WACC)^t is this input; its only legal value is 1" },
    { type: "scalar", key: "HalfYear", label: "Mid-year shift of a flow", format: YEARS_1, value: 0.5, bounds: { type: "decimal", min: 0.5, max: 0.5 }, note: "Modelling choice: with mid-year discounting a flow is discounted this many years less; its only legal value is 0.5" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 0, bounds: { type: "whole", min: 0, max: 6 }, note: "Modelling choice: checks in $ and shares round to whole units: sums of present values over long timelines carry float noise of about $0.001" },
    { type: "scalar", key: "FactorDecimals", label: "Check rounding of discount factors", format: DIGITS, value: 9, bounds: { type: "whole", min: 0, max: 12 }, note: "Modelling choice: discount factors are compared to 9 decimals (float noise is about 1e-15)" },
  ],
};
