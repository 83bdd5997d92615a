/**
 * "Insert example" without overwriting anything: the example goes into the
 * active cell only when that cell, and for a spilling example its whole spill
 * area, is empty; otherwise nothing is written and the caller is told where the
 * example would have gone and where it can go instead: the same column, on the
 * first row below the used range of the sheet (which is empty by definition).
 *
 * The formula is written through `Range.formulas`, which takes English syntax
 * (comma separators, decimal point, English names) in every Excel locale; Excel
 * then shows it in the user's own syntax.
 *
 * Office.js calls: `Workbook.getSelectedRange` and `Worksheet.getCell` (ExcelApi
 * 1.1), `Range.getResizedRange` (1.2), `Worksheet.getUsedRangeOrNullObject` (1.4,
 * the set every model insert needs too). One `Excel.run`, two syncs at most.
 */
import type { ExcelRun } from "../workbook/excel";

/** A rectangle of cells on a named sheet; row and col 0-based. */
export interface CellArea {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What happened to the example. */
export type ExampleOutcome =
  | { kind: "written"; at: CellArea }
  /** nothing written: `at` holds data; `fallback` (when the sheet has room) is empty */
  | { kind: "occupied"; at: CellArea; fallback?: CellArea };

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Column letters of a 0-based column: 0 -> A, 27 -> AB. */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "B3" for one cell, "B3:F5" for a block (no sheet name). */
export function areaAddress(a: CellArea): string {
  const first = `${columnLetters(a.col)}${a.row + 1}`;
  if (a.rows === 1 && a.cols === 1) return first;
  return `${first}:${columnLetters(a.col + a.cols - 1)}${a.row + a.rows}`;
}

/**
 * The place below the data: the anchor's column (moved left if the block would
 * pass column XFD), the first row after the used range; none when the sheet has no room left.
 * @param usedEnd 0-based row after the last used row (0 for an empty sheet)
 */
export function fallbackArea(sheet: string, usedEnd: number, col: number, rows: number, cols: number): CellArea | undefined {
  if (usedEnd + rows > MAX_ROWS || cols > MAX_COLS) return undefined;
  return { sheet, row: usedEnd, col: Math.min(col, MAX_COLS - cols), rows, cols };
}

/**
 * Writes `formula` at the active cell, or at `where` (after the user accepted a
 * fallback), when every cell the example fills is empty.
 * @param formula English formula, "=AIF.ID(...)"
 * @param size    the cells the example fills: 1 x 1, or the size of its spill
 * @param where   a cell chosen earlier; by default the top-left cell of the selection
 * @throws whatever Excel throws (the caller reports it)
 */
export async function writeExampleIfEmpty(run: ExcelRun, formula: string, size: { rows: number; cols: number }, where?: { sheet: string; row: number; col: number }): Promise<ExampleOutcome> {
  return run(async (context) => {
    let sheet: Excel.Worksheet;
    let anchor: Excel.Range;
    if (where) {
      sheet = context.workbook.worksheets.getItem(where.sheet);
      anchor = sheet.getCell(where.row, where.col);
    } else {
      const selection = context.workbook.getSelectedRange();
      sheet = selection.worksheet;
      anchor = selection.getCell(0, 0);
    }
    const area = anchor.getResizedRange(size.rows - 1, size.cols - 1);
    const used = sheet.getUsedRangeOrNullObject(true);
    area.load("formulas");
    anchor.load("rowIndex,columnIndex");
    sheet.load("name");
    used.load("rowIndex,rowCount");
    await context.sync();
    const at: CellArea = { sheet: sheet.name, row: anchor.rowIndex, col: anchor.columnIndex, rows: size.rows, cols: size.cols };
    // An empty cell reads "" in `formulas`; a value reads as the value, a formula as its text.
    const empty = area.formulas.every((row) => row.every((f) => f === ""));
    if (empty) {
      anchor.formulas = [[formula]];
      await context.sync();
      return { kind: "written", at };
    }
    const usedEnd = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    return { kind: "occupied", at, fallback: fallbackArea(at.sheet, usedEnd, at.col, size.rows, size.cols) };
  });
}
