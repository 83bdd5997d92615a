/**
 * Debt facilities rolled forward over a model timeline from their balances at the
 * opening date (Dec 31 of the year before the first year): each repays by its type
 * and is gone at maturity (debtSchedule's straight / annuity / bullet schedules);
 * interest is the opening balance x rate.
 */
import { D, type Dec } from "./decimal";
import { debtSchedule, MAX_YEARS, type Amortization } from "./debtSchedule";
import { checkDomains } from "./domain";
import { InputError } from "./inputError";
import { checkRanges } from "./rangeRules";

/** A facility at the opening date. */
export interface Facility {
  /** its key on the sheet, used in messages, e.g. "DDTL2" */
  name: string;
  /** balance at the opening date, currency units, >= 0 */
  balance: Dec;
  /** interest per year on the opening balance, fraction 0..1 */
  rate: Dec;
  /** year of the last repayment, a whole year from the first timeline year to 99 years after it */
  maturity: number;
  repayment: Amortization;
}

/** A facility's yearly rows over the timeline (zeros after maturity). */
export interface FacilityRows {
  name: string;
  opening: Dec[];
  repaid: Dec[];
  interest: Dec[];
}

/**
 * The rows of each facility over `years` timeline years from `firstYear`.
 * @param facilities the facilities (see Facility for domains)
 * @param firstYear  first timeline year, whole
 * @param years      timeline length, 1..100
 * @throws InputError("value") for a balance, rate or maturity out of its domain
 *         (a facility maturing before the first year would never be repaid)
 */
export function facilityRows(facilities: readonly Facility[], firstYear: number, years: number): FacilityRows[] {
  return facilities.map((f) => {
    checkDomains([[`${f.name}.Balance`, f.balance, "nonNegative"]]);
    checkRanges([[`${f.name}.Rate`, f.rate, "fraction"]]);
    const last = firstYear + MAX_YEARS - 1;
    if (!Number.isInteger(f.maturity) || f.maturity < firstYear || f.maturity > last) {
      throw new InputError("value", `${f.name}.Maturity must be a whole year from ${firstYear} (FirstYear) to ${last}`);
    }
    const schedule = debtSchedule(f.balance, f.rate, f.maturity - firstYear + 1, f.repayment, firstYear);
    const zero = new D(0);
    const at = <K extends "opening" | "principalRepaid" | "interest">(k: K) =>
      Array.from({ length: years }, (_, i) => schedule[i]?.[k] ?? zero);
    return { name: f.name, opening: at("opening"), repaid: at("principalRepaid"), interest: at("interest") };
  });
}
