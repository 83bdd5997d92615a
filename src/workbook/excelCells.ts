/**
 * Plan values as Office.js takes them: cell inputs for `Range.formulas` and
 * column widths in points.
 */
import type { PlanCell } from "../plan/plan";

/**
 * Column width for Office.js, which takes points, from a plan width in characters.
 *
 * Excel measures a column in characters of the default font's widest digit and
 * adds 5 px of padding: pixels = round(chars x 7) + 5 for Calibri 11 at 96 dpi,
 * where a digit is 7 px wide (ECMA-376 Part 1, 18.3.1.13 `col/@width`). One pixel
 * at 96 dpi is 0.75 pt. So a plan width of 10 characters becomes 75 px = 56.25 pt,
 * which Excel shows as "10.00 (75 pixels)".
 * @param chars width in characters, >= 0 (0 hides the column)
 * @returns width in points, >= 0
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return (Math.round(chars * 7) + 5) * 0.75;
}

/**
 * What to put in `Range.formulas` for one plan cell. Excel parses whatever is
 * written there as if typed, so text that looks like a number, date, boolean or
 * formula ("2030", "1/2", "TRUE", "-", "May 2025") would change type; a leading
 * apostrophe keeps it text (the apostrophe is not part of the value).
 * @returns a formula string, a number, a boolean, or text; "" for an empty cell
 */
export function cellInput(cell: PlanCell | null): string | number | boolean {
  if (cell === null) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (typeof v !== "string") return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}

const PARSED_AS_NON_TEXT = /^[\s\d.,+\-=@'#($€£¥%]/;
const BOOLEAN_OR_ERROR = /^\s*(true|false)\s*$/i;
const MONTH_DATE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;

function needsTextPrefix(s: string): boolean {
  return PARSED_AS_NON_TEXT.test(s) || BOOLEAN_OR_ERROR.test(s) || MONTH_DATE.test(s);
}
