/**
 * CoreWeave leverage: can CoreWeave carry its GPU-backed debt? A 2025-2030
 * roll-forward of every facility (following maturities), interest by facility,
 * coverage, DSCR and net leverage against covenant levels, in three scenarios.
 * Defaults: docs/sources.md §Debt, §Operations and §Estimates; the economics are
 * written out in docs/models.md.
 *
 * Conventions (documented on the sheet): balances are those reported at Sep 30
 * 2025, taken as the opening balance of the first year; interest is charged on
 * each year's opening balance (as src/core debtSchedule does), except that in the
 * first year only a facility's `FirstYearShare` of the year accrues: several
 * facilities were issued or drawn during 2025, and charging them a full year put
 * modelled 2025 interest near $1.80 B against the $1.21-1.25 B guided. The gap that
 * remains against guidance is shown (`InterestVsGuidance`), not plugged. A
 * facility's schedule runs from the first timeline year to its maturity year.
 */
import { D, debtSchedule, debtServiceCoverage, interestCoverage, netLeverage, parseAmortization, type Dec } from "../core";
import { num, referenceAtDefaults, text } from "./defaults";
import { CHECK, COUNT, DIGITS, FLAG, MULTIPLE, PERCENT, PERCENT2, TEXT, USD_M, YEAR, YEARS } from "./formats";
import type { Headline, InputReader, ModelTemplate, ReferenceValues, TableItem, TemplateItem } from "../plan/template";

/** Where every default is sourced; notes cite it by section (`docs/sources.md §Debt`). */
const FACTS = "docs/sources.md";

interface Facility {
  key: string;
  label: string;
  balance: number;
  rate: number;
  maturity: number;
  amortization: "bullet" | "straight" | "annuity";
  /** share of the first timeline year (FY2025) during which the facility accrued interest, 0..1 */
  firstYearShare: number;
  note: string;
  estimate?: boolean;
}

/** Debt facilities at Sep 30 2025 (the convertible: Dec 2025), from the reference file's "Debt" table. */
const FACILITIES: Facility[] = [
  { key: "DDTL1", label: "DDTL 1.0", balance: 1.78e9, rate: 0.15, maturity: 2028, amortization: "straight", firstYearShare: 1, estimate: true, note: `$1.78 B, matures Mar 2028, about 15 % effective (Q2 2025 10-Q): ${FACTS} §Debt; straight-line amortization assumed; first-year share: outstanding all of 2025 ($2.01 B at Dec 31 2024 in the same 10-Q), so a full first year` },
  { key: "DDTL2", label: "DDTL 2.0", balance: 4.95e9, rate: 0.11, maturity: 2029, amortization: "straight", firstYearShare: 1, estimate: true, note: `$4.95 B, matures May 2029, about 11 % effective (Q2 2025 10-Q): ${FACTS} §Debt; straight-line amortization assumed; first-year share: outstanding all of 2025 ($3.84 B at Dec 31 2024, drawn up to $4.95 B during 2025), full first year kept` },
  { key: "DDTL2AddOn", label: "DDTL 2.0 add-on tranche", balance: 3.0e9, rate: 0.105, maturity: 2030, amortization: "straight", firstYearShare: 0.25, estimate: true, note: `up to $3.0 B at SOFR + 6.00-6.50 % (8-K, Sep 2025): ${FACTS} §Debt; fully drawn, 10.5 % and a 2030 maturity assumed; first-year share: added Sep 29 2025, so about 3/12 of 2025 accrues` },
  { key: "Notes2030", label: "9.250 % senior notes due 2030", balance: 2.0e9, rate: 0.0925, maturity: 2030, amortization: "bullet", firstYearShare: 7 / 12, estimate: true, note: `$2.0 B, 9.250 %, due June 2030 (Q2 2025 10-Q): ${FACTS} §Debt; first-year share: no balance at Dec 31 2024 in the Q2 2025 10-Q; issued late May 2025 (offering 8-K), so about 7/12 of 2025 accrues` },
  { key: "Notes2031", label: "9.000 % senior notes due 2031", balance: 1.75e9, rate: 0.09, maturity: 2031, amortization: "bullet", firstYearShare: 5 / 12, estimate: true, note: `$1.75 B, 9.000 %, due Feb 1 2031 (8-K, Jul 2025): ${FACTS} §Debt; first-year share: issued Jul 2025 (interest accrues from Jul 25 2025), so about 5/12 of 2025 accrues` },
  { key: "Revolver", label: "Revolving credit facility", balance: 0.45e9, rate: 0.07, maturity: 2027, amortization: "bullet", firstYearShare: 0.75, estimate: true, note: `$0.45 B drawn, matures Jun 2027, about 7 % (Q2 2025 10-Q): ${FACTS} §Debt; first-year share: no balance at Dec 31 2024 in the Q2 2025 10-Q, drawn during H1 2025 on an undisclosed date: mid-H1 assumed, about 9/12 of 2025 accrues` },
  { key: "OEM", label: "OEM financing", balance: 1.73e9, rate: 0.095, maturity: 2028, amortization: "straight", firstYearShare: 1, estimate: true, note: `$1.73 B, Mar 2026 - May 2028, 9-10 % (Q2 2025 10-Q): ${FACTS} §Debt; 9.5 % and straight-line assumed; first-year share: outstanding all of 2025 ($1.18 B at Dec 31 2024 in the same 10-Q), full first year kept` },
  { key: "Magnetar", label: "Magnetar loan", balance: 0.26e9, rate: 0.12, maturity: 2029, amortization: "bullet", firstYearShare: 0.75, estimate: true, note: `$0.26 B, Jan 2029, about 12 % (Q2 2025 10-Q): ${FACTS} §Debt; first-year share: no balance at Dec 31 2024 in the Q2 2025 10-Q, drawn during H1 2025 on an undisclosed date: mid-H1 assumed, about 9/12 of 2025 accrues` },
  { key: "Converts2031", label: "1.75 % convertible notes due 2031", balance: 2.25e9, rate: 0.0175, maturity: 2031, amortization: "bullet", firstYearShare: 1 / 12, estimate: true, note: `$2.25 B, 1.75 %, due Dec 1 2031 (pricing release, Dec 2025): ${FACTS} §Debt; first-year share: priced Dec 2025 (settled Dec 11), so at most about 1/12 of 2025 accrues` },
];
const RECONCILING = "OtherDebt";
const ALL_FACILITIES = [...FACILITIES.map((f) => f.key), RECONCILING];
const LABELS = new Map([...FACILITIES.map((f): [string, string] => [f.key, f.label]), [RECONCILING, "Other debt (reconciling line)"]]);
const labelOf = (f: string): string => LABELS.get(f) ?? f;

const facilityTable: TableItem = {
  type: "table",
  key: "Facilities",
  label: "Debt facilities",
  columns: [
    { key: "Balance", header: "Balance", format: USD_M },
    { key: "Rate", header: "Rate", format: PERCENT2 },
    { key: "Maturity", header: "Maturity", format: YEAR },
    { key: "Amortization", header: "Repayment", format: TEXT },
    { key: "FirstYearShare", header: "First-year share", format: PERCENT },
  ],
  rows: [
    ...FACILITIES.map((f) => ({ key: f.key, label: f.label, unit: "$ m, %, year, %", cells: [f.balance, f.rate, f.maturity, f.amortization, f.firstYearShare], note: f.note, estimate: f.estimate })),
    {
      key: RECONCILING,
      label: "Other debt (reconciles to the reported total)",
      unit: "$ m, %, year, %",
      cells: [{ formula: `{TotalDebtReported}-(${FACILITIES.map((f) => `{${f.key}.Balance}`).join("+")})` }, 0.1, 2029, "bullet", 0.5],
      estimate: true,
      note: `balance = $18.81 B total less the listed facilities (${FACTS} §Debt); rate 10 %, 2029 bullet assumed; first-year share 1/2: its composition and draw dates are not disclosed, so it is assumed drawn by mid-2025 on average`,
    },
  ],
};

/** Principal repaid in a year: follows the facility's repayment type and maturity (see reference()). */
function repaymentFormula(f: string): string {
  const n = `({${f}.Maturity}-{BaseYear})`;
  return (
    `IF({Years}<{${f}.Maturity},` +
    `IF({${f}.Amortization}="annuity",PPMT({${f}.Rate},{Years}-{BaseYear},${n},-{${f}.Balance}),({${f}.Amortization}="straight")*{${f}.Balance}/${n}),` +
    `({Years}={${f}.Maturity})*{Open_${f}})`
  );
}

/**
 * Interest of a facility in a year: opening balance x rate x the share of the year
 * accruing, which is the facility's FirstYearShare in the first timeline year and
 * the whole year after. Written as a boolean product so the row keeps one formula
 * and no constant (FAST: consistent formulas, constants only in inputs).
 */
function interestFormula(f: string): string {
  return `{Open_${f}}*{${f}.Rate}*(({Years}={FirstYear})*{${f}.FirstYearShare}+({Years}>{FirstYear}))`;
}

const facilityRows: TemplateItem[] = [
  { type: "heading", label: "Opening balance by facility" },
  ...ALL_FACILITIES.map((f): TemplateItem => ({ type: "timeline", key: `Open_${f}`, label: labelOf(f), format: USD_M, group: "FacOpen", first: `{${f}.Balance}`, formula: `{Open_${f}@prev}-{Repay_${f}@prev}` })),
  { type: "heading", label: "Principal repaid by facility (follows repayment type and maturity)" },
  ...ALL_FACILITIES.map((f): TemplateItem => ({ type: "timeline", key: `Repay_${f}`, label: labelOf(f), format: USD_M, group: "FacRepay", formula: repaymentFormula(f) })),
  { type: "heading", label: "Interest by facility (opening balance x rate; in the first year x the facility's first-year share)" },
  ...ALL_FACILITIES.map((f): TemplateItem => ({ type: "timeline", key: `Interest_${f}`, label: labelOf(f), format: USD_M, group: "FacInterest", formula: interestFormula(f) })),
];

const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };

/** The CoreWeave leverage model. */
export const leverage: ModelTemplate = {
  id: "leverage",
  title: { en: "CoreWeave leverage", fr: "Endettement de CoreWeave" },
  question: {
    en: "Can CoreWeave service its $18.8 B of GPU-backed debt through 2030, and when would covenants bite?",
    fr: "CoreWeave peut-il servir ses 18,8 Md$ de dette adossée aux GPU jusqu'en 2030, et quand les covenants seraient-ils franchis ?",
  },
  sheetName: "Leverage",
  description:
    "Debt roll-forward of every facility from the Sep 30 2025 balances, following maturities; revenue, EBITDA and CFADS by scenario (base / bull / bear); interest coverage, DSCR and net leverage against covenant levels. New borrowing = funding need + refinanced maturities; interest on each year's opening balance, in the first year only for the share of it each facility was outstanding; first-year interest is compared with CoreWeave's 2025 guidance.",
  defaultYears: 6,
  sections: [
    {
      role: "timeline",
      title: "Timeline",
      items: [{ type: "timeline", key: "Years", label: "Year", format: YEAR, first: "{FirstYear}", formula: "{Years@prev}+{PeriodLength}", name: true }],
    },
    {
      role: "inputs",
      title: "Inputs: timeline, scenario and operations",
      items: [
        { type: "scalar", key: "FirstYear", label: "First year modelled", format: YEAR, value: 2025, name: true, note: `debt balances are as of Sep 30 2025 (${FACTS} §Debt); FY2025 is the first year` },
        { type: "scalar", key: "PeriodLength", label: "Years per timeline column", format: YEARS, value: 1, note: "Modelling choice: a yearly timeline" },
        { type: "scalar", key: "Scenario", label: "Scenario", format: TEXT, value: "base", name: true, list: { values: ["base", "bull", "bear"], errorMessage: "Choose base, bull or bear." }, note: "Modelling choice: picks a column of the scenario table below (base / bull / bear)" },
        {
          type: "table",
          key: "Scen",
          label: "Scenario drivers",
          headerKey: "ScenarioNames",
          columns: [
            { key: "base", header: "base", format: PERCENT },
            { key: "bull", header: "bull", format: PERCENT },
            { key: "bear", header: "bear", format: PERCENT },
          ],
          rows: [
            { key: "RevenueGrowth", label: "Revenue growth per year after the first", unit: "%", cells: [0.5, 0.7, 0.25], estimate: true, note: `backlog $55.6 B (Q3 2025) to $66.8 B (Q4 2025) against FY2025 revenue of about $5.13 B (${FACTS} §Operations) supports fast growth; rates are assumptions` },
            { key: "EbitdaMargin", label: "Adjusted EBITDA margin", unit: "%", cells: [0.61, 0.64, 0.55], estimate: true, note: `base = Q3 2025 adjusted EBITDA margin 61 % (${FACTS} §Operations); bull and bear are assumptions` },
            { key: "MaintenanceCapexPct", label: "Maintenance capex, % of revenue", unit: "%", cells: [0.1, 0.08, 0.12], estimate: true, note: `not disclosed (only total capex is: ${FACTS} §Operations); assumption` },
          ],
        },
        { type: "scalar", key: "Revenue0", label: "Revenue in the first year", format: USD_M, value: 5.13e9, name: true, note: `FY2025 revenue about $5.13 B (guidance $5.05-5.15 B): ${FACTS} §Operations` },
        { type: "scalar", key: "OpeningCash", label: "Cash at the start of the first year", format: USD_M, value: 1.9e9, estimate: true, name: true, note: `about $1.9 B of cash and cash equivalents at Sep 30 2025, Q3 2025 balance sheet (${FACTS} §Balance sheet)` },
        {
          type: "timeline",
          key: "FundingNeed",
          label: "Funding need met with new debt (capex less operating cash flow)",
          format: USD_M,
          values: [2.6e9, 10e9, 8e9, 6e9, 4e9, 2e9],
          name: true,
          estimate: true,
          note: `2025: debt rose from $18.81 B (Sep 30) to about $21.4 B (Dec 31) (${FACTS} §Debt); later years assume capex guidance ($30-35 B FY2026) is partly debt-funded; see the capacity model's funding gap`,
        },
        { type: "scalar", key: "RefinanceShare", label: "Share of maturing principal refinanced", format: PERCENT, value: 1, estimate: true, name: true, note: `assumption: maturities are refinanced; $4.22 B of principal is scheduled for 2026 (${FACTS} §Debt), more than cash flow` },
        { type: "scalar", key: "NewDebtRate", label: "Interest rate on new debt", format: PERCENT2, value: 0.09, estimate: true, name: true, note: `in line with the 9.0 % and 9.25 % senior notes (${FACTS} §Debt)` },
      ],
    },
    {
      role: "inputs",
      title: "Inputs: debt facilities and covenants",
      items: [
        { type: "scalar", key: "TotalDebtReported", label: "Total debt obligations reported", format: USD_M, value: 18.81e9, name: true, note: `$18.81 B at Sep 30 2025 (seed article, citing PitchBook): ${FACTS} §Debt` },
        facilityTable,
        {
          type: "scalar",
          key: "InterestGuidance2025",
          label: "Interest expense guided for the first year (FY2025)",
          format: USD_M,
          value: 1.23e9,
          name: true,
          note: `midpoint of CoreWeave's 2025 interest expense guidance of $1.21-1.25 B (Q3 2025 guidance, analyst reports): ${FACTS} §Debt; used only to show the calibration gap`,
        },
        { type: "scalar", key: "MinCoverage", label: "Covenant: minimum interest coverage", format: MULTIPLE, value: 1.5, estimate: true, name: true, note: `illustrative level: no covenant terms are disclosed (${FACTS} §Estimates)` },
        { type: "scalar", key: "MaxLeverage", label: "Covenant: maximum net leverage", format: MULTIPLE, value: 6, estimate: true, name: true, note: `illustrative level: no covenant terms are disclosed (${FACTS} §Estimates)` },
        { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 2, note: "Modelling choice: checks round differences to cents, so floating-point noise reads 0" },
      ],
    },
    {
      role: "calculations",
      title: "Calculations: operations",
      items: [
        { type: "scalar", key: "BaseYear", label: "Year before the timeline (schedules start after it)", format: YEAR, formula: "{FirstYear}-{PeriodLength}" },
        { type: "scalar", key: "ScenarioIndex", label: "Scenario column", format: COUNT, formula: "MATCH({Scenario},{ScenarioNames@all},FALSE)" },
        { type: "scalar", key: "ActiveGrowth", label: "Revenue growth (active scenario)", format: PERCENT, formula: "INDEX({RevenueGrowth@all},1,{ScenarioIndex})", name: true },
        { type: "scalar", key: "ActiveMargin", label: "EBITDA margin (active scenario)", format: PERCENT, formula: "INDEX({EbitdaMargin@all},1,{ScenarioIndex})", name: true },
        { type: "scalar", key: "ActiveMaintenance", label: "Maintenance capex % (active scenario)", format: PERCENT, formula: "INDEX({MaintenanceCapexPct@all},1,{ScenarioIndex})", name: true },
        { type: "timeline", key: "Revenue", label: "Revenue", format: USD_M, first: "{Revenue0}", formula: "{Revenue@prev}+{Revenue@prev}*{ActiveGrowth}", name: true },
        { type: "timeline", key: "EBITDA", label: "Adjusted EBITDA", format: USD_M, formula: "{Revenue}*{ActiveMargin}", name: true },
        { type: "timeline", key: "MaintenanceCapex", label: "Maintenance capex", format: USD_M, formula: "{Revenue}*{ActiveMaintenance}", name: true },
        { type: "timeline", key: "CFADS", label: "Cash flow available for debt service (EBITDA - maintenance capex)", format: USD_M, formula: "{EBITDA}-{MaintenanceCapex}", name: true },
      ],
    },
    {
      role: "calculations",
      title: "Calculations: debt by facility",
      items: facilityRows,
    },
    {
      role: "calculations",
      title: "Calculations: debt roll-forward and cash",
      items: [
        { type: "timeline", key: "DebtOpening", label: "Debt, opening", format: USD_M, first: "SUM({Facilities.Balance@all})", formula: "{DebtClosing@prev}", name: true },
        { type: "timeline", key: "DebtDraws", label: "Draws: funding need + refinanced maturities", format: USD_M, formula: "{FundingNeed}+{PrincipalRepaid}*{RefinanceShare}", name: true },
        { type: "timeline", key: "PrincipalRepaid", label: "Principal repaid (scheduled)", format: USD_M, formula: "SUM({FacRepay})", name: true },
        { type: "timeline", key: "DebtClosing", label: "Debt, closing", format: USD_M, formula: "{DebtOpening}+{DebtDraws}-{PrincipalRepaid}", name: true, bold: true },
        { type: "timeline", key: "NewDebtOpening", label: "New debt in the opening balance", format: USD_M, formula: "{DebtOpening}-SUM({FacOpen})", name: true },
        { type: "timeline", key: "InterestExpense", label: "Interest expense (facilities + new debt)", format: USD_M, formula: "SUM({FacInterest})+{NewDebtOpening}*{NewDebtRate}", name: true },
        {
          type: "timeline",
          key: "Cash",
          label: "Cash, closing (CFADS - debt service + draws - funded need)",
          format: USD_M,
          first: "{OpeningCash}+{CFADS}-{InterestExpense}-{PrincipalRepaid}+{DebtDraws}-{FundingNeed}",
          formula: "{Cash@prev}+{CFADS}-{InterestExpense}-{PrincipalRepaid}+{DebtDraws}-{FundingNeed}",
          name: true,
        },
      ],
    },
    {
      role: "outputs",
      title: "Outputs: credit ratios and covenants",
      items: [
        { type: "timeline", key: "InterestCoverage", label: "Interest coverage (EBITDA / interest)", format: MULTIPLE, formula: "{EBITDA}/{InterestExpense}", name: true, conditionalFormats: [{ when: "{InterestCoverage}<{MinCoverage}", style: RED }] },
        { type: "timeline", key: "DSCR", label: "DSCR (CFADS / (interest + principal))", format: MULTIPLE, formula: "{CFADS}/({InterestExpense}+{PrincipalRepaid})", name: true },
        { type: "timeline", key: "NetLeverage", label: "Net leverage ((debt - cash) / EBITDA)", format: MULTIPLE, formula: "({DebtClosing}-{Cash})/{EBITDA}", name: true, conditionalFormats: [{ when: "{NetLeverage}>{MaxLeverage}", style: RED }] },
        { type: "timeline", key: "CoverageBreach", label: "Coverage covenant", format: FLAG, formula: 'IF({InterestCoverage}<{MinCoverage},"BREACH","ok")', name: true, conditionalFormats: [{ when: '{CoverageBreach}="BREACH"', style: { ...RED, bold: true } }] },
        { type: "timeline", key: "LeverageBreach", label: "Leverage covenant", format: FLAG, formula: 'IF({NetLeverage}>{MaxLeverage},"BREACH","ok")', name: true, conditionalFormats: [{ when: '{LeverageBreach}="BREACH"', style: { ...RED, bold: true } }] },
        { type: "scalar", key: "CovenantBreaches", label: "Covenant breaches over the timeline", format: COUNT, formula: 'COUNTIF({CoverageBreach@all},"BREACH")+COUNTIF({LeverageBreach@all},"BREACH")', name: true },
        { type: "scalar", key: "MinInterestCoverage", label: "Lowest interest coverage", format: MULTIPLE, formula: "MIN({InterestCoverage@all})", name: true },
        { type: "scalar", key: "MaxNetLeverage", label: "Highest net leverage", format: MULTIPLE, formula: "MAX({NetLeverage@all})", name: true },
        {
          type: "scalar",
          key: "InterestVsGuidance",
          label: "First-year interest expense less guidance (calibration gap)",
          format: USD_M,
          formula: "{InterestExpense@first}-{InterestGuidance2025}",
          name: true,
          note: "Positive: the model charges more than guided. Left visible, not plugged: the model charges interest gross at effective rates, while reported interest expense is net of interest capitalized on data centres under construction ($36.3 M in H1 2025 alone, Q2 2025 10-Q), which the model does not split out; draw dates within 2025 are approximated by the first-year shares.",
        },
      ],
    },
    {
      role: "checks",
      title: "Checks (each 0 when the model is consistent)",
      items: [
        {
          type: "timeline",
          key: "RollForwardCheck",
          label: "Closing debt = facilities outstanding + draws to date",
          format: CHECK,
          formula: "ROUND({DebtClosing}-(SUM({FacOpen})-SUM({FacRepay}))-SUM({DebtDraws@todate}),{CheckDecimals})",
          name: true,
        },
        { type: "scalar", key: "OpeningDebtCheck", label: "Facilities sum to the reported total", format: CHECK, formula: "ROUND(SUM({Facilities.Balance@all})-{TotalDebtReported},{CheckDecimals})", name: true },
        { type: "scalar", key: "MasterCheck", label: "Master check", format: CHECK, formula: "SUMIF({RollForwardCheck@all},\">0\")-SUMIF({RollForwardCheck@all},\"<0\")+ABS({OpeningDebtCheck})", name: true, bold: true },
      ],
    },
  ],
  charts: [
    {
      type: "columnClustered",
      title: "Net leverage and interest coverage",
      categories: "Years",
      series: [
        { name: "Net leverage", key: "NetLeverage" },
        { name: "Interest coverage", key: "InterestCoverage", type: "lineMarkers", secondaryAxis: true },
        { name: "DSCR", key: "DSCR", type: "lineMarkers", secondaryAxis: true },
      ],
      valueAxisTitle: "net leverage (x EBITDA)",
      secondaryValueAxisTitle: "coverage (x)",
    },
  ],
  reference: leverageReference,
  headlines: () => {
    const v = referenceAtDefaults(leverage);
    const first = (k: string): number => (v[k] as number[])[0];
    return [
      { key: "NetLeverage", en: "Net leverage 2025", fr: "Levier net 2025", value: first("NetLeverage"), format: "multiple" },
      { key: "InterestCoverage", en: "Interest coverage 2025", fr: "Couverture des intérêts 2025", value: first("InterestCoverage"), format: "multiple" },
      { key: "TotalDebtReported", en: "Debt, Sep 30 2025", fr: "Dette au 30 sept. 2025", value: v.TotalDebtReported as number, format: "usd" },
    ] satisfies Headline[];
  },
};

/**
 * The leverage model computed by src/core from the sheet's inputs: each facility
 * is a core `debtSchedule(balance, rate, maturity - baseYear, type, firstYear)`
 * (zero after its last year); ratios from `interestCoverage`, `debtServiceCoverage`
 * (no capex: CFADS is already after maintenance capex) and `netLeverage`.
 * First-year interest of a facility = its schedule's interest (opening x rate)
 * x its `FirstYearShare` (0..1); later years the schedule's interest unchanged.
 * `InterestVsGuidance` = first-year InterestExpense - `InterestGuidance2025`, $
 * (positive when the model charges more than guided).
 * Assumes a yearly timeline (PeriodLength 1) and maturities after the base year.
 * @param input reads the model's inputs by key (`Facility.Column`, `FundingNeed#i`, ...)
 * @param years timeline length
 * @returns every named series (one number per year) and scalar; checks 0
 * @throws InputError from core when a ratio is undefined (e.g. negative cash)
 */
export function leverageReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const firstYear = num(input, "FirstYear");
  const period = num(input, "PeriodLength");
  if (period !== 1) throw new Error("leverageReference assumes a yearly timeline");
  const scenarios = ["base", "bull", "bear"];
  const scen = scenarios.indexOf(text(input, "Scenario"));
  if (scen < 0) throw new Error(`unknown scenario ${text(input, "Scenario")}`);
  const pick = (row: string): Dec => d(`${row}.${scenarios[scen]}`);
  const growth = pick("RevenueGrowth");
  const margin = pick("EbitdaMargin");
  const maint = pick("MaintenanceCapexPct");
  const baseYear = firstYear - period;

  const total = d("TotalDebtReported");
  const listed = FACILITIES.reduce((s, f) => s.plus(d(`${f.key}.Balance`)), new D(0));
  const balance = (f: string): Dec => (f === RECONCILING ? total.minus(listed) : d(`${f}.Balance`));
  const zeros = (): Dec[] => Array.from({ length: years }, () => new D(0));
  const facOpen = zeros();
  const facRepay = zeros();
  const facInterest = zeros();
  const share = (f: string): Dec => d(`${f}.FirstYearShare`);
  for (const f of ALL_FACILITIES) {
    const n = num(input, `${f}.Maturity`) - baseYear;
    const rows = debtSchedule(balance(f), d(`${f}.Rate`), n, parseAmortization(text(input, `${f}.Amortization`)), firstYear);
    for (let i = 0; i < years && i < rows.length; i++) {
      facOpen[i] = facOpen[i].plus(rows[i].opening);
      facRepay[i] = facRepay[i].plus(rows[i].principalRepaid);
      // the first year accrues only the share of it during which the facility was outstanding
      facInterest[i] = facInterest[i].plus(i === 0 ? rows[i].interest.times(share(f)) : rows[i].interest);
    }
  }

  const out: Record<string, Dec[]> = {};
  const series = (k: string): Dec[] => (out[k] = zeros());
  const [yearsRow, revenue, ebitda, maintenance, cfads, opening, draws, repaid, closing, newDebt, interest, cash, cover, dscr, lev] = [
    "Years", "Revenue", "EBITDA", "MaintenanceCapex", "CFADS", "DebtOpening", "DebtDraws", "PrincipalRepaid", "DebtClosing", "NewDebtOpening", "InterestExpense", "Cash", "InterestCoverage", "DSCR", "NetLeverage",
  ].map(series);
  const need = (i: number): Dec => d(`FundingNeed#${i}`);
  let breaches = 0;
  for (let i = 0; i < years; i++) {
    yearsRow[i] = new D(firstYear + i * period);
    revenue[i] = i === 0 ? d("Revenue0") : revenue[i - 1].plus(revenue[i - 1].times(growth));
    ebitda[i] = revenue[i].times(margin);
    maintenance[i] = revenue[i].times(maint);
    cfads[i] = ebitda[i].minus(maintenance[i]);
    opening[i] = i === 0 ? facOpen[0] : closing[i - 1];
    repaid[i] = facRepay[i];
    draws[i] = need(i).plus(repaid[i].times(d("RefinanceShare")));
    closing[i] = opening[i].plus(draws[i]).minus(repaid[i]);
    newDebt[i] = opening[i].minus(facOpen[i]);
    interest[i] = facInterest[i].plus(newDebt[i].times(d("NewDebtRate")));
    cash[i] = (i === 0 ? d("OpeningCash") : cash[i - 1]).plus(cfads[i]).minus(interest[i]).minus(repaid[i]).plus(draws[i]).minus(need(i));
    cover[i] = interestCoverage(ebitda[i], interest[i]);
    dscr[i] = debtServiceCoverage(cfads[i], interest[i], repaid[i], new D(0));
    lev[i] = netLeverage(closing[i], cash[i], ebitda[i]);
    if (cover[i].lt(d("MinCoverage"))) breaches++;
    if (lev[i].gt(d("MaxLeverage"))) breaches++;
  }
  const values: ReferenceValues = {};
  for (const [k, v] of Object.entries(out)) values[k] = v.map((x) => x.toNumber());
  const dMin = cover.reduce((a, b) => D.min(a, b));
  const dMax = lev.reduce((a, b) => D.max(a, b));
  return {
    ...values,
    FundingNeed: Array.from({ length: years }, (_, i) => need(i).toNumber()),
    FirstYear: firstYear,
    Revenue0: d("Revenue0").toNumber(),
    OpeningCash: d("OpeningCash").toNumber(),
    RefinanceShare: d("RefinanceShare").toNumber(),
    NewDebtRate: d("NewDebtRate").toNumber(),
    TotalDebtReported: total.toNumber(),
    InterestGuidance2025: d("InterestGuidance2025").toNumber(),
    InterestVsGuidance: interest[0].minus(d("InterestGuidance2025")).toNumber(),
    MinCoverage: d("MinCoverage").toNumber(),
    MaxLeverage: d("MaxLeverage").toNumber(),
    ActiveGrowth: growth.toNumber(),
    ActiveMargin: margin.toNumber(),
    ActiveMaintenance: maint.toNumber(),
    CovenantBreaches: breaches,
    MinInterestCoverage: dMin.toNumber(),
    MaxNetLeverage: dMax.toNumber(),
    RollForwardCheck: Array.from({ length: years }, () => 0),
    OpeningDebtCheck: 0,
    MasterCheck: 0,
  };
}
