/**
 * The leverage checks (docs/models.md, "Checks that can fail"): each roll-forward
 * recomputed from its flows in the sources-and-uses block, so a calculated cell
 * overwritten with a number is caught; one count per family of bounded inputs;
 * no negative plug; a count of error cells; the master check is 0 only when all hold.
 */
import { CHECK } from "../formats";
import { countBelow0, countNonNumbers, countNonNumbersBesideNm, countOutside01, roundCheck } from "../checkFormulas";
import { checkRow, countScalar } from "../checkItems";
import type { TemplateSection } from "../../plan/template";
import { FACILITY_KEYS, OTHER_DEBT } from "./facilities";

const NUMERIC_GROUPS = ["FacOpen", "FacRepay", "FacInterest", "Waterfall", "SourcesUses", "Flags", "CheckRows"];
const TYPES = "{Facilities.Repayment@all}";
const MATURITIES = "{Facilities.Maturity@all}";
/**
 * A year that is not a whole number (text counts too), cell by cell: Gnumeric gives
 * #VALUE! for INT over a range inside SUMPRODUCT, and INT of text would turn the
 * check itself into an error instead of counting it.
 */
const notWhole = (cell: string): string => `IF(ISNUMBER(${cell}),${cell}<>INT(${cell}),NOT(ISNUMBER(${cell})))`;
const maturitiesNotWhole = FACILITY_KEYS.map((f) => notWhole(`{${f}.Maturity}`)).join("+");

/**
 * Facility f's balance left after this year's payment, in closed form (not the
 * roll-forward the rows use): before maturity the balance (bullet), B x (M - year) / N
 * (straight), or for an annuity the next year's interest over the rate,
 * IPMT(r, k + 1, N, -B) / r (straight-line when r = 0); from maturity on, IF's FALSE
 * (0). N = M - (FirstYear - PeriodLength), k = year - (FirstYear - PeriodLength); the
 * base is taken from FirstYear, not the BaseYear cell, so a typed-over BaseYear shows.
 */
function closedFormBalance(f: string): string {
  const base = "({FirstYear}-{PeriodLength})";
  const [b, r, m] = [`{${f}.Balance}`, `{${f}.Rate}`, `{${f}.Maturity}`];
  const straight = `${b}*(${m}-{Years})/(${m}-${base})`;
  const annuity = `IF(${r},IPMT(${r},{Years}-${base}+{PeriodLength},${m}-${base},-${b})/${r},${straight})`;
  return `IF({Years}<${m},IF({${f}.Repayment}="annuity",${annuity},IF({${f}.Repayment}="straight",${straight},${b})))`;
}

/** max(0, x) without a constant: the average of x and |x|. */
const positivePart = (x: string): string => `AVERAGE(${x},ABS(${x}))`;
const TAXABLE = "({EBITDA}-{Depreciation}-{InterestOnOpening})";

/**
 * A ratio cell against its definition, without re-deriving it by division: a number
 * must satisfy ratio x denominator = numerator with a non-zero denominator; n.m. is
 * right only when the denominator is 0 (`meaningful` is non-zero when it is not).
 */
const ratioTies = (ratio: string, numerator: string, denominator: string, meaningful: string): string =>
  `IF(ISNUMBER({${ratio}}),ABS({${ratio}}*${denominator}-${numerator})+NOT(${meaningful}),NOT(NOT(${meaningful})))`;

/** A breach flag against a recount of its ratio by COUNTIF (text such as n.m. never counts). */
const flagTies = (flag: string, ratio: string, criterion: string): string => `ABS({${flag}}-COUNTIF({${ratio}},${criterion}))`;

/** A ratio summary against MIN or MAX of its row: n.m. exactly when no year has a number (a typed-over summary shows here). */
function extremeTies(key: string, row: string, fn: "MIN" | "MAX"): string {
  const n = `COUNT({${row}@all})`;
  return `IF(${n},IF(ISNUMBER({${key}}),ABS({${key}}-${fn}({${row}@all})),${n}),ISNUMBER({${key}}))`;
}

/** Numeric inputs that hold text or nothing: a text covenant level compares as "above every number" and would switch the covenant off silently. */
const NUMERIC_INPUT_ROWS = ["Revenue", "EBITDA", "Capex", "MaintenanceCapex", "Depreciation", "EquityRaised", "Facilities.Balance", "Facilities.Rate"];
const NUMERIC_INPUT_CELLS = ["TotalDebtReported", "OperatingLeases", "FinanceLeases", "OpeningCash", "MinCash", "NewDebtRate", "DrawTiming", "TaxRate", "MinCoverage", "MaxLeverage", "DscrCovenant", "PeriodLength", "FullYear", "CheckDecimals"];
/** Scalar results that must be numbers (the ratio summaries may be n.m.). */
const NUMERIC_SCALARS = ["BaseYear", "CashKeptPerDraw", "CovenantBreaches", "PeakDebt", "TotalNewDebt", "DebtAndLeases", "OutputCheck"];

/** The checks section; its last scalar is the master check. */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent)",
  items: [
    checkRow("FacilityRollCheck", "Facilities: closing = balances - repaid to date", "SUM({FacOpen})-SUM({FacRepay})-(SUM({Facilities.Balance@all})-SUM({PrincipalRepaid@todate}))"),
    checkRow("DebtRollCheck", "Debt: closing = previous + change in debt", "{DebtClosing}-{DebtClosing@prev}-{DebtChange}", "{DebtClosing}-{TotalDebtReported}-{DebtChange}"),
    checkRow("DebtSplitCheck", "Debt: closing = facilities + new debt to date", "{DebtClosing}-(SUM({FacOpen})-SUM({FacRepay}))-{NewDebtOpening}-{NewDebtDraws}"),
    checkRow("CashRollCheck", "Cash: closing = previous + sources - uses", "{Cash}-{Cash@prev}-{CashChange}", "{Cash}-{OpeningCash}-{CashChange}"),
    checkRow(
      "InterestCheck",
      "Interest = openings x rates + new debt x rate",
      "{InterestExpense}-SUMPRODUCT({FacOpen},{Facilities.Rate@all})-({NewDebtOpening}+{NewDebtDraws}*{DrawTiming})*{NewDebtRate}",
    ),
    checkRow("ScheduleCheck", "Facilities: closing = schedules in closed form", `SUM({FacOpen})-SUM({FacRepay})-(${FACILITY_KEYS.map(closedFormBalance).join("+")})`),
    checkRow("TaxCheck", "Taxable income and cash taxes recomputed", `ABS({TaxableIncome}-${TAXABLE})+ABS({CashTaxes}-${positivePart(TAXABLE)}*{TaxRate})`),
    checkRow(
      "RatioCheck",
      "CFADS, ratios and breach flags recomputed",
      [
        "ABS({CFADS}-({EBITDA}-{CashTaxes}-{MaintenanceCapex}))",
        ratioTies("InterestCoverage", "{EBITDA}", "{InterestExpense}", "{InterestExpense}"),
        ratioTies("DSCR", "{CFADS}", "({InterestExpense}+{PrincipalRepaid})", "({InterestExpense}+{PrincipalRepaid})"),
        ratioTies("NetLeverage", "({DebtClosing}-{Cash})", "{EBITDA}", 'COUNTIF({EBITDA},">0")'),
        flagTies("CoverageBreach", "InterestCoverage", '"<"&{MinCoverage}'),
        flagTies("DscrBreach", "DSCR", '"<"&{DscrCovenant}'),
        `ABS({LeverageBreach}-COUNTIF({NetLeverage},">"&{MaxLeverage})-COUNTIF({NetLeverage},"n.m.")*({DebtClosing}>{Cash}))`,
      ].join("+"),
    ),
    checkRow(
      "PlugCheck",
      "New debt: cash = minimum when drawing, never below",
      "ABS(IF({NewDebtDraws},{Cash}-{MinCash},({Cash}<{MinCash})*({Cash}-{MinCash})))+ABS({CashShortfall}-{MinCash}+{CashBeforeDraws})",
    ),
    countScalar(
      "NegativeInputCheck",
      "Inputs below 0 (amounts, balances, covenants)",
      [
        countBelow0("Revenue@all", "Capex@all", "MaintenanceCapex@all", "Depreciation@all", "EquityRaised@all", "Facilities.Balance@all"),
        `-COUNTIF({${OTHER_DEBT}.Balance},"<0")+`,
        countBelow0("TotalDebtReported", "OperatingLeases", "FinanceLeases", "OpeningCash", "MinCash", "MinCoverage", "MaxLeverage", "DscrCovenant"),
      ].join(""),
    ),
    countScalar(
      "FractionInputCheck",
      "Rates, timing, tax outside 0-100 %; rate x timing 100 %",
      // NewDebtRate = DrawTiming = 100 % keeps nothing of a draw: the closed-form plug divides by 0
      `${countOutside01("Facilities.Rate@all", "NewDebtRate", "DrawTiming", "TaxRate")}+COUNTIF({CashKeptPerDraw},"<=0")`,
    ),
    countScalar("MaturityCheck", "Maturities before the first year or not whole years", `COUNTIF(${MATURITIES},"<"&{FirstYear})+${maturitiesNotWhole}+${notWhole("{FirstYear}")}`),
    countScalar("RepaymentTypeCheck", "Repayment types not bullet, straight or annuity", `ROWS(${TYPES})-COUNTIF(${TYPES},"bullet")-COUNTIF(${TYPES},"straight")-COUNTIF(${TYPES},"annuity")`),
    countScalar(
      "NumberInputCheck",
      "Number inputs holding text or nothing",
      [...NUMERIC_INPUT_ROWS.map((k) => countNonNumbers(k)), ...NUMERIC_INPUT_CELLS.map((k) => `NOT(ISNUMBER({${k}}))`)].join("+"),
    ),
    countScalar(
      "ConventionCheck",
      "Period length or full year not 1; check rounding not 0-6",
      `COUNTIF({PeriodLength},"<>1")+COUNTIF({FullYear},"<>1")+COUNTIF({CheckDecimals},"<0")+COUNTIF({CheckDecimals},">6")+${notWhole("{CheckDecimals}")}`,
    ),
    {
      type: "scalar",
      key: "OutputCheck",
      label: "Years, breach count, summaries and memo recomputed",
      format: CHECK,
      // sums of $ amounts are rounded to CheckDecimals; the rest (years, counts, MIN/MAX of a row) is exact when untouched
      formula:
        roundCheck("ABS({TotalNewDebt}-({DebtClosing@last}-{DebtOpening@first}+SUM({PrincipalRepaid@all})))+ABS({DebtAndLeases}-{TotalDebtReported}-{OperatingLeases}-{FinanceLeases})") +
        "+" +
        [
          "ABS({Years@first}-{FirstYear})+ABS(SUM({Years@all})-COLUMNS({Years@all})*AVERAGE({Years@first},{Years@last}))",
          "ABS({Years@last}-{Years@first}-COLUMNS({Years@all})*{PeriodLength}+{PeriodLength})+ABS({BaseYear}+{PeriodLength}-{Years@first})",
          'ABS({CovenantBreaches}-COUNTIF({InterestCoverage@all},"<"&{MinCoverage})-COUNTIF({DSCR@all},"<"&{DscrCovenant})-COUNTIF({NetLeverage@all},">"&{MaxLeverage})' +
            '-SUMPRODUCT(({NetLeverage@all}="n.m.")*({DebtClosing@all}>{Cash@all})))',
          extremeTies("MinInterestCoverage", "InterestCoverage", "MIN"),
          extremeTies("MinDSCR", "DSCR", "MIN"),
          extremeTies("MaxNetLeverage", "NetLeverage", "MAX"),
          "ABS({PeakDebt}-MAX({DebtClosing@all}))",
        ].join("+"),
      name: true,
    },
    countScalar("NegativePlugCheck", "Negative plugs: reconciling debt line, new debt drawn", countBelow0(`${OTHER_DEBT}.Balance`, "NewDebtDraws@all")),
    countScalar(
      "ErrorCells",
      "Calculated cells in error",
      [
        ...NUMERIC_GROUPS.map(countNonNumbers),
        countNonNumbersBesideNm("Ratios"),
        "COLUMNS({Years@all})-COUNT({Years@all})",
        ...NUMERIC_SCALARS.map((k) => `NOT(ISNUMBER({${k}}))`),
      ].join("+"),
    ),
    {
      type: "scalar",
      key: "MasterCheck",
      label: "Master check",
      format: CHECK,
      formula: 'SUMIF({CheckRows@all},">0")-SUMIF({CheckRows@all},"<0")+{NegativeInputCheck}+{FractionInputCheck}+{MaturityCheck}+{RepaymentTypeCheck}+{NumberInputCheck}+{ConventionCheck}+SUMIF({OutputCheck},">0")+{NegativePlugCheck}+{ErrorCells}',
      name: true,
      bold: true,
    },
  ],
};
