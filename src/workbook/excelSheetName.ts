/**
 * Worksheet names under Excel's rules, for the Excel writer.
 *
 * Excel refuses a sheet name that is blank, longer than 31 characters, contains
 * any of `: \ / ? * [ ]`, or begins or ends with an apostrophe; names compare
 * case-insensitively ("dilution" clashes with "Dilution"). "History" is reserved
 * (Excel uses it for change tracking) in any letter case.
 */

/** Longest sheet name Excel accepts, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;
// Control characters are not in Excel's documented list, but Excel for the web rejects them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * A name Excel accepts, as close to `wanted` as possible.
 * @param wanted   any string (a model title or the plan's preferred sheet name)
 * @param fallback used when nothing usable is left of `wanted`; must itself be valid
 * @returns `wanted` with forbidden characters replaced by "-", control characters
 *          removed, surrounding spaces and apostrophes trimmed, cut to 31 characters
 *          (never splitting a surrogate pair), or `fallback` when that leaves nothing
 *          or the reserved word "History".
 */
export function sanitizeSheetName(wanted: string, fallback = "Model"): string {
  let s = wanted.replace(CONTROL, "").replace(FORBIDDEN, "-").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  s = truncate(s, MAX_SHEET_NAME_LENGTH).replace(/'+$/, "").trim();
  if (s === "" || s.toLowerCase() === "history") return fallback;
  return s;
}

/**
 * A sanitized name that differs, ignoring letter case, from every existing name:
 * `Dilution`, then `Dilution (2)`, `Dilution (3)`... The base is shortened when the
 * suffix would push the name past 31 characters.
 * @param wanted   preferred name (sanitized here)
 * @param existing names of the sheets already in the workbook
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = sanitizeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** At most `max` UTF-16 units, without leaving half a surrogate pair at the end. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
