/** Rectangle arithmetic for the suite layout: what is left of a range once some cells are cut out. */
import type { RangeRef } from "../plan/plan";

/**
 * `range` without the cells of `cut`, as at most four disjoint rectangles
 * (the bands above and below the overlap, then the parts left and right of it).
 * @returns `[range]` when they do not overlap, `[]` when `cut` covers `range`
 */
export function withoutCells(range: RangeRef, cut: RangeRef): RangeRef[] {
  const top = Math.max(range.top, cut.top);
  const bottom = Math.min(range.top + range.rows, cut.top + cut.rows);
  const left = Math.max(range.left, cut.left);
  const right = Math.min(range.left + range.cols, cut.left + cut.cols);
  if (top >= bottom || left >= right) return [range];
  const out: RangeRef[] = [];
  if (top > range.top) out.push({ top: range.top, left: range.left, rows: top - range.top, cols: range.cols });
  if (bottom < range.top + range.rows) out.push({ top: bottom, left: range.left, rows: range.top + range.rows - bottom, cols: range.cols });
  if (left > range.left) out.push({ top, left: range.left, rows: bottom - top, cols: left - range.left });
  if (right < range.left + range.cols) out.push({ top, left: right, rows: bottom - top, cols: range.left + range.cols - right });
  return out;
}
