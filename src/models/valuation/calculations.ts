/**
 * The valuation model's calculations and outputs (docs/models.md, valuation):
 * CAPM and market-weight WACC, unlevered free cash flow, mid-year discount
 * factors, the value-driver terminal value, the bridge to equity value and the
 * value per share by the VALUE_PER_SHARE regime rule. One formula per row and no
 * constants: 1 is the UnitValue input, 0.5 the HalfYear input, max(0, x) of a cell
 * is SUMIF(x, ">0"), and "x > 0" is COUNTIF(x, ">0") (0 for the text n.m.).
 */
import { COUNT, MULTIPLE, PERCENT, PERCENT2, SHARES, USD_M, USD_PER_SHARE } from "../formats";
import { ifMeaningful } from "../checkFormulas";
import type { Format, TableItem, TemplateItem, TemplateSection } from "../../plan/template";
import { YEARS_1 } from "./inputs";

const FACTOR: Format = { code: "0.0000", unit: "factor" };
const NUMBER: Format = { code: "0", unit: "number" };
/** 1 shows yes, 0 no, centred. */
const YES_NO: Format = { code: '"yes";"yes";"no"', unit: "flag", align: "Center" };

/** "x > 0" for a cell that may hold n.m. (COUNTIF counts a number only). */
export const positive = (key: string): string => `COUNTIF({${key}},">0")`;

const flow = (key: string, label: string, formula: string, format: Format = USD_M, extra: Partial<TemplateItem> = {}): TemplateItem =>
  ({ type: "timeline", key, label, format, formula, name: true, group: "Flows", ...extra }) as TemplateItem;
/** A named scalar calculation, right-aligned so that a text n.m. lines up with the numbers. */
const scalar = (key: string, label: string, format: Format, formula: string, extra: Partial<TemplateItem> = {}): TemplateItem =>
  ({ type: "scalar", key, label, format: { ...format, align: "Right" }, formula, name: true, ...extra }) as TemplateItem;

/** Active scenario drivers, CAPM and the WACC. */
export const capitalSection: TemplateSection = {
  role: "calculations",
  title: "Calculations: cost of capital (CAPM, market-value weights)",
  items: [
    { type: "scalar", key: "ScenarioRow", label: "Row of the chosen scenario", format: COUNT, formula: "MATCH({Scenario},{Scen.label@all},FALSE)" },
    scalar("TerminalGrowth", "Terminal growth (active scenario)", PERCENT2, "INDEX({Scen.TerminalGrowth@all},{ScenarioRow})"),
    scalar("Beta", "Beta (active scenario)", { code: "0.00", unit: "beta" }, "INDEX({Scen.Beta@all},{ScenarioRow})"),
    scalar("EquityRiskPremium", "Equity risk premium (active scenario)", PERCENT2, "INDEX({Scen.EquityRiskPremium@all},{ScenarioRow})"),
    scalar("CostOfEquity", "Cost of equity (risk-free + beta x ERP)", PERCENT2, "{RiskFreeRate}+{Beta}*{EquityRiskPremium}"),
    scalar("AfterTaxCostOfDebt", "Cost of debt after tax (pre-tax x (1 - tax rate))", PERCENT2, "{PreTaxCostOfDebt}*({UnitValue}-{TaxRate})"),
    scalar("EquityMarketValue", "Equity market value (share price x basic shares)", USD_M, "{SharePrice}*{BasicShares}"),
    scalar("DebtWeight", "Debt / (debt + equity market value)", PERCENT, "{DebtAtValuation}/({DebtAtValuation}+{EquityMarketValue})"),
    scalar("WACC", "WACC (as AIF.WACC: market-value weights)", PERCENT2, "({EquityMarketValue}*{CostOfEquity}+{DebtAtValuation}*{AfterTaxCostOfDebt})/({EquityMarketValue}+{DebtAtValuation})", { bold: true }),
  ],
};

/** Unlevered free cash flow and its discounting, year by year. */
export const flowSection: TemplateSection = {
  role: "calculations",
  title: "Calculations: unlevered free cash flow and discounting",
  items: [
    { type: "timeline", key: "YearNumber", label: "Year of the timeline (1 = first)", format: NUMBER, formula: "COLUMNS({Years@todate})", group: "Flows" },
    flow("EBIT", "EBIT (EBITDA - depreciation)", "{EBITDA}-{Depreciation}"),
    flow("UnleveredTaxes", "Unlevered taxes (positive EBIT x tax rate)", 'SUMIF({EBIT},">0")*{TaxRate}'),
    flow("NOPAT", "NOPAT (EBIT - unlevered taxes)", "{EBIT}-{UnleveredTaxes}"),
    flow("UFCF", "Unlevered free cash flow (EBITDA - taxes - capex)", "{EBITDA}-{UnleveredTaxes}-{Capex}", USD_M, { bold: true }),
    flow("DiscountPeriod", "Discount period (year - mid-year shift when TRUE)", "{YearNumber}-{MidYear}*{HalfYear}", YEARS_1),
    flow("DiscountFactor", "Discount factor (1 / (1 + WACC)^period)", "{UnitValue}/({UnitValue}+{WACC})^{DiscountPeriod}", FACTOR),
    flow("PresentValue", "Present value of the flow (UFCF x factor)", "{UFCF}*{DiscountFactor}"),
  ],
};

/**
 * Which driver explains a value far from the traded price, said on the sheet
 * rather than tuned away: notes beside the rows that show it (static text, so
 * each names the base case it describes; with capacity's bull rows the value is
 * above the market). Capex changes neither taxes nor NOPAT here, so the
 * enterprise value is linear in a uniform scaling of the capex row, and the share
 * at which it meets the market's has a closed form.
 */
const WHY = {
  PvOperatingFlows: "what the fleet earns in the explicit years, after tax",
  PvCapex: "base case: above the line above (5 GW built, each GPU bought again after its life)",
  TerminalValue: "base case: small, depreciation takes most of the last EBITDA (small NOPAT)",
  EquityValue: "base case: below 0 here and in every cell of the grid: capex, not the WACC",
};

/** Enterprise value, the bridge to equity and the market comparison. */
export const valueSection: TemplateSection = {
  role: "outputs",
  title: "Outputs: enterprise, equity and per-share value",
  items: [
    scalar("PvOperatingFlows", "PV of EBITDA less unlevered taxes", USD_M, "SUMPRODUCT({EBITDA@all}-{UnleveredTaxes@all},{DiscountFactor@all})", { note: WHY.PvOperatingFlows }),
    scalar("PvCapex", "PV of capex", USD_M, "SUMPRODUCT({Capex@all},{DiscountFactor@all})", { note: WHY.PvCapex }),
    scalar("PvExplicitFlows", "PV of unlevered free cash flow, explicit years", USD_M, "SUM({PresentValue@all})"),
    scalar(
      "TerminalValue",
      "Terminal value: NOPAT (1+g)(1-g/RONIC) / (WACC-g)",
      USD_M,
      ifMeaningful("{WACC}>{TerminalGrowth}", "{NOPAT@last}*({UnitValue}+{TerminalGrowth})*({Ronic}-{TerminalGrowth})/({Ronic}*({WACC}-{TerminalGrowth}))"),
      { note: WHY.TerminalValue },
    ),
    scalar("PvTerminalValue", "PV of the terminal value (x last discount factor)", USD_M, ifMeaningful("ISNUMBER({TerminalValue})", "{TerminalValue}*{DiscountFactor@last}")),
    scalar("EnterpriseValue", "Enterprise value", USD_M, ifMeaningful("ISNUMBER({PvTerminalValue})", "{PvExplicitFlows}+{PvTerminalValue}"), { bold: true }),
    scalar("NetDebt", "Net debt (debt - cash, Dec 31 2025)", USD_M, "{DebtAtValuation}-{CashAtValuation}"),
    scalar("EquityValue", "Equity value (enterprise value - net debt)", USD_M, ifMeaningful("ISNUMBER({EnterpriseValue})", "{EnterpriseValue}-{NetDebt}"), { bold: true, note: WHY.EquityValue }),
    scalar(
      "ValuePerShare",
      "Value per fully diluted share",
      USD_PER_SHARE,
      ifMeaningful(positive("EquityValue"), "SUMPRODUCT({Regimes.Price@all},{Regimes.Consistent@all})/SUM({Regimes.Consistent@all})"),
      { bold: true },
    ),
    scalar(
      "DilutedShares",
      "Fully diluted shares at that value",
      SHARES,
      ifMeaningful(
        "ISNUMBER({ValuePerShare})",
        "{SharesBeforeDilution}+({ValuePerShare}>{OptionStrike})*{Options}*({ValuePerShare}-{OptionStrike})/{ValuePerShare}+({ValuePerShare}>{ConversionPrice})*{ConvertShares}",
      ),
    ),
    scalar("UpsideToDealPrice", "Upside to the deal price (value / deal price - 1)", PERCENT, ifMeaningful("ISNUMBER({ValuePerShare})", "{ValuePerShare}/{DealPrice}-{UnitValue}"), { bold: true }),
    scalar("UpsideToSharePrice", "Upside to the market price (value / share price - 1)", PERCENT, ifMeaningful("ISNUMBER({ValuePerShare})", "{ValuePerShare}/{SharePrice}-{UnitValue}")),
    scalar("ImpliedExitMultiple", "Implied exit multiple (terminal value / last EBITDA)", MULTIPLE, ifMeaningful(`ISNUMBER({TerminalValue})*${positive("EBITDA@last")}`, "{TerminalValue}/{EBITDA@last}")),
    scalar("TerminalValueShare", "Terminal value share of enterprise value (PV of TV / EV)", PERCENT, ifMeaningful(positive("EnterpriseValue"), "{PvTerminalValue}/{EnterpriseValue}")),
    { type: "heading", label: "Against the market (the DCF's gap and the capex that closes it)" },
    scalar("MarketEnterpriseValue", "Market enterprise value (equity market value + net debt)", USD_M, "{EquityMarketValue}+{NetDebt}"),
    scalar("ValueGapToMarket", "Enterprise value less market enterprise value", USD_M, ifMeaningful("ISNUMBER({EnterpriseValue})", "{EnterpriseValue}-{MarketEnterpriseValue}")),
    scalar(
      "MarketImpliedCapexShare",
      "Share of the capex row at which EV = market EV",
      PERCENT,
      // n.m. also when no cut in capex reaches the market (a negative share would mean negative capex)
      ifMeaningful(`ISNUMBER({PvTerminalValue})*${positive("PvCapex")}`, ifMeaningful("{PvOperatingFlows}+{PvTerminalValue}>{MarketEnterpriseValue}", "({PvOperatingFlows}+{PvTerminalValue}-{MarketEnterpriseValue})/{PvCapex}")),
      { note: "depreciation, taxes and NOPAT held; or more EBITDA per GPU" },
    ),
  ],
};

/** The price of a regime: (EqV + opt x O x K + conv x L) / (S + opt x O + conv x L / C). */
function regimePrice(opt: boolean, conv: boolean): string {
  const num = ["{EquityValue}", ...(opt ? ["{Options}*{OptionStrike}"] : []), ...(conv ? ["{ConvertPrincipal}"] : [])].join("+");
  const den = ["{SharesBeforeDilution}", ...(opt ? ["{Options}"] : []), ...(conv ? ["{ConvertShares}"] : [])].join("+");
  return ifMeaningful(positive("EquityValue"), `(${num})/(${den})`);
}

/** Whether a regime's price lies in its own region: above the strike iff options are exercised, above the conversion price iff the notes convert. */
function regimeConsistent(row: string, opt: boolean, conv: boolean): string {
  const p = `{${row}.Price}`;
  return ifMeaningful(`ISNUMBER(${p})`, `(${p}${opt ? ">" : "<="}{OptionStrike})*(${p}${conv ? ">" : "<="}{ConversionPrice})`);
}

const REGIMES: { key: string; label: string; opt: boolean; conv: boolean }[] = [
  { key: "RegimeNone", label: "Neither (options out of the money, notes stay debt)", opt: false, conv: false },
  { key: "RegimeOptions", label: "Options exercised (TSM), notes stay debt", opt: true, conv: false },
  { key: "RegimeConverts", label: "Notes convert, options out of the money", opt: false, conv: true },
  { key: "RegimeBoth", label: "Options exercised and notes convert", opt: true, conv: true },
];

/** The four regimes of the VALUE_PER_SHARE rule: price and self-consistency. */
const regimeTable: TableItem = {
  type: "table",
  key: "Regimes",
  label: "Regime of the dilutive securities",
  unitsInHeader: true,
  columns: [
    { key: "Price", header: "Value per share", format: USD_PER_SHARE },
    { key: "Consistent", header: "Self-consistent", format: YES_NO },
  ],
  rows: REGIMES.map((r) => ({ key: r.key, label: r.label, cells: [{ formula: regimePrice(r.opt, r.conv) }, { formula: regimeConsistent(r.key, r.opt, r.conv) }] })),
};

/** Shares before dilution, conversion shares, the regimes and the equity thresholds the sensitivity grid uses. */
export const perShareSection: TemplateSection = {
  role: "calculations",
  title: "Calculations: value per share (VALUE_PER_SHARE rule)",
  items: [
    scalar("SharesBeforeDilution", "Basic shares + RSUs", SHARES, "{BasicShares}+{Rsus}"),
    scalar("ConvertShares", "Shares if the notes convert (principal / price)", SHARES, "{ConvertPrincipal}/{ConversionPrice}"),
    regimeTable,
    scalar(
      "OptionThreshold",
      "Equity value above which options are exercised",
      USD_M,
      "{SharesBeforeDilution}*{OptionStrike}+{ConvertShares}*({OptionStrike}>{ConversionPrice})*({OptionStrike}-{ConversionPrice})",
    ),
    scalar(
      "ConvertThreshold",
      "Equity value above which the notes convert",
      USD_M,
      "{SharesBeforeDilution}*{ConversionPrice}+{Options}*({ConversionPrice}>{OptionStrike})*({ConversionPrice}-{OptionStrike})",
    ),
  ],
};
