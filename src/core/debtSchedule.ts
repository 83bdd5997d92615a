/**
 * Yearly debt schedules: bullet, straight-line and annuity (level payment)
 * amortization, interest charged on the opening balance of each year.
 */
import { D, type Dec } from "./decimal";
import { checkDomains, checkWholeNumber } from "./domain";
import { InputError } from "./inputError";

/** How principal is repaid: all at maturity, equal slices, or level total payments. */
export type Amortization = "bullet" | "straight" | "annuity";

/** The amortization names a user may type (case-insensitive). */
export const AMORTIZATIONS: readonly Amortization[] = ["bullet", "straight", "annuity"];

/** One year of a schedule; amounts in the principal's currency. */
export interface DebtScheduleRow {
  /** calendar (or period) number of the year */
  year: number;
  /** balance at the start of the year */
  opening: Dec;
  /** opening x annual rate */
  interest: Dec;
  /** principal repaid during the year, >= 0 */
  principalRepaid: Dec;
  /** opening - principalRepaid */
  closing: Dec;
}

/** Longest schedule accepted, years: beyond that a spill is a typo, not a loan. */
export const MAX_YEARS = 100;

/**
 * Parses an amortization name, case-insensitive, surrounding spaces ignored.
 * @throws InputError("value") for an unknown name
 */
export function parseAmortization(text: string): Amortization {
  const key = text.trim().toLowerCase();
  const found = AMORTIZATIONS.find((a) => a === key);
  if (!found) throw new InputError("value", `amortization must be one of ${AMORTIZATIONS.map((a) => `"${a}"`).join(", ")}`);
  return found;
}

/**
 * A yearly debt schedule.
 * - bullet: no principal until the last year, which repays everything;
 * - straight: principal / years each year;
 * - annuity: level payment P x r / (1 - (1 + r)^-n) (the standard annuity
 *   formula; P / n when r = 0), principal = payment - interest.
 * The last year always repays the remaining opening balance, so straight and
 * annuity schedules close at exactly 0 and repayments sum exactly to the principal.
 * @param principal    amount borrowed at the start of startYear, currency units, >= 0
 * @param annualRate   interest rate per year as a fraction (0.09 = 9 %), >= 0
 * @param years        whole number of years, 1..100
 * @param amortization "bullet" | "straight" | "annuity"
 * @param startYear    number of the first year (e.g. 2026), a whole number -1e6..1e6
 * @returns `years` rows, year = startYear, startYear + 1, ...
 * @throws InputError("value") when an argument leaves its domain
 */
export function debtSchedule(
  principal: Dec,
  annualRate: Dec,
  years: number,
  amortization: Amortization,
  startYear: number,
): DebtScheduleRow[] {
  checkDomains([
    ["principal", principal, "nonNegative"],
    ["annual_rate", annualRate, "nonNegative"],
  ]);
  checkWholeNumber("years", years, 1, MAX_YEARS);
  checkWholeNumber("start_year", startYear, -1e6, 1e6);
  if (!AMORTIZATIONS.includes(amortization)) throw new Error(`unknown amortization ${String(amortization)}`);

  const payment =
    amortization !== "annuity"
      ? new D(0)
      : annualRate.isZero()
        ? principal.div(years)
        : principal.times(annualRate).div(new D(1).minus(annualRate.plus(1).pow(-years)));
  const slice = principal.div(years);

  const rows: DebtScheduleRow[] = [];
  let opening = principal;
  for (let i = 0; i < years; i++) {
    const interest = opening.times(annualRate);
    const last = i === years - 1;
    let repaid: Dec;
    if (last) repaid = opening;
    else if (amortization === "bullet") repaid = new D(0);
    else if (amortization === "straight") repaid = slice;
    // Rounding at 40 digits can push payment - interest a hair outside 0..opening at
    // extreme rates and terms: clamp, so a loan is never re-borrowed nor over-repaid.
    else repaid = D.min(D.max(payment.minus(interest), 0), opening);
    const closing = opening.minus(repaid);
    rows.push({ year: startYear + i, opening, interest, principalRepaid: repaid, closing });
    opening = closing;
  }
  return rows;
}
