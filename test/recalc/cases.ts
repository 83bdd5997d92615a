/**
 * A recalculation case: one model exported to .xlsx with some cells changed in
 * the file itself (inputs set to other values, or calculated cells overwritten
 * with a number), so every engine reads the same bytes.
 *
 * Cell keys: an input key as in `LaidOutModel.inputs` (`Key`, `Table.Row.Col`
 * style `Row.Col`, `Key#i` for year i of a timeline input), or any laid-out key
 * (`LaidOutModel.keys`: named calculations, table cells) for a one-cell range,
 * or `Key#i` for the i-th cell (row by row, 0-based) of a larger range.
 */
import { join } from "node:path";
import type { ModelTemplate } from "../../src/plan/template";
import type { RangeRef } from "../../src/plan/plan";
import { layoutModelDetailed, type LaidOutModel } from "../../src/workbook/layout";
import { planToWorkbook } from "../../src/workbook/xlsx";

/** What to export and which cells to change before recalculating. */
export interface RecalcCase {
  /** shown in test names and failure messages */
  label: string;
  template: ModelTemplate;
  /** timeline length (default: the template's) */
  years?: number;
  /** cell key -> the number or text written in place of the cell's value or formula */
  edits: Record<string, number | string>;
}

/** A case written to disk, with its layout and the full input values the file holds. */
export interface WrittenCase extends RecalcCase {
  laid: LaidOutModel;
  path: string;
  /** every input key -> the value in the file (defaults overridden by `edits`) */
  inputs: Map<string, number | string | boolean>;
}

/** The single cell a key names (see the module comment), or an Error naming the case. */
export function cellOfKey(laid: LaidOutModel, key: string, where: string): { row: number; col: number } {
  const input = laid.inputs.find((i) => i.key === key);
  if (input) return { row: input.range.top, col: input.range.left };
  const m = /^(.*)#(\d+)$/.exec(key);
  const range: RangeRef | undefined = laid.keys.get(m ? m[1] : key);
  if (!range) throw new Error(`${where}: unknown cell key ${key}`);
  const index = m ? Number(m[2]) : 0;
  if (!m && range.rows * range.cols !== 1) throw new Error(`${where}: ${key} covers ${range.rows}x${range.cols} cells; write ${key}#i`);
  if (index >= range.rows * range.cols) throw new Error(`${where}: ${key} has ${range.rows * range.cols} cells, no #${index}`);
  return { row: range.top + Math.floor(index / range.cols), col: range.left + (index % range.cols) };
}

/**
 * Exports a case to `dir`, its edits written into the file.
 * @param c      the case; `edits` keys must resolve (see cellOfKey)
 * @param dir    an existing directory
 * @param index  makes the file name unique within `dir`
 * @throws Error for an unknown key (a mistake in the test, not in the model)
 */
export async function writeCase(c: RecalcCase, dir: string, index: number): Promise<WrittenCase> {
  const laid = layoutModelDetailed(c.template, c.years !== undefined ? { years: c.years } : {});
  const wb = planToWorkbook(laid.plan);
  const ws = wb.getWorksheet(laid.plan.sheetName);
  if (!ws) throw new Error(`${c.label}: the export has no sheet ${laid.plan.sheetName}`);
  const inputs = new Map(laid.inputs.map((i) => [i.key, i.value]));
  for (const [key, value] of Object.entries(c.edits)) {
    const { row, col } = cellOfKey(laid, key, `${c.template.id} "${c.label}"`);
    ws.getCell(row + 1, col + 1).value = value; // replaces a formula too
    if (inputs.has(key)) inputs.set(key, value);
  }
  const path = join(dir, `${String(index).padStart(3, "0")}-${c.label.replace(/\W+/g, "-").slice(0, 60)}.xlsx`);
  await wb.xlsx.writeFile(path);
  return { ...c, laid, path, inputs };
}
