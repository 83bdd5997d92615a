/**
 * The leverage model's cash waterfall (docs/models.md, leverage): existing
 * facilities rolled forward from the opening date, new debt as the closed-form
 * funding plug that keeps cash at MinCash, cash taxes, and the credit ratios and
 * covenant tests on the result. Operating cash flow is counted once.
 *
 * Per year t (previous Cash of the first year = OpeningCash):
 *   NewDebtOpening    = draws of earlier years (bullet beyond the horizon)
 *   InterestOnOpening = facility interest + NewDebtOpening x NewDebtRate
 *   CashTaxes         = max(0, EBITDA - Depreciation - InterestOnOpening) x TaxRate
 *   CashBeforeDraws   = previous Cash + EBITDA - CashTaxes - Capex - InterestOnOpening - PrincipalRepaid + EquityRaised
 *   NewDebtDraws      = max(0, (MinCash - CashBeforeDraws) / (1 - NewDebtRate x DrawTiming))
 *   InterestExpense   = InterestOnOpening + NewDebtDraws x NewDebtRate x DrawTiming
 *   Cash              = CashBeforeDraws + NewDebtDraws x (1 - NewDebtRate x DrawTiming)
 *   DebtOpening       = facility openings + NewDebtOpening; DebtClosing = DebtOpening + NewDebtDraws - PrincipalRepaid
 *   CFADS             = EBITDA - CashTaxes - MaintenanceCapex
 * A draw pays its own in-year interest (the DrawTiming share of a year), hence the
 * division: the plug is closed-form, with no circular reference.
 */
import { D, type Dec } from "./decimal";
import { covenantTests, type Covenants, type CovenantTests } from "./covenantTests";
import { checkDomains, type DomainRule } from "./domain";
import { facilityRows, type Facility, type FacilityRows } from "./facilityRows";
import { InputError } from "./inputError";
import { checkRanges } from "./rangeRules";

/** The leverage model's inputs; every row has one value per timeline year. */
export interface LeverageInput {
  firstYear: number;
  /** any sign, currency units per year */
  ebitda: readonly Dec[];
  /** >= 0 */
  capex: readonly Dec[];
  /** >= 0; used only in CFADS */
  maintenanceCapex: readonly Dec[];
  /** >= 0; used only for cash taxes */
  depreciation: readonly Dec[];
  /** >= 0 */
  equityRaised: readonly Dec[];
  /** cash at the opening date, >= 0 */
  openingCash: Dec;
  facilities: readonly Facility[];
  /** the cash floor new debt funds, >= 0 */
  minCash: Dec;
  /** rate on new debt, 0..1 */
  newDebtRate: Dec;
  /** share of a year's interest that the year's new draws accrue, 0..1 (0.5: drawn evenly) */
  drawTiming: Dec;
  /** cash tax rate, 0..1 */
  taxRate: Dec;
  covenants: Covenants;
}

/** The waterfall's rows (one per year), the facilities' rows and the covenant tests. */
export interface LeverageRows extends CovenantTests {
  years: number[];
  facilities: FacilityRows[];
  principalRepaid: Dec[];
  newDebtOpening: Dec[];
  interestOnOpening: Dec[];
  cashTaxes: Dec[];
  cashBeforeDraws: Dec[];
  newDebtDraws: Dec[];
  interestExpense: Dec[];
  cash: Dec[];
  debtOpening: Dec[];
  debtClosing: Dec[];
  cfads: Dec[];
  /** the largest DebtClosing */
  peakDebt: Dec;
  /** the sum of NewDebtDraws */
  totalNewDebt: Dec;
}

function checkLeverageInput(a: LeverageInput): number {
  const n = a.ebitda.length;
  if (n < 1 || n > 100) throw new InputError("value", "the timeline must have 1 to 100 years");
  const rows: [string, readonly Dec[], DomainRule][] = [
    ["EBITDA", a.ebitda, "any"],
    ["Capex", a.capex, "nonNegative"],
    ["MaintenanceCapex", a.maintenanceCapex, "nonNegative"],
    ["Depreciation", a.depreciation, "nonNegative"],
    ["EquityRaised", a.equityRaised, "nonNegative"],
  ];
  for (const [name, row, rule] of rows) {
    if (row.length !== n) throw new Error(`leverageWaterfall: ${name} has ${row.length} years, EBITDA ${n}`);
    checkDomains(row.map((x) => [name, x, rule] as const));
  }
  checkDomains([
    ["OpeningCash", a.openingCash, "nonNegative"],
    ["MinCash", a.minCash, "nonNegative"],
  ]);
  checkRanges([
    ["NewDebtRate", a.newDebtRate, "fraction"],
    ["DrawTiming", a.drawTiming, "fraction"],
    ["TaxRate", a.taxRate, "fraction"],
  ]);
  if (!a.newDebtRate.times(a.drawTiming).lt(1)) throw new InputError("value", "NewDebtRate x DrawTiming must be less than 1");
  return n;
}

const sumAt = (rows: readonly FacilityRows[], k: "opening" | "repaid" | "interest", i: number): Dec =>
  rows.reduce((s, r) => s.plus(r[k][i] as Dec), new D(0));

/**
 * Runs the waterfall and the covenant tests.
 * @param a the inputs (see LeverageInput for units and domains)
 * @returns every row of the waterfall, the facilities' rows and the covenant tests
 * @throws InputError("value") when an input leaves its domain; Error when the rows differ in length
 */
export function leverageWaterfall(a: LeverageInput): LeverageRows {
  const n = checkLeverageInput(a);
  const fac = facilityRows(a.facilities, a.firstYear, n);
  const keep = new D(1).minus(a.newDebtRate.times(a.drawTiming)); // share of a draw left after its in-year interest
  const out = { principalRepaid: [], newDebtOpening: [], interestOnOpening: [], cashTaxes: [], cashBeforeDraws: [], newDebtDraws: [], interestExpense: [], cash: [], debtOpening: [], debtClosing: [], cfads: [] } as Record<
    "principalRepaid" | "newDebtOpening" | "interestOnOpening" | "cashTaxes" | "cashBeforeDraws" | "newDebtDraws" | "interestExpense" | "cash" | "debtOpening" | "debtClosing" | "cfads",
    Dec[]
  >;
  let prevCash = a.openingCash;
  let newDebt = new D(0);
  for (let i = 0; i < n; i++) {
    const [ebitda, capex] = [a.ebitda[i] as Dec, a.capex[i] as Dec];
    const repaid = sumAt(fac, "repaid", i);
    const interestOnOpening = sumAt(fac, "interest", i).plus(newDebt.times(a.newDebtRate));
    const taxes = D.max(0, ebitda.minus(a.depreciation[i] as Dec).minus(interestOnOpening)).times(a.taxRate);
    const before = prevCash.plus(ebitda).minus(taxes).minus(capex).minus(interestOnOpening).minus(repaid).plus(a.equityRaised[i] as Dec);
    const draws = before.lt(a.minCash) ? a.minCash.minus(before).div(keep) : new D(0);
    // Cash = before + draws x keep, which is MinCash exactly whenever it draws.
    const cash = draws.isZero() ? before : a.minCash;
    const debtOpening = sumAt(fac, "opening", i).plus(newDebt);
    out.principalRepaid.push(repaid);
    out.newDebtOpening.push(newDebt);
    out.interestOnOpening.push(interestOnOpening);
    out.cashTaxes.push(taxes);
    out.cashBeforeDraws.push(before);
    out.newDebtDraws.push(draws);
    out.interestExpense.push(interestOnOpening.plus(draws.times(a.newDebtRate).times(a.drawTiming)));
    out.cash.push(cash);
    out.debtOpening.push(debtOpening);
    out.debtClosing.push(debtOpening.plus(draws).minus(repaid));
    out.cfads.push(ebitda.minus(taxes).minus(a.maintenanceCapex[i] as Dec));
    prevCash = cash;
    newDebt = newDebt.plus(draws);
  }
  const tests = covenantTests({ ebitda: a.ebitda, ...out }, a.covenants);
  return {
    years: Array.from({ length: n }, (_, i) => a.firstYear + i),
    facilities: fac,
    ...out,
    ...tests,
    peakDebt: D.max(...out.debtClosing),
    totalNewDebt: newDebt,
  };
}
