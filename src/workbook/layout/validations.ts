/**
 * Data validation of input cells with the messages an analyst reads: the input
 * message names the rule while the cell is selected; the error message names the
 * input and the rule when Excel refuses an entry.
 */
import type { ListValidation, NumberValidation, RangeRef } from "../../plan/plan";
import type { Format, InputBounds } from "../../plan/template";

/** Excel's limits: 32 characters for an input-message title, 255 for a message. */
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * A bound as the analyst reads it: a percent-formatted input shows 0.15 as "15 %"
 * (the value is multiplied by 100 and rounded to 10 significant digits, so 0.07
 * shows "7 %", not "7.000000000000001 %"); other numbers as they are.
 */
export function boundText(value: number, format: Format): string {
  if (!format.code.includes("%")) return String(value);
  return `${Number((value * 100).toPrecision(10))} %`;
}

/** The rule in words: "a whole number from 1 to 100", "a number of at least 1". */
export function ruleText(bounds: InputBounds, format: Format): string {
  const what = bounds.type === "whole" ? "a whole number" : "a number";
  if (bounds.min !== undefined && bounds.max !== undefined) return `${what} from ${boundText(bounds.min, format)} to ${boundText(bounds.max, format)}`;
  if (bounds.min !== undefined) return `${what} of at least ${boundText(bounds.min, format)}`;
  return `${what} of at most ${boundText(bounds.max, format)}`;
}

/**
 * The validation of numeric input cells.
 * @param range  the input cells
 * @param label  the input's label (the title of the input message)
 * @param format the input's format (percent bounds read as percentages)
 * @param bounds what the input accepts
 * @throws Error when min > max or a bound is not finite (a template mistake)
 */
export function numberValidation(range: RangeRef, label: string, format: Format, bounds: InputBounds): NumberValidation {
  const { min, max } = bounds;
  if ((min !== undefined && !Number.isFinite(min)) || (max !== undefined && !Number.isFinite(max)) || (min !== undefined && max !== undefined && min > max)) {
    throw new Error(`${label}: bounds ${JSON.stringify(bounds)} are not a range`);
  }
  const rule = ruleText(bounds, format);
  const messages = { range, title: clip(label, TITLE_MAX), prompt: clip(`Enter ${rule}.`, MESSAGE_MAX), errorMessage: clip(`${label} must be ${rule}.`, MESSAGE_MAX) };
  // rebuilt with only the bounds given, so that the plan never holds `max: undefined`
  const kind = bounds.type;
  return min === undefined ? { ...messages, kind, max: bounds.max as number } : max === undefined ? { ...messages, kind, min } : { ...messages, kind, min, max };
}

/**
 * The dropdown of text input cells.
 * @param values       the allowed values, none containing a comma (Excel's list separator)
 * @param errorMessage shown on anything else; default "<label> must be one of ..."
 */
export function listValidation(range: RangeRef, label: string, values: readonly string[], errorMessage?: string): ListValidation {
  const list = values.join(", ");
  return {
    range,
    kind: "list",
    values: [...values],
    title: clip(label, TITLE_MAX),
    prompt: clip(`Choose one of: ${list}.`, MESSAGE_MAX),
    errorMessage: clip(errorMessage ?? `${label} must be one of: ${list}.`, MESSAGE_MAX),
  };
}

