/** Cells by row and column -> the rectangles (CellBlocks) the writers write in one call each. */
import type { CellBlock, PlanCell } from "../../plan/plan";

/**
 * Groups rows into rectangles: one block per run of consecutive non-empty rows,
 * from column A to the rightmost cell of the run, `null` where no cell was written.
 * @param cells    row -> column -> cell (0-based)
 * @param rowCount rows to scan, from 0
 */
export function toBlocks(cells: ReadonlyMap<number, ReadonlyMap<number, PlanCell>>, rowCount: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  let r = 0;
  while (r < rowCount) {
    if (!cells.has(r)) {
      r++;
      continue;
    }
    const top = r;
    let right = 0;
    for (let line = cells.get(r); r < rowCount && line !== undefined; line = cells.get(++r)) {
      for (const c of line.keys()) right = Math.max(right, c);
    }
    const rows: (PlanCell | null)[][] = [];
    for (let rr = top; rr < r; rr++) {
      const line = cells.get(rr);
      rows.push(Array.from({ length: right + 1 }, (_, c) => line?.get(c) ?? null));
    }
    blocks.push({ top, left: 0, cells: rows });
  }
  return blocks;
}
