/**
 * DEBT_SCHEDULE: a yearly debt schedule that spills (src/core/debtSchedule.ts).
 */
import { debtSchedule as coreDebtSchedule, parseAmortization } from "../core";
import { dec, num } from "./args";
import { finiteOrNum, isError, readScalar, toCellError } from "./broadcast";
import { errorCodeOf, passThrough } from "./cellError";

/** Argument domains of DEBT_SCHEDULE, in Excel's order (years and start_year are checked as whole numbers by core). */
const DEBT_SCHEDULE_ARGS = [
  num("principal", "nonNegative"),
  num("annual_rate", "nonNegative"),
  num("years", "any"),
  num("start_year", "any", 1),
] as const;

/**
 * A yearly debt schedule that spills one row per year: year, opening balance,
 * interest (opening x annual_rate), principal repaid, closing balance.
 * "bullet" repays everything in the last year; "straight" repays principal / years
 * each year; "annuity" pays a level principal x r / (1 - (1 + r)^-years).
 * Example: =AIF.DEBT_SCHEDULE(1000, 0.1, 3, "annuity", 2026) pays 402.11 a year;
 * its first row is 2026, 1000, 100, 302.11, 697.89 and the last closing is 0.
 * @customfunction DEBT_SCHEDULE
 * @helpurl https://localhost:3000/help/functions.html#debt_schedule
 * @param principal Amount borrowed at the start of the first year, currency units, >= 0.
 * @param annual_rate Interest rate per year as a fraction (0.09 = 9 %), >= 0.
 * @param years Term, a whole number of years from 1 to 100.
 * @param [amortization] "bullet" (default), "straight" or "annuity"; case-insensitive.
 * @param [start_year] Number of the first year, e.g. 2026; a whole number. Default 1.
 * @returns years rows of [year, opening, interest, principal_repaid, closing].
 */
export function debtSchedule(principal: number, annual_rate: number, years: number, amortization?: string, start_year?: number): unknown[][] {
  const [s0, s1, s2, s3] = DEBT_SCHEDULE_ARGS;
  const p = readScalar(principal, s0), r = readScalar(annual_rate, s1), n = readScalar(years, s2), y = readScalar(start_year, s3);
  // the leftmost bad argument decides, as in every function
  if (isError(p)) return [[p]];
  if (isError(r)) return [[r]];
  if (isError(n)) return [[n]];
  if (isError(y)) return [[y]];
  const amortizationError = errorCodeOf(amortization);
  if (amortizationError !== undefined) return [[passThrough(amortizationError, amortization, "amortization")]];
  try {
    const kind = amortization === undefined || amortization === null || amortization === "" ? "bullet" : parseAmortization(typeof amortization === "string" ? amortization : "");
    const rows = coreDebtSchedule(dec(p), dec(r), n, kind, y);
    return rows.map((row) => [
      row.year,
      ...[row.opening, row.interest, row.principalRepaid, row.closing].map((x) => finiteOrNum(x.toNumber())),
    ]);
  } catch (e) {
    return [[toCellError(e)]];
  }
}
