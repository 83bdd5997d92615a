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
import { COUNT } from "../formats";
import { countBelow0, countNonNumbers, countNonNumbersBesideNm, countOutside01, roundCheck, sumAbs } from "../checkFormulas";
import { checkRow, checkScalar } from "../checkItems";
import type { TemplateSection } from "../../plan/template";
import { OUTPUT_ITEMS } from "./calculations";
import { GRID_COLS, GRID_ROWS, GRID_STEPS } from "./sensitivity";

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

/** The checks section; its last scalar is the master check. */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent; counts are violations)",
  items: [
    { type: "heading", label: "Recomputed from the flows (a typed-over cell shows here)" },
    checkRow(
      "CumulativeCheck",
      "Running totals - sums of the yearly flows to date",
      sumAbs("{CumulativeNvidiaRevenue}-SUM({NvidiaRevenue@todate})", "{CumulativeGrossProfit}-SUM({NvidiaGrossProfit@todate})", "{CumulativeCashIn}-SUM({NvidiaCashIn@todate})"),
    ),
    checkRow(
      "SelfFundedCheck",
      "Self-funded share x revenue - cash in (and the output)",
      `ABS(${selfFunded("{SelfFundedShare}")})`,
      `ABS(${selfFunded("{SelfFundedShare}")})+ABS(${selfFunded("{FirstYearSelfFundedShare}")})`,
    ),
    checkScalar(
      "FlowCheck",
      "Flow totals - recomputed from the inputs",
      roundCheck(
        sumAbs(
          "SUM({NvidiaRevenue@all})-SUM({GpuSpend@all})*{NvidiaContentShare}",
          "SUM({NvidiaGrossProfit@all})-SUM({GpuSpend@all})*{NvidiaContentShare}*{NvidiaGrossMargin}",
          "SUM({NvidiaCashIn@all})-SUM({NvidiaEquityInvested@all})-SUM({NvidiaOtherSupport@all})",
        ),
      ),
    ),
    checkScalar(
      "TotalsCheck",
      "Totals, multiples and stake recomputed",
      roundCheck(
        sumAbs(
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
    checkScalar(
      "PaybackCheck",
      "Payback flags recounted; payback year = first flag",
      // flags recounted; one first flag when any (FP x PB = PB); the payback year is flagged and no year before it is
      sumAbs("SUMPRODUCT(--({CumulativeGrossProfit@all}>={CumulativeCashIn@all}))-SUM({PaidBack@all})", "SUM({FirstPayback@all})*SUM({PaidBack@all})-SUM({PaidBack@all})") +
        "+IF(ISNUMBER({PaybackYear}),SUMPRODUCT(({Years@all}<{PaybackYear})*{PaidBack@all})+NOT(SUMPRODUCT(({Years@all}={PaybackYear})*{PaidBack@all})),SUM({PaidBack@all}))",
    ),
    checkScalar(
      "GridCheck",
      "Grid and axes recomputed; centre = multiple x scale",
      `IF({TotalCashIn},${roundCheck(
        sumAbs(
          `${sumOf(gridRows, "SUM")}-{TotalGpuSpend}*SUM({SensSpendScale@all})*SUM({SensContentShare@all})/{TotalCashIn}`,
          `{SensShareC0.C0}-{RevenueMultiple}*{SpendScaleCentre}`,
        ),
      )},${sumOf(gridRows, "COUNT")})+${roundCheck(axisTerms.join("+"))}`,
    ),
    { type: "heading", label: "Inputs outside their domain (count of cells)" },
    checkScalar("ShareCheck", "Shares or margin outside 0-100 %; grid floor above cap", `${countOutside01("NvidiaContentShare", "NvidiaGrossMargin", "NvidiaShareOfCoreWeaveRevenue", "ContentShareStep", "GridShareMin", "GridShareMax")}+({GridShareMin}>{GridShareMax})`, COUNT),
    checkScalar("NonNegativeCheck", "Spend, cash in, shares, price or scales below 0", countBelow0("GpuSpend@all", "NvidiaEquityInvested@all", "NvidiaOtherSupport@all", "InvestorSharesAfter", "StakePrice", "SpendScaleCentre", "SpendScaleStep", "GridScaleMin"), COUNT),
    checkScalar(
      "YearsCheck",
      "First year or check rounding not whole or out of range",
      '(INT({FirstYear})<>{FirstYear})+COUNTIF({FirstYear},"<1900")+COUNTIF({FirstYear},">9999")+(INT({CheckDecimals})<>{CheckDecimals})+COUNTIF({CheckDecimals},"<0")',
      COUNT,
    ),
    checkScalar(
      "ErrorCount",
      "Formula cells in error",
      [...NUMERIC_RANGES.map(countNonNumbers), ...NM_RANGES.map(countNonNumbersBesideNm), ...SCALARS.map((k) => `ISERROR({${k}})`)].join("+"),
      COUNT,
    ),
    {
      ...checkScalar("MasterCheck", "Master check", `IF({ErrorCount},{ErrorCount},SUMIF({CheckRows@all},">0")-SUMIF({CheckRows@all},"<0")+${SCALAR_CHECKS.map((k) => `ABS({${k}})`).join("+")})`),
      bold: true,
    },
  ],
};

/** Every check's name: rows first, then scalars, the master last (for the reference). */
export const CHECK_ROWS = ["CumulativeCheck", "SelfFundedCheck"];
export const CHECK_SCALARS = [...SCALAR_CHECKS, "ErrorCount", "MasterCheck"];
