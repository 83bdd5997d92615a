/**
 * The timeline section that opens every model with a timeline: one row of fiscal
 * years, named `Years`, starting at the input `FirstYear`.
 */
import type { TemplateSection } from "../plan/template";
import { YEAR } from "./formats";

/**
 * Year of a column as the first year plus the number of columns before it: no
 * constant 1 in the formula, and a column stays right when columns are inserted.
 */
export const YEAR_BY_COLUMN_COUNT = "{FirstYear}+COLUMNS({Years@first}:{Years@prev})";

/**
 * The `Years` timeline section (role "timeline", title "Timeline").
 * @param label the row label, e.g. "Year" or "Fiscal year"
 * @param formula the formula of every column after the first (which holds
 *   `{FirstYear}`); by default YEAR_BY_COLUMN_COUNT, a model whose periods are
 *   not one year long passes its own (e.g. `{Years@prev}+{PeriodLength}`)
 * @returns the section, with `Years` given a defined name
 */
export function yearTimelineSection(label: string, formula: string = YEAR_BY_COLUMN_COUNT): TemplateSection {
  return {
    role: "timeline",
    title: "Timeline",
    items: [{ type: "timeline", key: "Years", label, format: YEAR, first: "{FirstYear}", formula, name: true }],
  };
}
