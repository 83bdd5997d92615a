/**
 * The named check cells the models' check sections are made of: a per-year check
 * row, a scalar check and a count. All are named (so tests and the master check
 * read them by name); a check is 0 when it holds.
 */
import { CHECK, COUNT } from "./formats";
import type { ScalarItem, TemplateItem } from "../plan/template";
import { roundCheck } from "./checkFormulas";

/**
 * A per-year check row in the `CheckRows` group, each cell rounded to `CheckDecimals`.
 * @param formula the difference of every year (the first year's too unless `first` is given)
 * @param first the difference of the first year, when it reads no `@prev`
 */
export const checkRow = (key: string, label: string, formula: string, first?: string): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: CHECK,
  formula: roundCheck(formula),
  ...(first !== undefined ? { first: roundCheck(first) } : {}),
  name: true,
  group: "CheckRows",
});

/** A named scalar check: `formula` as given (round it where it needs rounding), shown as CHECK unless `format` says otherwise. */
export const checkScalar = (key: string, label: string, formula: string, format = CHECK): ScalarItem => ({ type: "scalar", key, label, format, formula, name: true });

/** A named scalar that counts cells breaking a rule (inputs outside their domain, error cells), shown as a count. */
export const countScalar = (key: string, label: string, formula: string): ScalarItem => checkScalar(key, label, formula, COUNT);
