/**
 * How a model sheet prints: landscape, every column on one page width (Excel
 * scales the sheet down) and as many pages tall as needed; the labels, units and
 * scalar values (columns A:C) and the timeline's header rows repeat on every
 * page, so a printed number always has its label and its year.
 */
import type { PrintSetup } from "../../plan/plan";
import { COL_LABEL, COL_VALUE, ROW_FIRST_SECTION } from "./grid";

/**
 * @param rowCount   rows of the used range
 * @param colCount   columns printed: through the last number column (the section bars' width)
 * @param freezeRows rows frozen at the top: through the timeline section, whose
 *                   rows (from row 5) are the print titles; 3 or fewer when the
 *                   model has no timeline (no title rows then)
 */
export function printSetup(rowCount: number, colCount: number, freezeRows: number): PrintSetup {
  return {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    area: { top: 0, left: 0, rows: rowCount, cols: colCount },
    ...(freezeRows > ROW_FIRST_SECTION ? { titleRows: { first: ROW_FIRST_SECTION, last: freezeRows - 1 } } : {}),
    titleColumns: { first: COL_LABEL, last: COL_VALUE },
  };
}
