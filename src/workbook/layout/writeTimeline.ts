/**
 * Writer of a timeline item: label in A, unit in B, one cell per year from D. An
 * input row holds values (the last repeated on a longer timeline), blue, with its
 * note after the last year; a calculation row holds one formula copied across
 * (the first column may have its own) and is recorded for the consistency check.
 */
import type { SectionRole, TimelineCalculation, TimelineInput, TimelineItem } from "../../plan/template";
import { COL_LABEL, COL_TIMELINE, COL_UNIT, INPUT_STYLE, TIMELINE_FILL } from "./grid";
import { cellRef, nameKind, type SheetBuilder } from "./sheetBuilder";
import { numberValidation } from "./validations";

/**
 * Write `item` on row `row`.
 * @param b    the layout being built (its key map knows the timeline length)
 * @param item the timeline row
 * @param row  its 0-based row (from placeRows)
 * @param role the section it belongs to; the timeline section's rows are header rows
 * @throws Error when an input row has no values (a template mistake)
 */
export function writeTimeline(b: SheetBuilder, item: TimelineItem, row: number, role: SectionRole): void {
  const years = b.keys.years;
  const range = b.keys.timelineRange(row);
  b.put(row, COL_LABEL, { value: item.label });
  b.put(row, COL_UNIT, { value: item.format.unit });
  if (item.values !== undefined) writeValues(b, item, row);
  else writeFormulas(b, item, row, role);
  if (role === "timeline") {
    b.style({ top: row, left: COL_LABEL, rows: 1, cols: COL_TIMELINE + years }, { bold: true, fill: TIMELINE_FILL, borderBottom: "thin" });
  }
  if (role === "outputs" || item.bold) b.style({ top: row, left: COL_LABEL, rows: 1, cols: COL_TIMELINE + years }, { bold: true });
  if (item.name) b.name(item.key, range, nameKind(role), `${item.label} (${item.format.unit})`);
  b.align(range, item.format);
  b.conditional(range, item.conditionalFormats, COL_TIMELINE, item.key);
}

function writeValues(b: SheetBuilder, item: TimelineInput, row: number): void {
  const years = b.keys.years;
  if (item.values.length === 0) throw new Error(`${b.keys.modelId}: ${item.key} has no values`);
  for (let i = 0; i < years; i++) {
    const value = item.values[Math.min(i, item.values.length - 1)];
    b.put(row, COL_TIMELINE + i, { value, numberFormat: item.format.code });
    b.inputs.push({ key: `${item.key}#${i}`, range: cellRef(row, COL_TIMELINE + i), value });
  }
  b.style(b.keys.timelineRange(row), INPUT_STYLE);
  if (item.bounds) b.validations.push(numberValidation(b.keys.timelineRange(row), item.label, item.format, item.bounds));
  b.note(row, COL_TIMELINE + years, item.note, item.estimate);
}

function writeFormulas(b: SheetBuilder, item: TimelineCalculation, row: number, role: SectionRole): void {
  const years = b.keys.years;
  for (let i = 0; i < years; i++) {
    const col = COL_TIMELINE + i;
    const f = i === 0 && item.first !== undefined ? item.first : item.formula;
    b.put(row, col, { formula: b.formula(f, col, `${item.key} year ${i + 1}`), numberFormat: item.format.code });
  }
  b.timelineRows.push({ key: item.key, row, left: COL_TIMELINE, cols: years, firstDiffers: item.first !== undefined });
  if (role === "inputs") b.note(row, COL_TIMELINE + years, item.note, item.estimate);
}
