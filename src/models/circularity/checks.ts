/**
 * Checks that can fail (docs/models.md, "Checks that can fail"). The running
 * totals are recomputed from the yearly flows (SUM to date, not the previous
 * total plus the flow); the flows' totals are recomputed from the inputs; the
 * outputs, the payback year and the grid are recomputed from the totals; so a
 * calculated cell typed over with a number moves a check. One count per family
 * of input rules; a count of formula cells in error. The master check is
 * IF(ErrorCount, ErrorCount, sum of |checks|), so an error shows as a count
 * rather than as an error of its own.
 */
import { CHECK, COUNT } from "../formats";
import type { ScalarItem, TemplateItem, TemplateSection } from "../../plan/template";
import { OUTPUT_ITEMS } from "./calculations";
import { GRID_COLS, GRID_ROWS, GRID_STEPS } from "./sensitivity";

const round = (x: string): string => `ROUND(${x},{CheckDecimals})`;
const abs = (...terms: string[]): string => terms.map((t) => `ABS(${t})`).join("+");
const checkRow = (key: string, label: string, formula: string, first?: string): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: CHECK,
  formula: round(formula),
  ...(first !== undefined ? { first: round(first) } : {}),
  name: true,
  group: "CheckRows",
});
const check = (key: string, label: string, formula: string, format = CHECK): ScalarItem => ({ type: "scalar", key, label, format, formula, name: true });

const below0 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")`).join("+");
const outside01 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")+COUNTIF({${k}},">1")`).join("+");
const gridRows = [...GRID_ROWS];
const sumOf = (rows: readonly string[], fn: string): string => rows.map((r) => `${fn}({${r}@all})`).join("+");

/**
 * Each axis cell off the centre recomputed from its neighbour towards the centre:
 * one step away where it lies strictly inside the clip range, at the bound otherwise.
 */
function axisTerm(row: string, j: number, step: string, lo: string, hi?: string): string {
  const s = GRID_STEPS[j];
  const [cell, next] = [`{${row}.${GRID_COLS[j]}}`, `{${row}.${GRID_COLS[GRID_STEPS.indexOf((s - Math.sign(s)) as (typeof GRID_STEPS)[number])]}}`];
  const stepped = `${cell}-${next}${s > 0 ? "-" : "+"}{${step}}`;
  const inside = hi === undefined ? stepped : `IF(${cell}<{${hi}},${stepped},${cell}-{${hi}})`;
  return `ABS(IF(${cell}>{${lo}},${inside},${cell}-{${lo}}))`;
}
const OFF_CENTRE = GRID_STEPS.map((_, j) => j).filter((j) => GRID_STEPS[j] !== 0);
const axisTerms = [
  ...OFF_CENTRE.map((j) => axisTerm("SensContentShare", j, "ContentShareStep", "GridShareMin", "GridShareMax")),
  ...OFF_CENTRE.map((j) => axisTerm("SensSpendScale", j, "SpendScaleStep", "GridScaleMin")),
  "ABS({SensContentShare.C0}-{NvidiaContentShare})+ABS({SensSpendScale.C0}-{SpendScaleCentre})",
];

/** Self-funded share x revenue = cash in where revenue is not 0; a number there is wrong otherwise. */
const selfFunded = (share: string): string => `IF({NvidiaRevenue},${share}*{NvidiaRevenue}-{NvidiaCashIn},--ISNUMBER(${share}))`;

/** Checks whose value counts toward the master check, scalars only (rows are summed by a SUMIF pair). */
const SCALAR_CHECKS = ["FlowCheck", "TotalsCheck", "PaybackCheck", "GridCheck", "ShareCheck", "NonNegativeCheck", "YearsCheck"];
/** Scalar formula cells the error count covers (timeline rows are counted by group). */
const SCALARS = [...OUTPUT_ITEMS.map((i) => i.key), ...SCALAR_CHECKS];
/**
 * Ranges whose cells must all be numbers, and ranges where the text `n.m.` is the
 * only other legal value. Cells that are neither are errors (or text typed over a
 * formula). Counted as cells - numbers, not SUMPRODUCT(ISERROR(range)): Gnumeric
 * intersects a row range with the formula's column there and reports 1.
 */
const NUMERIC_RANGES = ["Years", "Flows", "Cumulative", "Flags", "CheckRows", "SensContentShare", "SensSpendScale"];
const NM_RANGES = ["Ratios", ...GRID_ROWS];
const notNumbers = (r: string): string => `ROWS({${r}@all})*COLUMNS({${r}@all})-COUNT({${r}@all})`;

/** The checks section; its last scalar is the master check. */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent; counts are violations)",
  items: [
    { type: "heading", label: "Recomputed from the flows (a typed-over cell shows here)" },
    checkRow(
      "CumulativeCheck",
      "Running totals - sums of the yearly flows to date",
      abs("{CumulativeNvidiaRevenue}-SUM({NvidiaRevenue@todate})", "{CumulativeGrossProfit}-SUM({NvidiaGrossProfit@todate})", "{CumulativeCashIn}-SUM({NvidiaCashIn@todate})"),
    ),
    checkRow(
      "SelfFundedCheck",
      "Self-funded share x revenue - cash in (and the output)",
      `ABS(${selfFunded("{SelfFundedShare}")})`,
      `ABS(${selfFunded("{SelfFundedShare}")})+ABS(${selfFunded("{FirstYearSelfFundedShare}")})`,
    ),
    check(
      "FlowCheck",
      "Flow totals - recomputed from the inputs",
      round(
        abs(
          "SUM({NvidiaRevenue@all})-SUM({GpuSpend@all})*{NvidiaContentShare}",
          "SUM({NvidiaGrossProfit@all})-SUM({GpuSpend@all})*{NvidiaContentShare}*{NvidiaGrossMargin}",
          "SUM({NvidiaCashIn@all})-SUM({NvidiaEquityInvested@all})-SUM({NvidiaOtherSupport@all})",
        ),
      ),
    ),
    check(
      "TotalsCheck",
      "Totals, multiples and stake recomputed",
      round(
        abs(
          "{TotalGpuSpend}-SUM({GpuSpend@all})",
          "{TotalNvidiaRevenue}-SUM({NvidiaRevenue@all})",
          "{TotalGrossProfit}-SUM({NvidiaGrossProfit@all})",
          "{TotalCashIn}-SUM({NvidiaCashIn@all})",
          "IF({TotalCashIn},{RevenueMultiple}*{TotalCashIn}-{TotalNvidiaRevenue},--ISNUMBER({RevenueMultiple}))",
          "IF({TotalCashIn},{GrossProfitMultiple}*{TotalCashIn}-{TotalGrossProfit},--ISNUMBER({GrossProfitMultiple}))",
          'IF({StakePrice}="n.m.",--ISNUMBER({StakeValue}),IF({StakePrice},{StakeValue}/{StakePrice}-{InvestorSharesAfter},{StakeValue}))',
        ),
      ),
    ),
    check(
      "PaybackCheck",
      "Payback flags recounted; payback year = first flag",
      // flags recounted; one first flag when any (FP x PB = PB); the payback year is flagged and no year before it is
      abs("SUMPRODUCT(--({CumulativeGrossProfit@all}>={CumulativeCashIn@all}))-SUM({PaidBack@all})", "SUM({FirstPayback@all})*SUM({PaidBack@all})-SUM({PaidBack@all})") +
        "+IF(ISNUMBER({PaybackYear}),SUMPRODUCT(({Years@all}<{PaybackYear})*{PaidBack@all})+NOT(SUMPRODUCT(({Years@all}={PaybackYear})*{PaidBack@all})),SUM({PaidBack@all}))",
    ),
    check(
      "GridCheck",
      "Grid and axes recomputed; centre = multiple x scale",
      `IF({TotalCashIn},${round(
        abs(
          `${sumOf(gridRows, "SUM")}-{TotalGpuSpend}*SUM({SensSpendScale@all})*SUM({SensContentShare@all})/{TotalCashIn}`,
          `{SensShareC0.C0}-{RevenueMultiple}*{SpendScaleCentre}`,
        ),
      )},${sumOf(gridRows, "COUNT")})+${round(axisTerms.join("+"))}`,
    ),
    { type: "heading", label: "Inputs outside their domain (count of cells)" },
    check("ShareCheck", "Shares or margin outside 0-100 %; grid floor above cap", `${outside01("NvidiaContentShare", "NvidiaGrossMargin", "NvidiaShareOfCoreWeaveRevenue", "ContentShareStep", "GridShareMin", "GridShareMax")}+({GridShareMin}>{GridShareMax})`, COUNT),
    check("NonNegativeCheck", "Spend, cash in, shares, price or scales below 0", below0("GpuSpend@all", "NvidiaEquityInvested@all", "NvidiaOtherSupport@all", "InvestorSharesAfter", "StakePrice", "SpendScaleCentre", "SpendScaleStep", "GridScaleMin"), COUNT),
    check(
      "YearsCheck",
      "First year or check rounding not whole or out of range",
      '(INT({FirstYear})<>{FirstYear})+COUNTIF({FirstYear},"<1900")+COUNTIF({FirstYear},">9999")+(INT({CheckDecimals})<>{CheckDecimals})+COUNTIF({CheckDecimals},"<0")',
      COUNT,
    ),
    check(
      "ErrorCount",
      "Formula cells in error",
      [...NUMERIC_RANGES.map(notNumbers), ...NM_RANGES.map((r) => `${notNumbers(r)}-COUNTIF({${r}@all},"n.m.")`), ...SCALARS.map((k) => `ISERROR({${k}})`)].join("+"),
      COUNT,
    ),
    {
      ...check("MasterCheck", "Master check", `IF({ErrorCount},{ErrorCount},SUMIF({CheckRows@all},">0")-SUMIF({CheckRows@all},"<0")+${SCALAR_CHECKS.map((k) => `ABS({${k}})`).join("+")})`),
      bold: true,
    },
  ],
};

/** Every check's name: rows first, then scalars, the master last (for the reference). */
export const CHECK_ROWS = ["CumulativeCheck", "SelfFundedCheck"];
export const CHECK_SCALARS = [...SCALAR_CHECKS, "ErrorCount", "MasterCheck"];
