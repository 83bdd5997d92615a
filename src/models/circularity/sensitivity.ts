/**
 * The live 5 x 5 grid of the revenue multiple over Nvidia's content share (rows)
 * and a scale applied to every year's GPU spend (columns), in two tables so that
 * every cell has one unit: the axes (both in %), then the multiples (x). Each
 * axis value is its neighbour towards the centre plus or minus one step; content
 * shares are clipped to [GridShareMin, GridShareMax] and scales floored at
 * GridScaleMin (clipping is monotone, so a clipped neighbour plus a step,
 * clipped again, is the centre plus two steps, clipped). A cell is `n.m.` when Nvidia puts no cash in.
 */
import { MULTIPLE, PERCENT } from "../formats";
import type { TableColumn, TableItem } from "../../plan/template";
import { GRID_COLS, GRID_STEPS, neighbourTowardsCentre, stepText } from "../sensitivityAxes";

export { GRID_COLS, GRID_STEPS };
/** Row keys of the grid, in content-share-step order. */
export const GRID_ROWS = ["SensShareM2", "SensShareM1", "SensShareC0", "SensShareP1", "SensShareP2"] as const;

const columns = (format: TableColumn["format"]): TableColumn[] => GRID_COLS.map((key, j) => ({ key, header: stepText(GRID_STEPS[j]), format }));

/** Axis formula of the content share `steps` from the centre, clipped. */
export function shareAxisFormula(steps: number): string {
  if (steps === 0) return "{NvidiaContentShare}";
  return `MIN(MAX(${neighbourTowardsCentre("SensContentShare", steps)}{ContentShareStep},{GridShareMin}),{GridShareMax})`;
}

/** Axis formula of the GPU spend scale `steps` from the centre, floored at GridScaleMin. */
export function scaleAxisFormula(steps: number): string {
  if (steps === 0) return "{SpendScaleCentre}";
  return `MAX(${neighbourTowardsCentre("SensSpendScale", steps)}{SpendScaleStep},{GridScaleMin})`;
}

/** The axes: content share per grid row, GPU spend scale per grid column. */
export const sensitivityAxes: TableItem = {
  type: "table",
  key: "SensAxis",
  label: "Grid axes",
  columns: columns(PERCENT),
  rows: [
    { key: "SensContentShare", label: "Content share (grid rows)", unit: PERCENT.unit, cells: GRID_STEPS.map((s) => ({ formula: shareAxisFormula(s) })) },
    { key: "SensSpendScale", label: "GPU spend scale (grid columns)", unit: PERCENT.unit, cells: GRID_STEPS.map((s) => ({ formula: scaleAxisFormula(s) })) },
  ],
};

/** The grid: total GPU spend x scale x content share / total cash in. */
export const sensitivityGrid: TableItem = {
  type: "table",
  key: "Sens",
  label: "Revenue multiple: share (rows) x spend scale (columns)",
  columns: columns(MULTIPLE),
  rows: GRID_ROWS.map((rowKey, i) => ({
    key: rowKey,
    label: GRID_STEPS[i] === 0 ? "At the content share" : `Content share ${stepText(GRID_STEPS[i])}`,
    unit: MULTIPLE.unit,
    cells: GRID_COLS.map((c) => ({
      formula: `IF({TotalCashIn},{TotalGpuSpend}*{SensSpendScale.${c}}*{SensContentShare.${GRID_COLS[i]}}/{TotalCashIn},"n.m.")`,
    })),
  })),
  bodyName: { name: "RevenueMultipleSensitivity", kind: "output", comment: "Revenue multiple over 5 content shares (rows) x 5 GPU spend scales (columns)" },
};
