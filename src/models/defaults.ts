/**
 * The default inputs of a template, read straight from its data (no layout):
 * what the model computes before the analyst changes anything. Used for the
 * task pane headlines and as the first input set of the recalculation tests.
 */
import type { InputReader, ModelTemplate, ReferenceValues } from "../plan/template";

/**
 * Every constant input of a template by key: `Key` (scalar), `Row.Col` (table
 * cell), `Key#i` (year i, 0-based, of a timeline input row; a longer timeline
 * repeats the last value, as the layout does).
 * @param template a model template
 * @returns a map from key to default value
 */
export function defaultInputs(template: ModelTemplate): Map<string, number | string> {
  const out = new Map<string, number | string>();
  const years = template.defaultYears ?? 0;
  for (const section of template.sections) {
    if (section.role !== "inputs") continue;
    for (const item of section.items) {
      if (item.type === "scalar" && item.value !== undefined) out.set(item.key, asInput(item.value));
      if (item.type === "timeline" && item.values) {
        for (let i = 0; i < years; i++) out.set(`${item.key}#${i}`, item.values[Math.min(i, item.values.length - 1)]);
      }
      if (item.type === "table") {
        for (const row of item.rows) {
          row.cells.forEach((cell, j) => {
            if (typeof cell !== "object") out.set(`${row.key}.${item.columns[j].key}`, asInput(cell));
          });
        }
      }
    }
  }
  return out;
}

function asInput(v: string | number | boolean): number | string {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

/**
 * An InputReader over a map of inputs.
 * @throws Error for a key the map lacks (a template/reference mismatch)
 */
export function readerOf(values: Map<string, number | string>): InputReader {
  return (key) => {
    const v = values.get(key);
    if (v === undefined) throw new Error(`no input ${key}`);
    return v;
  };
}

/** A number input; throws for text (a programmer error in a reference). */
export function num(input: InputReader, key: string): number {
  const v = input(key);
  if (typeof v !== "number") throw new Error(`input ${key} is not a number: ${String(v)}`);
  return v;
}

/** A text input. */
export function text(input: InputReader, key: string): string {
  return String(input(key));
}

/**
 * The model computed by src/core at its default inputs over its default timeline
 * (what the task pane headlines show and the recalculation tests start from).
 * @param template a model template
 * @returns every named value, as `template.reference` gives it
 */
export function referenceAtDefaults(template: ModelTemplate): ReferenceValues {
  return template.reference(readerOf(defaultInputs(template)), template.defaultYears ?? 0);
}

/**
 * Per-year rows of a template's reference at its default inputs, by name: how one
 * model takes another's computed rows as its default inputs (leverage and
 * valuation take capacity's).
 * @param template the model whose rows are read
 * @param names the rows wanted
 * @returns each name's row, one number per year of the template's default timeline
 * @throws Error when the reference computes no row of one of the names (a broken link between models)
 */
export function referenceRowsAtDefaults<K extends string>(template: ModelTemplate, names: readonly K[]): Record<K, number[]> {
  const values = referenceAtDefaults(template);
  const rows = {} as Record<K, number[]>;
  for (const name of names) {
    const row = values[name];
    if (!Array.isArray(row)) throw new Error(`${template.id} computes no row ${name}`);
    rows[name] = row;
  }
  return rows;
}
