/**
 * Writer of a scalar item: label in A, unit in B, the value or formula in C, the
 * source note in D. An input is blue and becomes an InputCell; a list input gets
 * a dropdown, a bounded one a number validation.
 */
import type { SectionRole, ScalarItem } from "../../plan/template";
import { COL_LABEL, COL_UNIT, COL_VALUE, INPUT_STYLE } from "./grid";
import { cellRef, nameKind, type SheetBuilder } from "./sheetBuilder";
import { listValidation, numberValidation } from "./validations";

/**
 * Write `item` on row `row`.
 * @param b    the layout being built
 * @param item the scalar
 * @param row  its 0-based row (from placeRows)
 * @param role the section it belongs to
 */
export function writeScalar(b: SheetBuilder, item: ScalarItem, row: number, role: SectionRole): void {
  const range = cellRef(row, COL_VALUE);
  const numberFormat = item.format.code;
  b.put(row, COL_LABEL, { value: item.label });
  b.put(row, COL_UNIT, { value: item.format.unit });
  if (item.formula !== undefined) {
    b.put(row, COL_VALUE, { formula: b.formula(item.formula, undefined, item.key), numberFormat });
  } else {
    b.put(row, COL_VALUE, { value: item.value, numberFormat });
    b.style(range, INPUT_STYLE);
    b.inputs.push({ key: item.key, range, value: item.value });
  }
  if (role === "inputs" || item.note !== undefined) b.note(row, COL_VALUE + 1, item.note, item.estimate);
  if (role === "outputs" || item.bold) b.style({ top: row, left: COL_LABEL, rows: 1, cols: 3 }, { bold: true });
  if (item.name) b.name(item.key, range, nameKind(role), `${item.label} (${item.format.unit})`);
  if (item.list) {
    b.validations.push(listValidation(range, item.label, item.list.values, item.list.errorMessage));
    b.style(range, { horizontalAlignment: "Right" });
  }
  if (item.bounds) b.validations.push(numberValidation(range, item.label, item.format, item.bounds));
  b.align(range, item.format);
  b.conditional(range, item.conditionalFormats, undefined, item.key);
}
