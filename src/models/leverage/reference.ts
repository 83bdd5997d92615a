/**
 * The leverage model recomputed by src/core from the sheet's inputs (core
 * `leverageWaterfall`: facilities by debtSchedule, the closed-form plug, cash
 * taxes, covenant tests), independently of the sheet's formulas.
 */
import { D, isNm, leverageWaterfall, parseAmortization, type Dec, type Facility, type Ratio } from "../../core";
import { num, text } from "../defaults";
import type { InputReader, ReferenceValues } from "../../plan/template";
import { FACILITIES, FACILITY_KEYS, OTHER_DEBT } from "./facilities";

/** A ratio as a reference number: NaN stands for `n.m.` (the sheet shows the text). */
const ratioNumber = (r: Ratio): number => (isNm(r) ? Number.NaN : r.toNumber());
const numbers = (xs: readonly Dec[]): number[] => xs.map((x) => x.toNumber());
const flags = (xs: readonly boolean[]): number[] => xs.map((x) => (x ? 1 : 0));

/**
 * Every named calculation, output and check of the leverage sheet.
 * The reconciling line's balance is `TotalDebtReported` less the listed facilities
 * (as the sheet computes it); checks are 0 (the inputs are in their domains, or
 * core throws). `n.m.` ratios are NaN.
 * @param input reads the sheet's inputs (`Key`, `Facility.Column`, `Row#i`)
 * @param years timeline length, 1..100
 * @returns one number per year for rows, a number for scalars
 * @throws InputError from core when an input leaves its domain (a negative
 *         reconciling line, a maturity before FirstYear, a rate above 100 % ...);
 *         Error when PeriodLength or FullYear is not 1 (their only legal value)
 */
export function leverageReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const row = (k: string): Dec[] => Array.from({ length: years }, (_, i) => d(`${k}#${i}`));
  if (num(input, "PeriodLength") !== 1 || num(input, "FullYear") !== 1) throw new Error("leverageReference: PeriodLength and FullYear must be 1");
  const firstYear = num(input, "FirstYear");
  const listed = FACILITIES.reduce((s, f) => s.plus(d(`${f.key}.Balance`)), new D(0));
  const facilities: Facility[] = FACILITY_KEYS.map((f) => ({
    name: f,
    balance: f === OTHER_DEBT ? d("TotalDebtReported").minus(listed) : d(`${f}.Balance`),
    rate: d(`${f}.Rate`),
    maturity: num(input, `${f}.Maturity`),
    repayment: parseAmortization(text(input, `${f}.Repayment`)),
  }));
  const [ebitda, depreciation, capex, equity] = [row("EBITDA"), row("Depreciation"), row("Capex"), row("EquityRaised")];
  const w = leverageWaterfall({
    firstYear,
    ebitda,
    capex,
    maintenanceCapex: row("MaintenanceCapex"),
    depreciation,
    equityRaised: equity,
    openingCash: d("OpeningCash"),
    facilities,
    minCash: d("MinCash"),
    newDebtRate: d("NewDebtRate"),
    drawTiming: d("DrawTiming"),
    taxRate: d("TaxRate"),
    covenants: { minCoverage: d("MinCoverage"), maxLeverage: d("MaxLeverage"), dscrCovenant: d("DscrCovenant") },
  });
  const at = (xs: readonly Dec[], i: number): Dec => xs[i] as Dec;
  const perYear = (f: (i: number) => Dec): number[] => Array.from({ length: years }, (_, i) => f(i).toNumber());
  const sources = (i: number): Dec => at(ebitda, i).plus(at(equity, i)).plus(at(w.newDebtDraws, i));
  const uses = (i: number): Dec => at(w.cashTaxes, i).plus(at(capex, i)).plus(at(w.interestExpense, i)).plus(at(w.principalRepaid, i));
  const zeros = Array.from({ length: years }, () => 0);
  const values: ReferenceValues = {
    Years: w.years,
    BaseYear: firstYear - 1,
    CashKeptPerDraw: new D(1).minus(d("NewDebtRate").times(d("DrawTiming"))).toNumber(),
    PrincipalRepaid: numbers(w.principalRepaid),
    NewDebtOpening: numbers(w.newDebtOpening),
    InterestOnOpening: numbers(w.interestOnOpening),
    TaxableIncome: perYear((i) => at(ebitda, i).minus(at(depreciation, i)).minus(at(w.interestOnOpening, i))),
    CashTaxes: numbers(w.cashTaxes),
    CashBeforeDraws: numbers(w.cashBeforeDraws),
    CashShortfall: perYear((i) => d("MinCash").minus(at(w.cashBeforeDraws, i))),
    NewDebtDraws: numbers(w.newDebtDraws),
    InterestExpense: numbers(w.interestExpense),
    Cash: numbers(w.cash),
    DebtOpening: numbers(w.debtOpening),
    DebtClosing: numbers(w.debtClosing),
    CFADS: numbers(w.cfads),
    Sources: perYear(sources),
    Uses: perYear(uses),
    CashChange: perYear((i) => sources(i).minus(uses(i))),
    DebtChange: perYear((i) => at(w.newDebtDraws, i).minus(at(w.principalRepaid, i))),
    InterestCoverage: w.interestCoverage.map(ratioNumber),
    DSCR: w.dscr.map(ratioNumber),
    NetLeverage: w.netLeverage.map(ratioNumber),
    CoverageBreach: flags(w.coverageBreach),
    DscrBreach: flags(w.dscrBreach),
    LeverageBreach: flags(w.leverageBreach),
    CovenantBreaches: w.covenantBreaches,
    MinInterestCoverage: ratioNumber(w.minInterestCoverage),
    MinDSCR: ratioNumber(w.minDscr),
    MaxNetLeverage: ratioNumber(w.maxNetLeverage),
    PeakDebt: w.peakDebt.toNumber(),
    TotalNewDebt: w.totalNewDebt.toNumber(),
    DebtAndLeases: at(w.debtOpening, 0).plus(d("OperatingLeases")).plus(d("FinanceLeases")).toNumber(),
  };
  for (const f of w.facilities) {
    values[`Open_${f.name}`] = numbers(f.opening);
    values[`Repay_${f.name}`] = numbers(f.repaid);
    values[`Interest_${f.name}`] = numbers(f.interest);
  }
  for (const k of ["FacilityRollCheck", "DebtRollCheck", "DebtSplitCheck", "CashRollCheck", "InterestCheck", "ScheduleCheck", "TaxCheck", "RatioCheck", "PlugCheck"]) values[k] = zeros;
  const counts = ["NegativeInputCheck", "FractionInputCheck", "MaturityCheck", "RepaymentTypeCheck", "NumberInputCheck", "ConventionCheck", "OutputCheck", "NegativePlugCheck", "ErrorCells", "MasterCheck"];
  for (const k of counts) values[k] = 0;
  return values;
}
