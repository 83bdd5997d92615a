/**
 * The sensitivity grid recomputed by another path, cell by cell, so that a grid
 * cell typed over with a number shows (the grid's centre alone was checked
 * before). For WACC w and growth g of a cell:
 * - the equity value again, from the UFCF recomputed from the inputs, periods
 *   from the year number and MidYear (not the DiscountPeriod row), and the
 *   value-driver terminal value in its expanded form NOPAT (1+g)/(w-g) x (1 - g/RONIC)
 *   with the last NOPAT recomputed from the inputs; the cell's residual is
 *   equity grid - this, rounded to CheckDecimals ($);
 * - the value per share V of the cell against the VALUE_PER_SHARE identity
 *   V x DilutedShares(V) = X + converted principal, with the diluted shares from
 *   the inputs (basic + RSUs + TSM options + converts at V), rounded to CheckDecimals ($).
 * Where the grid must show n.m. (w <= g, or an equity value not above 0) the
 * residual is 1 when the cell holds a number instead.
 */
import { CHECK } from "../formats";
import type { TableItem } from "../../plan/template";
import { columns, EQUITY_ROWS, GRID_COLS, rowLabel, VALUE_ROWS } from "./sensitivity";

/** Equity value at (w, g) by the second path. */
function equityAgain(w: string, g: string): string {
  const one = "{UnitValue}";
  const period = "({YearNumber@all}-{MidYear}*{HalfYear})";
  const lastPeriod = "({YearNumber@last}-{MidYear}*{HalfYear})";
  const explicit = `SUMPRODUCT({UfcfRecomputed@all}/(${one}+${w})^${period})`;
  const tv = `{NopatRecomputed}*(${one}+${g})/(${w}-${g})*(${one}-${g}/{Ronic})`;
  return `${explicit}+${tv}/(${one}+${w})^${lastPeriod}-{DebtAtValuation}+{CashAtValuation}`;
}

/** V x diluted shares at V - (X + converted principal), diluted shares from the inputs. */
function identityResidual(v: string, x: string): string {
  return (
    `${v}*({BasicShares}+{Rsus})+(${v}>{OptionStrike})*{Options}*(${v}-{OptionStrike})+(${v}>{ConversionPrice})*{ConvertPrincipal}/{ConversionPrice}*${v}` +
    `-${x}-(${v}>{ConversionPrice})*{ConvertPrincipal}`
  );
}

/** Residual of the grid cell in WACC row i, growth column c. */
function cellResidual(i: number, c: string): string {
  const [w, g] = [`{SensWacc.${GRID_COLS[i]}}`, `{SensGrowth.${c}}`];
  const [x, v] = [`{${EQUITY_ROWS[i]}.${c}}`, `{${VALUE_ROWS[i]}.${c}}`];
  const equity = `IF(${w}>${g},ROUND(${x}-(${equityAgain(w, g)}),{CheckDecimals}),--ISNUMBER(${x}))`;
  const value = `IF(COUNTIF(${x},">0"),ROUND(${identityResidual(v, x)},{CheckDecimals}),--ISNUMBER(${v}))`;
  return `${equity}+${value}`;
}

/** One residual per grid cell: 0 when both grids hold what the second path gives. */
export const gridCheckTable: TableItem = {
  type: "table",
  key: "GridRecheck",
  label: "Grid cells recomputed (equity, then V x diluted shares)",
  columns: columns(CHECK),
  rows: EQUITY_ROWS.map((_, i) => ({ key: `GridRecheck${GRID_COLS[i]}`, label: rowLabel(i), unit: CHECK.unit, cells: GRID_COLS.map((c) => ({ formula: cellResidual(i, c) })) })),
};
/** Row keys of the residual table. */
export const GRID_RECHECK_ROWS = gridCheckTable.rows.map((r) => r.key);
