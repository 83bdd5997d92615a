/**
 * The leverage model's calculations and outputs (docs/models.md, leverage): the
 * year's cash waterfall with new debt as the closed-form funding plug at MinCash,
 * the debt roll-forward, CFADS, credit ratios with `n.m.`, covenant breach flags
 * and their summaries. No numeric constant appears in a formula: `max(0, x)` of a
 * row is `SUMIF(x, ">0")`, and "1" is the FullYear input.
 */
import { COUNT, MULTIPLE, RATIO, USD_M, YEAR } from "../formats";
import { ifMeaningful } from "../checkFormulas";
import type { Format, TemplateItem, TemplateSection } from "../../plan/template";
import { facilityRows } from "./facilities";

/** A breach flag: 1 shows BREACH, 0 shows ok, centred. */
export const BREACH_FLAG: Format = { code: '"BREACH";"BREACH";"ok"', unit: "flag", align: "Center" };
/** A ratio that may show the text n.m.: right-aligned like the numbers around it. */
const RATIO_X: Format = { ...MULTIPLE, align: "Right" };
/** 0.955 must not read 0.96. */
const RATIO3: Format = { ...RATIO, code: "0.000" };
const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
/** A named $ row of the waterfall (group "Waterfall", counted by the error check); `first` for the first year's own formula. */
const money = (key: string, label: string, formula: string, extra: { first?: string; bold?: boolean } = {}): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: USD_M,
  formula,
  name: true,
  group: "Waterfall",
  ...extra,
});

/** Opening balance date and the per-facility rows. */
export const facilitySection: TemplateSection = {
  role: "calculations",
  title: "Calculations: debt by facility",
  items: [{ type: "scalar", key: "BaseYear", label: "Year whose Dec 31 balances open the timeline", format: YEAR, formula: "{FirstYear}-{PeriodLength}", name: true }, ...facilityRows],
};

/** The year's cash waterfall and the debt roll-forward. */
export const waterfallSection: TemplateSection = {
  role: "calculations",
  title: "Calculations: cash waterfall (new debt tops cash up to the minimum)",
  items: [
    { type: "scalar", key: "CashKeptPerDraw", label: "Cash kept per $ drawn (1 - rate x draw timing)", format: RATIO3, formula: "{FullYear}-{NewDebtRate}*{DrawTiming}", name: true },
    money("PrincipalRepaid", "Principal repaid (scheduled, all facilities)", "SUM({FacRepay})"),
    money("NewDebtOpening", "New debt drawn in earlier years (bullet)", "{NewDebtOpening@prev}+{NewDebtDraws@prev}", { first: "{DebtOpening}-SUM({FacOpen})" }),
    money("InterestOnOpening", "Interest on opening debt (facilities + new debt)", "SUM({FacInterest})+{NewDebtOpening}*{NewDebtRate}"),
    money("TaxableIncome", "Taxable income (EBITDA - depreciation - interest)", "{EBITDA}-{Depreciation}-{InterestOnOpening}"),
    money("CashTaxes", "Cash taxes (positive taxable income x tax rate)", 'SUMIF({TaxableIncome},">0")*{TaxRate}'),
    money(
      "CashBeforeDraws",
      "Cash before new draws",
      "{Cash@prev}+{EBITDA}-{CashTaxes}-{Capex}-{InterestOnOpening}-{PrincipalRepaid}+{EquityRaised}",
      { first: "{OpeningCash}+{EBITDA}-{CashTaxes}-{Capex}-{InterestOnOpening}-{PrincipalRepaid}+{EquityRaised}" },
    ),
    money("CashShortfall", "Shortfall below minimum cash", "{MinCash}-{CashBeforeDraws}"),
    money("NewDebtDraws", "New debt drawn (shortfall / cash kept per $)", 'SUMIF({CashShortfall},">0")/{CashKeptPerDraw}', { bold: true }),
    money("InterestExpense", "Interest expense (incl. this year's draws x timing)", "{InterestOnOpening}+{NewDebtDraws}*{NewDebtRate}*{DrawTiming}"),
    money("Cash", "Cash, closing", "{CashBeforeDraws}+{NewDebtDraws}*{CashKeptPerDraw}", { bold: true }),
    money("DebtOpening", "Debt, opening", "{DebtClosing@prev}", { first: "SUM({Facilities.Balance@all})" }),
    money("DebtClosing", "Debt, closing (opening + draws - repayments)", "{DebtOpening}+{NewDebtDraws}-{PrincipalRepaid}", { bold: true }),
    money("CFADS", "CFADS (EBITDA - cash taxes - maintenance capex)", "{EBITDA}-{CashTaxes}-{MaintenanceCapex}"),
  ],
};

/** Sources and uses of cash and the change in debt, recomputed for the checks. */
export const sourcesUsesSection: TemplateSection = {
  role: "calculations",
  title: "Calculations: sources and uses (for the checks)",
  items: [
    { type: "timeline", key: "Sources", label: "Sources: EBITDA + equity raised + new debt", format: USD_M, formula: "{EBITDA}+{EquityRaised}+{NewDebtDraws}", name: true, group: "SourcesUses" },
    { type: "timeline", key: "Uses", label: "Uses: cash taxes + capex + interest + principal", format: USD_M, formula: "{CashTaxes}+{Capex}+{InterestExpense}+{PrincipalRepaid}", name: true, group: "SourcesUses" },
    { type: "timeline", key: "CashChange", label: "Change in cash (sources - uses)", format: USD_M, formula: "{Sources}-{Uses}", name: true, group: "SourcesUses" },
    { type: "timeline", key: "DebtChange", label: "Change in debt (new debt - principal repaid)", format: USD_M, formula: "{NewDebtDraws}-{PrincipalRepaid}", name: true, group: "SourcesUses" },
  ],
};

const summary = (key: string, label: string, pick: "MIN" | "MAX", row: string): TemplateItem => ({
  type: "scalar",
  key,
  label,
  format: RATIO_X,
  formula: ifMeaningful(`COUNT({${row}@all})`, `${pick}({${row}@all})`),
  name: true,
});

/** Ratios, breach flags and summaries. */
export const outputSection: TemplateSection = {
  role: "outputs",
  title: "Outputs: credit ratios and covenants",
  items: [
    { type: "timeline", key: "InterestCoverage", label: "Interest coverage (EBITDA / interest)", format: RATIO_X, formula: ifMeaningful("{InterestExpense}", "{EBITDA}/{InterestExpense}"), name: true, group: "Ratios", conditionalFormats: [{ when: "{CoverageBreach}", style: RED }] },
    { type: "timeline", key: "DSCR", label: "DSCR (CFADS / (interest + principal))", format: RATIO_X, formula: ifMeaningful("{InterestExpense}+{PrincipalRepaid}", "{CFADS}/({InterestExpense}+{PrincipalRepaid})"), name: true, group: "Ratios", conditionalFormats: [{ when: "{DscrBreach}", style: RED }] },
    { type: "timeline", key: "NetLeverage", label: "Net leverage ((debt - cash) / EBITDA)", format: RATIO_X, formula: ifMeaningful('COUNTIF({EBITDA},">0")', "({DebtClosing}-{Cash})/{EBITDA}"), name: true, group: "Ratios", conditionalFormats: [{ when: "{LeverageBreach}", style: RED }] },
    { type: "timeline", key: "CoverageBreach", label: "Coverage covenant (below the minimum)", format: BREACH_FLAG, formula: "ISNUMBER({InterestCoverage})*({InterestCoverage}<{MinCoverage})", name: true, group: "Flags", conditionalFormats: [{ when: "{CoverageBreach}", style: { ...RED, bold: true } }] },
    { type: "timeline", key: "DscrBreach", label: "DSCR covenant (below the minimum)", format: BREACH_FLAG, formula: "ISNUMBER({DSCR})*({DSCR}<{DscrCovenant})", name: true, group: "Flags", conditionalFormats: [{ when: "{DscrBreach}", style: { ...RED, bold: true } }] },
    {
      type: "timeline",
      key: "LeverageBreach",
      label: "Leverage covenant (above max.; n.m. with net debt)",
      format: BREACH_FLAG,
      formula: "IF(ISNUMBER({NetLeverage}),--({NetLeverage}>{MaxLeverage}),--({DebtClosing}>{Cash}))",
      name: true,
      group: "Flags",
      conditionalFormats: [{ when: "{LeverageBreach}", style: { ...RED, bold: true } }],
    },
    { type: "scalar", key: "CovenantBreaches", label: "Covenant breaches (covenant-years)", format: COUNT, formula: "SUM({Flags@all})", name: true },
    summary("MinInterestCoverage", "Lowest interest coverage", "MIN", "InterestCoverage"),
    summary("MinDSCR", "Lowest DSCR", "MIN", "DSCR"),
    summary("MaxNetLeverage", "Highest net leverage", "MAX", "NetLeverage"),
    { type: "scalar", key: "PeakDebt", label: "Peak debt (largest closing debt)", format: USD_M, formula: "MAX({DebtClosing@all})", name: true },
    { type: "scalar", key: "TotalNewDebt", label: "New debt drawn over the timeline", format: USD_M, formula: "SUM({NewDebtDraws@all})", name: true },
    {
      type: "scalar",
      key: "DebtAndLeases",
      label: "Memo: opening debt + lease liabilities",
      format: USD_M,
      formula: "{DebtOpening@first}+{OperatingLeases}+{FinanceLeases}",
      name: true,
      note: "the basis of the '$18.81 B of debt obligations' quoted for Sep 30 2025; not a covenant measure",
    },
  ],
};
