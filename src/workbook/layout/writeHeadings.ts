/**
 * Writers of the text that frames a model: the title rows at the top, a
 * sub-heading item, and the dark header bar of each section.
 */
import type { HeadingItem, ModelTemplate } from "../../plan/template";
import { COL_LABEL, HEADER_FILL, NOTE_FONT, ROW_DESCRIPTION, ROW_LEGEND, ROW_TITLE } from "./grid";
import type { SectionBar } from "./placeRows";
import { cellRef, type SheetBuilder } from "./sheetBuilder";

/** The legend in row 3; the master check's link sits right of it (writeMasterCheck). */
export const LEGEND = "Blue cells on a light fill are inputs; every other number is a formula. Master check (0 = consistent):";

/** Rows 1-3: the title (bold 14 pt), the description (italic) and the legend (grey italic). */
export function writeTitleRows(b: SheetBuilder, template: ModelTemplate): void {
  b.put(ROW_TITLE, COL_LABEL, { value: template.title.en });
  b.style(cellRef(ROW_TITLE, COL_LABEL), { bold: true, fontSize: 14 });
  b.put(ROW_DESCRIPTION, COL_LABEL, { value: template.description });
  b.style(cellRef(ROW_DESCRIPTION, COL_LABEL), { italic: true });
  b.put(ROW_LEGEND, COL_LABEL, { value: LEGEND });
  b.style(cellRef(ROW_LEGEND, COL_LABEL), { italic: true, fontColor: NOTE_FONT });
}

/** A sub-heading item: bold italic label in column A. */
export function writeHeading(b: SheetBuilder, item: HeadingItem, row: number): void {
  b.put(row, COL_LABEL, { value: item.label });
  b.style(cellRef(row, COL_LABEL), { bold: true, italic: true });
}

/**
 * The header bar of every section: white bold title on dark blue, `cols` wide.
 * The bars' styles go first, so that no later style on their rows is hidden by them
 * (each bar is put in front, so the last section's bar comes first).
 */
export function writeSectionBars(b: SheetBuilder, bars: readonly SectionBar[], cols: number): void {
  for (const s of bars) {
    b.put(s.row, COL_LABEL, { value: s.title });
    b.styles.unshift({ range: { top: s.row, left: COL_LABEL, rows: 1, cols }, style: { bold: true, fontColor: "#FFFFFF", fill: HEADER_FILL } });
  }
}
