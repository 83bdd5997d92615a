/**
 * The live 5 x 5 sensitivity of the value per share to the WACC (rows: centre
 * +/- 1 and 2 steps) and the terminal growth (columns: centre +/- 1 and 2 steps),
 * in native formulas: each cell recomputes the enterprise value from the UFCF row
 * with discount factors computed inline at that WACC (SUMPRODUCT), the value-driver
 * terminal value at that WACC and growth, then the equity value and the value per
 * share. Three tables so that every cell has one unit: the axes, the equity value
 * grid ($) and the value per share grid ($/share).
 *
 * Value per share of an equity value X without the regime table: by the
 * monotonicity of h(P) = S P + O max(0, P - K) + (L/C) max(0, P - C) (the
 * VALUE_PER_SHARE proof, src/core/valuePerShare.ts), the solution exceeds the
 * strike K iff X > h(K) (`OptionThreshold`) and the conversion price C iff
 * X > h(C) (`ConvertThreshold`); the regime those two tests pick is the
 * self-consistent one. A cell is n.m. where WACC <= growth or X <= 0.
 */
import { PERCENT2, USD_M, USD_PER_SHARE } from "../formats";
import type { Format, TableColumn, TableItem } from "../../plan/template";
import { GRID_COLS, GRID_STEPS, axisFormula, stepText } from "../sensitivityAxes";
import { ifMeaningful } from "../checkFormulas";

export { GRID_COLS, GRID_STEPS };
/** Row keys of the equity value grid and of the value per share grid, in WACC-step order. */
export const EQUITY_ROWS = GRID_COLS.map((c) => `SensEq${c}`);
export const VALUE_ROWS = GRID_COLS.map((c) => `SensVal${c}`);

/** The grid's growth columns in `format`, headed by their step. */
export const columns = (format: Format): TableColumn[] => GRID_COLS.map((key, j) => ({ key, header: `Growth ${stepText(GRID_STEPS[j]).toLowerCase()}`, format }));

/** The axes: WACC of each grid row, terminal growth of each grid column. */
export const sensitivityAxes: TableItem = {
  type: "table",
  key: "SensAxis",
  label: "Sensitivity axes (step from the centre)",
  columns: GRID_COLS.map((key, j) => ({ key, header: stepText(GRID_STEPS[j]), format: PERCENT2 })),
  rows: [
    { key: "SensWacc", label: "WACC (grid rows)", format: PERCENT2, cells: GRID_STEPS.map((s) => ({ formula: axisFormula("SensWacc", s, "WACC", "WaccStep") })) },
    { key: "SensGrowth", label: "Terminal growth (grid columns)", format: PERCENT2, cells: GRID_STEPS.map((s) => ({ formula: axisFormula("SensGrowth", s, "TerminalGrowth", "GrowthStep") })) },
  ],
};

/**
 * Equity value at WACC w and growth g: sum of UFCF / (1 + w)^period, plus the
 * value-driver terminal value discounted with the last period, less net debt.
 */
export function equityAt(w: string, g: string): string {
  const one = "{UnitValue}";
  const explicit = `SUMPRODUCT({UFCF@all}/(${one}+${w})^{DiscountPeriod@all})`;
  const terminal = `{NOPAT@last}*(${one}+${g})*({Ronic}-${g})/({Ronic}*(${w}-${g}))/(${one}+${w})^{DiscountPeriod@last}`;
  return ifMeaningful(`${w}>${g}`, `${explicit}+${terminal}-{NetDebt}`);
}

/** Value per share of the equity value in cell `x`, regime picked by the thresholds. */
export function valueOf(x: string): string {
  const opt = `(${x}>{OptionThreshold})`;
  const conv = `(${x}>{ConvertThreshold})`;
  return ifMeaningful(`COUNTIF(${x},">0")`, `(${x}+${opt}*{Options}*{OptionStrike}+${conv}*{ConvertPrincipal})/({SharesBeforeDilution}+${opt}*{Options}+${conv}*{ConvertShares})`);
}

/** Label of the grid's WACC row i. */
export const rowLabel = (i: number): string => (GRID_STEPS[i] === 0 ? "At the WACC" : `WACC ${stepText(GRID_STEPS[i])}`);

/** Equity value at each WACC (row) and terminal growth (column). */
export const equityGrid: TableItem = {
  type: "table",
  key: "SensEquity",
  label: "Equity value: WACC (rows) x growth (columns)",
  columns: columns(USD_M),
  rows: EQUITY_ROWS.map((key, i) => ({
    key,
    label: rowLabel(i),
    unit: USD_M.unit,
    cells: GRID_COLS.map((c) => ({ formula: equityAt(`{SensWacc.${GRID_COLS[i]}}`, `{SensGrowth.${c}}`) })),
  })),
  bodyName: { name: "EquitySensitivity", kind: "calculation", comment: "Equity value over 5 WACCs (rows) x 5 terminal growths (columns) ($ m)" },
};

/** Value per share at each WACC (row) and terminal growth (column). */
export const valueGrid: TableItem = {
  type: "table",
  key: "SensValue",
  label: "Value per share: WACC (rows) x growth (columns)",
  columns: columns(USD_PER_SHARE),
  rows: VALUE_ROWS.map((key, i) => ({
    key,
    label: rowLabel(i),
    unit: USD_PER_SHARE.unit,
    cells: GRID_COLS.map((c) => ({ formula: valueOf(`{${EQUITY_ROWS[i]}.${c}}`) })),
  })),
  bodyName: { name: "ValueSensitivity", kind: "output", comment: "Value per share over 5 WACCs (rows) x 5 terminal growths (columns) ($/share)" },
};
