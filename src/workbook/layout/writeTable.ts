/**
 * Writer of a table item: a header row (label in A, column headers from C), then
 * one row per record (label in A, unit in B, one cell per column from C, the note
 * after the last column). Constants in an inputs section are blue inputs.
 */
import type { SectionRole, TableItem, TableRow } from "../../plan/template";
import { COL_LABEL, COL_UNIT, COL_VALUE, INPUT_STYLE } from "./grid";
import { cellRef, nameKind, type SheetBuilder } from "./sheetBuilder";

/**
 * Write `item` with its header on row `row`.
 * @param b    the layout being built
 * @param item the table
 * @param row  0-based row of the header (from placeRows)
 * @param role the section it belongs to
 * @throws Error when a record's cell count differs from the column count (a template mistake)
 */
export function writeTable(b: SheetBuilder, item: TableItem, row: number, role: SectionRole): void {
  const cols = item.columns.length;
  b.put(row, COL_LABEL, { value: item.label });
  item.columns.forEach((c, j) => b.put(row, COL_VALUE + j, { value: c.header }));
  b.style({ top: row, left: COL_LABEL, rows: 1, cols: COL_VALUE + cols }, { bold: true, borderBottom: "thin" });
  // headers and text cells (repayment types, profile names) line up with the numbers below
  b.style({ top: row, left: COL_VALUE, rows: 1 + item.rows.length, cols }, { horizontalAlignment: "Right" });
  item.rows.forEach((rec, i) => writeRecord(b, item, rec, row + 1 + i, role));
  if (item.bodyName) {
    const { name, kind, comment, fromRow = 0, fromCol = 0 } = item.bodyName;
    b.name(name, { top: row + 1 + fromRow, left: COL_VALUE + fromCol, rows: item.rows.length - fromRow, cols: cols - fromCol }, kind, comment);
  }
}

function writeRecord(b: SheetBuilder, item: TableItem, rec: TableRow, row: number, role: SectionRole): void {
  const cols = item.columns.length;
  if (rec.cells.length !== cols) throw new Error(`${b.keys.modelId}: table row ${rec.key} has ${rec.cells.length} cells for ${cols} columns`);
  b.put(row, COL_LABEL, { value: rec.label });
  const unit = rec.format?.unit ?? rec.unit;
  if (unit !== undefined) b.put(row, COL_UNIT, { value: unit });
  let anyInput = false;
  rec.cells.forEach((cell, j) => {
    const numberFormat = (rec.format ?? item.columns[j].format).code;
    const where = `${rec.key}.${item.columns[j].key}`;
    if (typeof cell === "object") {
      b.put(row, COL_VALUE + j, { formula: b.formula(cell.formula, undefined, where), numberFormat });
      return;
    }
    anyInput = true;
    b.put(row, COL_VALUE + j, { value: cell, numberFormat });
    if (role === "inputs") {
      b.style(cellRef(row, COL_VALUE + j), INPUT_STYLE);
      b.inputs.push({ key: where, range: cellRef(row, COL_VALUE + j), value: cell });
    }
  });
  if (role === "inputs" && (anyInput || rec.note !== undefined)) b.note(row, COL_VALUE + cols, rec.note, rec.estimate);
  if (rec.name) b.name(rec.key, { top: row, left: COL_VALUE, rows: 1, cols }, nameKind(role), rec.label);
}
