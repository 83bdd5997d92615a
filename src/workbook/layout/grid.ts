/**
 * Where things sit on a model sheet, FAST style: column A labels, B units, C the
 * value of a scalar (or the first column of a table), D onwards the yearly timeline.
 * Also the FAST colours: inputs blue on a light fill, section bars dark blue.
 */
import type { CellStyle, SheetFont } from "../../plan/plan";

/** Column of labels, units, scalar values; first timeline column (0-based). */
export const COL_LABEL = 0;
export const COL_UNIT = 1;
export const COL_VALUE = 2;
export const COL_TIMELINE = 3;

/** Rows 1-3 hold the title, the description and the legend with the master-check link. */
export const ROW_TITLE = 0;
export const ROW_DESCRIPTION = 1;
export const ROW_LEGEND = 2;
/** First row of the first section (row 5: one blank row under the legend). */
export const ROW_FIRST_SECTION = 4;

/** Input font and fill (FAST: inputs blue on a light fill). */
export const INPUT_FONT = "#0000FF";
export const INPUT_FILL = "#FFF2CC";
export const HEADER_FILL = "#1F3864";
export const TIMELINE_FILL = "#D9E1F2";
export const NOTE_FONT = "#595959";
/** Excel's "light red fill with dark red text": a master check that is not 0. */
export const ALERT_FILL = "#FFC7CE";
export const ALERT_FONT = "#9C0006";

/** The style of every input cell. */
export const INPUT_STYLE: Readonly<CellStyle> = { fontColor: INPUT_FONT, fill: INPUT_FILL };

/**
 * The font of every cell. Calibri 11 is Excel's default, so an insert looks like
 * the rest of the workbook; an exported file names it explicitly because
 * LibreOffice otherwise renders styled cells in a serif default.
 */
export const SHEET_FONT: Readonly<SheetFont> = { name: "Calibri", size: 11 };

/** Minimum width in characters: labels, units, the scalar column, timeline and other columns. */
export const WIDTH_LABEL = 46;
export const WIDTH_UNIT = 11;
export const WIDTH_VALUE = 15;
export const WIDTH_OTHER = 13;
