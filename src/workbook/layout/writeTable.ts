/**
 * Writer of a table item: a header row (label in A, column headers from C), then
 * one row per record (label in A, unit in B, one cell per column from C, the note
 * after the last column). Constants in an inputs section are blue inputs, validated
 * by the record's or the column's bounds (or the column's list). With
 * `unitsInHeader`, each header carries its column's unit instead of column B.
 */
import type { SectionRole, TableItem, TableRow } from "../../plan/template";
import { COL_LABEL, COL_UNIT, COL_VALUE, INPUT_STYLE } from "./grid";
import { cellRef, nameKind, type SheetBuilder } from "./sheetBuilder";
import { listValidation, numberValidation } from "./validations";

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
  item.columns.forEach((c, j) => b.put(row, COL_VALUE + j, { value: item.unitsInHeader ? `${c.header} (${c.format.unit})` : c.header }));
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
  if (item.unitsInHeader && (rec.unit !== undefined || rec.format !== undefined)) {
    throw new Error(`${b.keys.modelId}: table ${item.key} shows its units in the header; row ${rec.key} cannot have its own unit or format`);
  }
  b.put(row, COL_LABEL, { value: rec.label });
  const unit = rec.format?.unit ?? rec.unit;
  if (unit !== undefined) b.put(row, COL_UNIT, { value: unit });
  let anyInput = false;
  rec.cells.forEach((cell, j) => {
    const column = item.columns[j];
    const format = rec.format ?? column.format;
    const where = `${rec.key}.${column.key}`;
    const range = cellRef(row, COL_VALUE + j);
    b.align(range, format);
    if (typeof cell === "object") {
      b.put(row, COL_VALUE + j, { formula: b.formula(cell.formula, undefined, where), numberFormat: format.code });
      return;
    }
    anyInput = true;
    b.put(row, COL_VALUE + j, { value: cell, numberFormat: format.code });
    if (role !== "inputs") return;
    b.style(range, INPUT_STYLE);
    b.inputs.push({ key: where, range, value: cell });
    const bounds = rec.bounds ?? column.bounds;
    const label = `${rec.label}, ${column.header}`;
    if (column.list) b.validations.push(listValidation(range, label, column.list));
    else if (bounds) b.validations.push(numberValidation(range, label, format, bounds));
  });
  if (role === "inputs" && (anyInput || rec.note !== undefined)) b.note(row, COL_VALUE + cols, rec.note, rec.estimate);
  if (rec.name) b.name(rec.key, { top: row, left: COL_VALUE, rows: 1, cols }, nameKind(role), rec.label);
}
