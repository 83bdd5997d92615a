/**
 * Column widths from the text the columns hold, so that no label, unit or header
 * is cut off: a column is as wide as its longest text (up to a cap), never
 * narrower than its default; a text longer than the cap wraps in its cell.
 *
 * Widths are in characters of the default font's digit (Excel's column unit).
 * Text is estimated at 1.05 width units per character plus 2 of padding: Calibri
 * 11's average letter is narrower than its digit (7 px), so the estimate errs wide,
 * and bold text (labels of outputs) still fits.
 */
import type { PlanCell, RangeRef, RowHeight } from "../../plan/plan";
import { COL_LABEL, COL_UNIT, COL_VALUE, ROW_LEGEND, WIDTH_LABEL, WIDTH_OTHER, WIDTH_UNIT, WIDTH_VALUE } from "./grid";

/** Widest a column grows before its long texts wrap: labels, units, other columns. */
export const CAP_LABEL = 60;
export const CAP_UNIT = 16;
export const CAP_OTHER = 18;

/** Estimated width of `text` in column-width units. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * 1.05) + 2;
}

/** Default (minimum) width of column `c`. */
function minWidth(c: number): number {
  return c === COL_LABEL ? WIDTH_LABEL : c === COL_UNIT ? WIDTH_UNIT : c === COL_VALUE ? WIDTH_VALUE : WIDTH_OTHER;
}

function cap(c: number): number {
  return c === COL_LABEL ? CAP_LABEL : c === COL_UNIT ? CAP_UNIT : CAP_OTHER;
}

/** Points per line of Calibri 11 (Excel's default row height). */
export const LINE_POINTS = 15;

/** The widths, the text cells that must wrap because they are longer than the cap, and the rows they make taller. */
export interface FittedColumns {
  widths: number[];
  wrap: RangeRef[];
  /** one per row holding wrapped text: lines = ceil(text width / column width), LINE_POINTS each */
  rowHeights: RowHeight[];
}

/**
 * @param cells    row -> column -> cell
 * @param colCount columns of the used range
 * @param spill    `row,col` of texts allowed to run over the empty cells to their right
 *                 (source notes), which neither widen nor wrap
 */
export function fitColumns(cells: ReadonlyMap<number, ReadonlyMap<number, PlanCell>>, colCount: number, spill: ReadonlySet<string>): FittedColumns {
  const widths = Array.from({ length: colCount }, (_, c) => minWidth(c));
  const texts: { row: number; col: number; width: number }[] = [];
  for (const [row, line] of cells) {
    for (const [col, cell] of line) {
      if (typeof cell.value !== "string" || spill.has(`${row},${col}`)) continue;
      // the title and description run over the empty cells to their right; the
      // legend cannot (C3 holds the master check) and wraps rather than widening column A
      if (row < ROW_LEGEND) continue;
      const width = textWidth(cell.value);
      texts.push({ row, col, width });
      if (row > ROW_LEGEND) widths[col] = Math.max(widths[col], Math.min(width, cap(col)));
    }
  }
  const wrapped = texts.filter((t) => t.width > widths[t.col]);
  const lines = new Map<number, number>();
  for (const t of wrapped) lines.set(t.row, Math.max(lines.get(t.row) ?? 1, Math.ceil((t.width - 2) / (widths[t.col] - 2))));
  return {
    widths,
    wrap: wrapped.map((t) => ({ top: t.row, left: t.col, rows: 1, cols: 1 })),
    rowHeights: [...lines].sort((a, b) => a[0] - b[0]).map(([row, n]) => ({ row, points: n * LINE_POINTS })),
  };
}
