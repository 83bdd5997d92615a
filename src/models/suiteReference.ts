/**
 * The deal workbook recomputed by src/core: each sheet's `reference()` fed its
 * defaults, the caller's changes, and the values its links read from the sheets
 * they come from (in link order), independently of the formulas. What every
 * linked input and every named output of every sheet must equal in any engine.
 */
import { defaultInputs, readerOf } from "./defaults";
import type { SuiteReader, SuiteSheet } from "../plan/suite";
import { itemKinds } from "../plan/suite";
import type { ReferenceValues } from "../plan/template";

/** One sheet recomputed: the inputs it holds (links resolved) and its named values. */
export interface SheetReference {
  inputs: Map<string, number | string>;
  values: ReferenceValues;
}

/** Changes to the inputs of each sheet, by suite id then input key (`Key`, `Row.Col`, `Key#i`). */
export type SuiteEdits = Readonly<Record<string, Readonly<Record<string, number | string>>>>;

/**
 * The sheets in an order where every link's source comes before its target.
 * @throws Error on a cycle of links (a suite mistake)
 */
function linkOrder(sheets: readonly SuiteSheet[]): SuiteSheet[] {
  const done = new Set<string>();
  const out: SuiteSheet[] = [];
  while (out.length < sheets.length) {
    const next = sheets.find((s) => !done.has(s.id) && s.links.every((l) => l.from.sheet === s.id || done.has(l.from.sheet)));
    if (!next) throw new Error(`suite: the links form a cycle among ${sheets.filter((s) => !done.has(s.id)).map((s) => s.id).join(", ")}`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}

/** A reader over computed sheets: a named value, else an input (a timeline input as its row). */
function readerOver(done: ReadonlyMap<string, SheetReference>, years: number): SuiteReader {
  return (sheet, name) => {
    const s = done.get(sheet);
    if (!s) throw new Error(`suite reference: sheet ${sheet} is not computed yet`);
    const v = s.values[name];
    if (v !== undefined) return v;
    const input = s.inputs.get(name);
    if (typeof input === "number") return input;
    if (input !== undefined) throw new Error(`suite reference: ${sheet}!${name} is text`);
    if (!s.inputs.has(`${name}#0`)) throw new Error(`suite reference: ${sheet} has no value ${name}`);
    return Array.from({ length: years }, (_, i) => s.inputs.get(`${name}#${i}`) as number);
  };
}

/** Sets the linked inputs of `sheet` from the sheets already computed. */
function applyLinks(sheet: SuiteSheet, inputs: Map<string, number | string>, done: ReadonlyMap<string, SheetReference>, years: number): void {
  const read = readerOver(done, years);
  const kinds = itemKinds(sheet.template, "inputs");
  for (const l of sheet.links) {
    const source = done.get(l.from.sheet) as SheetReference;
    if (kinds.get(l.input) === "scalar") {
      // one name (text such as Scenario passes through) or a sum of numbers
      const [first] = l.from.names;
      // (a NaN source is the text n.m., which the linked cell then holds)
      const value = l.from.names.length === 1 && typeof source.inputs.get(first) === "string" ? (source.inputs.get(first) as string) : sum(l.from.names.map((n) => read(l.from.sheet, n) as number));
      inputs.set(l.input, Number.isNaN(value) ? "n.m." : value);
      continue;
    }
    const yearsLinked = l.firstYearOnly ? 1 : years;
    for (let i = 0; i < yearsLinked; i++) inputs.set(`${l.input}#${i}`, sum(l.from.names.map((n) => at(read(l.from.sheet, n), i))));
  }
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const at = (v: number | number[], i: number): number => (Array.isArray(v) ? (v[i] as number) : v);

/**
 * Every sheet of the suite recomputed by src/core.
 * @param sheets  the suite's sheets (the Summary, id `summary`, among them)
 * @param years   timeline length of every sheet with a timeline, 1..100
 * @param edits   input changes per sheet; a linked input's link wins over an edit
 * @param summaryValues computes the Summary's own values from the others (its headlines and checks)
 * @returns per suite id, the inputs held and the named values
 */
export function suiteReference(
  sheets: readonly SuiteSheet[],
  years: number,
  edits: SuiteEdits = {},
  summaryValues?: (read: SuiteReader) => ReferenceValues,
): Map<string, SheetReference> {
  const done = new Map<string, SheetReference>();
  for (const sheet of linkOrder(sheets)) {
    const t = sheet.template;
    const sheetYears = t.defaultYears === undefined ? 0 : years;
    const inputs = defaultInputs({ ...t, defaultYears: sheetYears });
    for (const [k, v] of Object.entries(edits[sheet.id] ?? {})) inputs.set(k, v);
    applyLinks(sheet, inputs, done, years);
    const values = sheet.id === "summary" ? {} : t.reference(readerOf(inputs), sheetYears);
    done.set(sheet.id, { inputs, values });
  }
  const summary = done.get("summary");
  if (summary && summaryValues) summary.values = summaryValues(readerOver(done, years));
  return done;
}
