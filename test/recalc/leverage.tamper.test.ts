/**
 * The leverage model's checks fire in LibreOffice and Gnumeric: each roll-forward
 * (facilities, debt, cash, interest, the plug) with a calculated cell overwritten by
 * a number, and each kind of bad input (a repayment type outside its list, a
 * maturity before the first year or not a whole year, negative balances and
 * amounts, rates and shares of a year outside 0-100 %, a negative reconciling line,
 * text in a number input), moves the master check away from 0 through the named
 * check that covers it; the master check stays a number. The untampered export is
 * the control: nothing fires there. One soffice process serves the batch.
 */
import { beforeAll, expect, it } from "vitest";
import { referenceAtDefaults } from "../../src/models/defaults";
import { leverage } from "../../src/models/leverage";
import { checksNeverFired, describeWithEngines, expectFiresAsListed, firingCaseOf, tamperInEveryEngine, type TamperResult } from "./tamper";

const c = firingCaseOf(leverage);
const defaults = referenceAtDefaults(leverage);
const series = (k: string): number[] => defaults[k] as number[];
/** A year without new debt at the defaults (cash above the floor), for the plug case. */
const quietYear = series("NewDebtDraws").findIndex((x) => x === 0);

const CASES = [
  c("untampered (control)", {}, []),
  // calculated cells overwritten with a number: the block that recomputes them fires
  c("cash of 2029 overwritten", { "Cash#3": 5e9 }, ["CashRollCheck"]),
  c("cash before draws of 2027 overwritten", { "CashBeforeDraws#1": 0 }, ["CashRollCheck"]),
  c("interest expense of 2028 overwritten", { "InterestExpense#2": 1 }, ["CashRollCheck", "InterestCheck"]),
  c("interest on opening debt of 2028 overwritten", { "InterestOnOpening#2": 1 }, ["InterestCheck"]),
  c("new debt in the opening balance of 2029 overwritten", { "NewDebtOpening#3": 0 }, ["DebtSplitCheck"]),
  c("new debt drawn in 2027 overwritten", { "NewDebtDraws#1": 1e9 }, ["PlugCheck"]),
  c("new debt typed into a year that needs none", { [`NewDebtDraws#${quietYear}`]: 1e9 }, ["PlugCheck"]),
  c("shortfall below minimum cash of 2027 overwritten", { "CashShortfall#1": 0 }, ["PlugCheck"]),
  c("cash kept per $ drawn overwritten", { CashKeptPerDraw: 1 }, ["CashRollCheck"]),
  c("opening debt of 2030 overwritten", { "DebtOpening#4": 1 }, ["DebtRollCheck"]),
  c("closing debt of 2028 overwritten", { "DebtClosing#2": 1e9 }, ["DebtRollCheck", "DebtSplitCheck"]),
  c("principal repaid in 2027 overwritten", { "PrincipalRepaid#1": 0 }, ["FacilityRollCheck"]),
  c("a facility's opening balance overwritten", { "Open_DDTL2#2": 0 }, ["FacilityRollCheck", "DebtSplitCheck"]),
  c("the reconciling line typed over", { "OtherDebt.Balance": 1e9 }, ["DebtRollCheck"]),
  c("sources of 2028 overwritten", { "Sources#2": 0 }, ["CashRollCheck"]),
  c("change in debt of 2028 overwritten", { "DebtChange#2": 0 }, ["DebtRollCheck"]),
  // review: flows and outputs that no check recomputed before (each was silent: master 0)
  c("a facility's interest of 2029 overwritten", { "Interest_DDTL2#3": 0 }, ["InterestCheck"]),
  c("a facility's repayment of 2027 overwritten", { "Repay_OtherDebt#1": 0 }, ["ScheduleCheck"]),
  c("a facility's repayment in the last year overwritten", { "Repay_Notes2031#9": 1e9 }, ["ScheduleCheck"]),
  c("the base year overwritten", { BaseYear: 2020 }, ["ScheduleCheck", "OutputCheck"]),
  c("a year of the timeline overwritten", { "Years#3": 2040 }, ["OutputCheck"]),
  c("taxable income of 2028 overwritten", { "TaxableIncome#2": -1 }, ["TaxCheck"]),
  c("cash taxes of 2031 overwritten", { "CashTaxes#5": 1e9 }, ["TaxCheck"]),
  c("CFADS of 2030 overwritten", { "CFADS#4": 50e9 }, ["RatioCheck"]),
  c("DSCR of 2026 overwritten", { "DSCR#0": 1.2 }, ["RatioCheck"]),
  c("interest coverage of 2027 overwritten", { "InterestCoverage#1": 1 }, ["RatioCheck"]),
  c("net leverage of 2026 overwritten", { "NetLeverage#0": 3 }, ["RatioCheck"]),
  c("net leverage typed n.m.", { "NetLeverage#2": "n.m." }, ["RatioCheck"]),
  c("a DSCR breach flag typed ok", { "DscrBreach#0": 0 }, ["RatioCheck", "OutputCheck"]),
  c("the breach count overwritten", { CovenantBreaches: 0 }, ["OutputCheck"]),
  c("the lowest DSCR overwritten", { MinDSCR: 1.5 }, ["OutputCheck"]),
  // a nudge far below CheckDecimals still shows: MIN of the row is exact, so that part is not rounded
  c("the lowest DSCR nudged by 0.001", { MinDSCR: (defaults.MinDSCR as number) + 0.001 }, ["OutputCheck"]),
  c("an annuity facility's repayment overwritten", { "DDTL1.Repayment": "annuity", "Repay_DDTL1#1": 1e8 }, ["ScheduleCheck"]),
  c("the highest net leverage overwritten", { MaxNetLeverage: 2 }, ["OutputCheck"]),
  c("peak debt overwritten", { PeakDebt: 50e9 }, ["OutputCheck"]),
  c("new debt in total overwritten", { TotalNewDebt: 0 }, ["OutputCheck"]),
  c("debt and leases memo overwritten", { DebtAndLeases: 18.81e9 }, ["OutputCheck"]),
  c("the last year's shortfall overwritten", { "CashShortfall#9": -1 }, ["PlugCheck"]),
  c("a ratio overwritten with text", { "InterestCoverage#0": "high" }, ["ErrorCells"]),
  c("cash overwritten with text", { "Cash#2": "n/a" }, ["ErrorCells"]),
  // bad inputs: the rule family's count fires
  c("repayment type outside the list", { "DDTL1.Repayment": "linear" }, ["RepaymentTypeCheck"]),
  c("maturity before the first year", { "Revolver.Maturity": 2020 }, ["MaturityCheck"]),
  c("maturity not a whole year", { "Magnetar.Maturity": 2028.5 }, ["MaturityCheck"]),
  c("maturity typed as text", { "Notes2030.Maturity": "June 2030" }, ["MaturityCheck"]),
  c("first year 2026.5", { FirstYear: 2026.5 }, ["MaturityCheck"]),
  c("negative balance", { "DDTL2.Balance": -1e9 }, ["NegativeInputCheck"]),
  c("negative rate", { "OEM.Rate": -0.01 }, ["FractionInputCheck"]),
  c("rate above 100 %", { "Notes2031.Rate": 1.5 }, ["FractionInputCheck"]),
  c("new debt rate 200 %", { NewDebtRate: 2 }, ["FractionInputCheck"]),
  c("negative minimum cash", { MinCash: -1 }, ["NegativeInputCheck"]),
  c("draw timing 150 %", { DrawTiming: 1.5 }, ["FractionInputCheck"]),
  c("negative draw timing", { DrawTiming: -0.1 }, ["FractionInputCheck"]),
  c("tax rate 120 %", { TaxRate: 1.2 }, ["FractionInputCheck"]),
  // each legal alone, together they leave no cash from a draw (the plug divides by 0): the error cells were the only sign
  c("new debt at 100 % accruing a full year in the year drawn", { NewDebtRate: 1, DrawTiming: 1 }, ["FractionInputCheck", "ErrorCells"]),
  c("negative capex", { "Capex#2": -1e9 }, ["NegativeInputCheck"]),
  c("negative equity raised", { "EquityRaised#0": -2e9 }, ["NegativeInputCheck"]),
  c("negative covenant level", { MinCoverage: -1 }, ["NegativeInputCheck"]),
  c("reported total below the listed facilities (negative reconciling line)", { TotalDebtReported: 10e9 }, ["NegativePlugCheck"]),
  c("reported total debt 0", { TotalDebtReported: 0 }, ["NegativePlugCheck"]),
  c("text in minimum cash", { MinCash: "stress" }, ["ErrorCells"]),
  // review: text in a covenant level compared as "above every number" and switched the covenant off with the master check at 0
  c("text in the leverage covenant", { MaxLeverage: "high" }, ["NumberInputCheck"]),
  c("text in the coverage covenant", { MinCoverage: "x" }, ["NumberInputCheck", "RatioCheck"]),
  c("text in the DSCR covenant", { DscrCovenant: "x" }, ["NumberInputCheck", "RatioCheck"]),
  c("text in operating leases (the memo line goes #VALUE!)", { OperatingLeases: "x" }, ["NumberInputCheck", "ErrorCells"]),
  c("text in revenue (no formula reads it)", { "Revenue#2": "x" }, ["NumberInputCheck"]),
  c("period length 2", { PeriodLength: 2 }, ["ConventionCheck"]),
  c("full year 2", { FullYear: 2 }, ["ConventionCheck"]),
  c("check rounding -20 (would round every check to 0)", { CheckDecimals: -20 }, ["ConventionCheck"]),
];

const at = (label: string): number => CASES.findIndex((x) => x.label === label);

describeWithEngines("leverage: tampered exports fire the checks in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine(CASES);
  }, 300_000);

  it("has a year without new debt at the defaults", () => {
    expect(quietYear).toBeGreaterThan(0);
  });

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("measures a typed-over cash balance exactly, in its own year only", () => {
    // CashRollCheck(2029) = 5e9 - (cash 2028 + sources - uses of 2029) = 5e9 - the true cash of 2029;
    // 2030 starts from the typed 5e9, so its roll-forward ties again.
    const want = Math.round((5e9 - series("Cash")[3]) * 100) / 100;
    for (const e of results[at("cash of 2029 overwritten")].engines) {
      const row = e.checks.CashRollCheck as number[];
      expect(row[3], e.engine).toBeCloseTo(want, 2);
      expect(row.filter((x, j) => j !== 3 && x !== 0), e.engine).toEqual([]);
    }
  });

  it("counts one violation per bad input", () => {
    const one: [string, string][] = [
      ["repayment type outside the list", "RepaymentTypeCheck"],
      ["maturity before the first year", "MaturityCheck"],
      ["maturity not a whole year", "MaturityCheck"],
      ["negative balance", "NegativeInputCheck"],
      ["tax rate 120 %", "FractionInputCheck"],
      ["reported total below the listed facilities (negative reconciling line)", "NegativePlugCheck"],
      ["text in the leverage covenant", "NumberInputCheck"],
      ["period length 2", "ConventionCheck"],
    ];
    for (const [label, check] of one) for (const e of results[at(label)].engines) expect(e.checks[check], `${label} ${e.engine}`).toBe(1);
  });
});

it("shows every check of the sheet firing in at least one case", () => {
  expect(checksNeverFired(leverage, CASES)).toEqual([]);
});
