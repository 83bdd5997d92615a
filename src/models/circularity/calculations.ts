/**
 * The circularity model's yearly rows and outputs (docs/models.md, circularity):
 * Nvidia's revenue and gross profit from CoreWeave's GPU spend, the cash Nvidia
 * puts in, the self-funded share, running totals, the payback year, the
 * multiples and the value of the stake. A ratio whose denominator is 0 shows
 * `n.m.`; no numeric constant appears in a formula (IF of a number tests it
 * against 0, and a 0/1 flag row times the years picks the payback year).
 */
import { MULTIPLE, PERCENT, USD_M, YEAR } from "../formats";
import { ifMeaningful } from "../checkFormulas";
import type { Format, ScalarItem, TemplateItem, TemplateSection } from "../../plan/template";

/** A 0/1 flag: 1 shows "yes", 0 "no", centred. */
export const YES_NO: Format = { code: '"yes";"yes";"no"', unit: "flag", align: "Center" };
/** A year, or the text `none`, right-aligned like the numbers around it. */
const YEAR_OR_NONE: Format = { ...YEAR, align: "Right" };
/** Ratios that may show the text `n.m.`: right-aligned like the numbers. */
const RATIO_PERCENT: Format = { ...PERCENT, align: "Right" };
const RATIO_MULTIPLE: Format = { ...MULTIPLE, align: "Right" };

const row = (key: string, label: string, format: Format, formula: string, group: string, extra: Partial<TemplateItem> = {}): TemplateItem =>
  ({ type: "timeline", key, label, format, formula, name: true, group, ...extra }) as TemplateItem;
const running = (key: string, label: string, flow: string): TemplateItem =>
  row(key, label, USD_M, `{${key}@prev}+{${flow}}`, "Cumulative", { first: `{${flow}}` });
const out = (key: string, label: string, format: Format, formula: string, extra: Partial<ScalarItem> = {}): ScalarItem =>
  ({ type: "scalar", key, label, format, formula, name: true, ...extra }) as ScalarItem;

/** Per year: Nvidia's revenue, gross profit, cash in, and the self-funded share. */
export const yearlySection: TemplateSection = {
  role: "calculations",
  title: "Calculations: Nvidia's revenue against its cash in, per year",
  items: [
    row("NvidiaRevenue", "Nvidia revenue from CoreWeave (GPU spend x content share)", USD_M, "{GpuSpend}*{NvidiaContentShare}", "Flows", { bold: true }),
    row("NvidiaGrossProfit", "Nvidia gross profit on it (revenue x gross margin)", USD_M, "{NvidiaRevenue}*{NvidiaGrossMargin}", "Flows"),
    row("NvidiaCashIn", "Nvidia cash into CoreWeave (equity + other support)", USD_M, "{NvidiaEquityInvested}+{NvidiaOtherSupport}", "Flows", { bold: true }),
    row("SelfFundedShare", "Self-funded share (cash in / Nvidia revenue)", RATIO_PERCENT, ifMeaningful("{NvidiaRevenue}", "{NvidiaCashIn}/{NvidiaRevenue}"), "Ratios"),
    { type: "heading", label: "Running totals from the first year" },
    running("CumulativeNvidiaRevenue", "Cumulative Nvidia revenue from CoreWeave", "NvidiaRevenue"),
    running("CumulativeGrossProfit", "Cumulative Nvidia gross profit", "NvidiaGrossProfit"),
    running("CumulativeCashIn", "Cumulative Nvidia cash in", "NvidiaCashIn"),
    row("PaidBack", "Cumulative gross profit covers cumulative cash in", YES_NO, "--({CumulativeGrossProfit}>={CumulativeCashIn})", "Flags"),
    // 1 only in the first year flagged: the flag is 1 and the flags to date add up to it
    row("FirstPayback", "First year it does", YES_NO, "{PaidBack}*(SUM({PaidBack@todate})={PaidBack})", "Flags"),
  ],
};

/** Totals over the timeline, the multiples, the payback year and the stake. */
export const OUTPUT_ITEMS: ScalarItem[] = [
  out("TotalGpuSpend", "CoreWeave's GPU spend over the timeline", USD_M, "SUM({GpuSpend@all})"),
  out("TotalNvidiaRevenue", "Nvidia revenue from CoreWeave over the timeline", USD_M, "{CumulativeNvidiaRevenue@last}", { bold: true }),
  out("TotalGrossProfit", "Nvidia gross profit over the timeline", USD_M, "{CumulativeGrossProfit@last}"),
  out("TotalCashIn", "Nvidia cash in over the timeline", USD_M, "{CumulativeCashIn@last}", { bold: true }),
  out("RevenueMultiple", "Revenue multiple (Nvidia revenue / cash in)", RATIO_MULTIPLE, ifMeaningful("{TotalCashIn}", "{TotalNvidiaRevenue}/{TotalCashIn}"), { bold: true }),
  out("GrossProfitMultiple", "Gross-profit multiple (gross profit / cash in)", RATIO_MULTIPLE, ifMeaningful("{TotalCashIn}", "{TotalGrossProfit}/{TotalCashIn}")),
  out("FirstYearSelfFundedShare", "Self-funded share in the first year", RATIO_PERCENT, "{SelfFundedShare@first}"),
  out("PaybackYear", "Payback year (cumulative gross profit >= cash in)", YEAR_OR_NONE, 'IF(SUM({FirstPayback@all}),SUMPRODUCT({FirstPayback@all},{Years@all}),"none")'),
  // in the deal workbook the price is valuation's ValuePerShare, which is n.m. when its equity is worth nothing
  out("StakeValue", "Value of Nvidia's stake (shares x price)", { ...USD_M, align: "Right" }, 'IF({StakePrice}="n.m.","n.m.",{InvestorSharesAfter}*{StakePrice})'),
];

/** The outputs section: the scalars, then the grid (added by the template). */
export function outputsSection(grid: TemplateItem[]): TemplateSection {
  return {
    role: "outputs",
    title: "Outputs: multiples, payback, stake and sensitivity",
    items: [...OUTPUT_ITEMS, { type: "heading", label: "Sensitivity of the revenue multiple" }, ...grid],
  };
}
