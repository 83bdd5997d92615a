/**
 * SheetPlan: everything needed to draw one model on one worksheet, decided once.
 *
 * The layout (src/workbook/layout.ts) turns a model template into a SheetPlan;
 * the Excel writer (Office.js) and the .xlsx writer (ExcelJS) both consume it and
 * decide nothing about the model themselves. A plan is plain data: JSON-serialisable,
 * with no Office.js or ExcelJS types, so it can be tested, diffed and benchmarked alone.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A). Formulas are
 * Excel en-US syntax with A1 references local to the sheet, beginning with "=",
 * exactly as a user would type them (no `_xlfn.` prefixes: the .xlsx writer adds
 * those where the file format needs them).
 */

/** A constant a cell holds. Text never begins with "=" (static checks enforce it). */
export type PlanValue = string | number | boolean;

/** A cell holding a constant, optionally with a number format. */
export interface ValueCell {
  value: PlanValue;
  formula?: never;
  /** Excel number format code, e.g. `#,##0.0,,` or `0.0"x"`; "General" when absent */
  numberFormat?: string;
}

/** A cell holding a formula, optionally with a number format. */
export interface FormulaCell {
  /** formula beginning with "=", en-US syntax, sheet-local A1 references */
  formula: string;
  value?: never;
  /** Excel number format code; "General" when absent */
  numberFormat?: string;
}

/** One cell of a block: a constant XOR a formula. */
export type PlanCell = ValueCell | FormulaCell;

/** 0-based rectangle on the sheet. */
export interface RangeRef {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * A rectangle of cells written in one call. `cells[r][c]` sits at (top + r, left + c);
 * every row has the same length; `null` is an empty cell. Blocks never overlap.
 */
export interface CellBlock {
  top: number;
  left: number;
  cells: (PlanCell | null)[][];
}

/** Colours are `#RRGGBB`. Every property applies to the whole range. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  /** points */
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  borderTop?: "thin" | "medium" | "double";
  borderBottom?: "thin" | "medium" | "double";
  /** indent level (Excel's IndentLevel), 0..15 */
  indent?: number;
}

/** Styles are applied in order; a later range overrides an earlier one where they overlap. */
export interface StyleRange {
  range: RangeRef;
  style: CellStyle;
}

/** What a named range holds, for documentation, static checks and tests. */
export type NameKind = "input" | "calculation" | "output" | "check" | "timeline";

/**
 * A defined name. Excel inserts make it worksheet-scoped (several copies of a model
 * can live in one workbook); exported one-model files carry it at workbook scope.
 */
export interface PlanName {
  /** valid Excel name, e.g. `InvestorStakeAfter` */
  name: string;
  range: RangeRef;
  kind: NameKind;
  /** shown as the name's comment in Excel's Name Manager */
  comment: string;
}

/**
 * Conditional format driven by a formula. `formula` is written relative to the
 * top-left cell of `range` (as Excel's UI does), e.g. `=C40>MaxLeverage`.
 */
export interface ConditionalFormat {
  range: RangeRef;
  formula: string;
  style: Pick<CellStyle, "bold" | "fontColor" | "fill">;
}

/** Bounds of a number: at least one of `min` and `max`, both inclusive. */
export type NumberBounds = { min: number; max?: number } | { min?: undefined; max: number };

/** What every data validation shows: an input message when the cell is selected, an error message on a bad entry. */
interface ValidationMessages {
  range: RangeRef;
  /** title of the input message, <= 32 characters (Excel's limit) */
  title: string;
  /** input message shown while the cell is selected, <= 255 characters */
  prompt: string;
  /** shown when a user types something else (the entry is refused), <= 255 characters */
  errorMessage: string;
}

/** In-cell dropdown list (e.g. the Scenario selector). */
export interface ListValidation extends ValidationMessages {
  kind: "list";
  /** allowed values, each without commas */
  values: string[];
}

/** A whole number or a decimal within bounds (years, counts, rates, shares). */
export type NumberValidation = ValidationMessages & { kind: "whole" | "decimal" } & NumberBounds;

/** Data validation of input cells: a list XOR a bounded number. */
export type DataValidation = ListValidation | NumberValidation;

/** Inclusive 0-based span of rows or columns. */
export interface Span {
  first: number;
  last: number;
}

/**
 * How the sheet prints: landscape, every column on one page width and as many
 * pages tall as needed, the label columns and the year row on every page.
 */
export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** pages wide, >= 1 (1: the sheet's width scaled to one page) */
  fitToWidth: number;
  /** pages tall; 0 = as many as needed */
  fitToHeight: number;
  /**
   * the cells printed: every row, from column A to the last number column (the
   * timeline or the widest table); source notes running further right are for
   * the screen (LibreOffice would otherwise shrink the page to fit them)
   */
  area: RangeRef;
  /** rows repeated at the top of every page (the timeline header), when there are any */
  titleRows?: Span;
  /** columns repeated at the left of every page (labels, units, scalar values) */
  titleColumns?: Span;
}

/** The font of every cell the writers write (without it, LibreOffice renders .xlsx styled cells in a serif default). */
export interface SheetFont {
  name: string;
  /** points */
  size: number;
}

export type ChartType = "line" | "columnClustered" | "barClustered" | "lineMarkers";

export interface ChartSeries {
  /** legend text */
  name: string;
  /** one row or one column of values */
  values: RangeRef;
  /** draw on the secondary value axis (e.g. coverage multiples beside leverage) */
  secondaryAxis?: boolean;
  /** override the chart type for this series (combo charts) */
  type?: ChartType;
}

/** A chart drawn by the Excel writer (ExcelJS cannot write charts; files skip them). */
export interface ChartSpec {
  type: ChartType;
  title: string;
  /** category labels (e.g. the Years row); same length as every series */
  categories: RangeRef;
  series: ChartSeries[];
  /** where the chart sits: the cells it covers */
  anchor: RangeRef;
  valueAxisTitle?: string;
  secondaryValueAxisTitle?: string;
}

/** The height of one row, in points (Excel's default for Calibri 11 is 15). */
export interface RowHeight {
  row: number;
  points: number;
}

/** Everything needed to draw one model on one worksheet. */
export interface SheetPlan {
  /** template id: `dilution` | `leverage` | `capacity` | ... */
  modelId: string;
  /** human title shown in row 1 and in the task pane */
  title: string;
  /** preferred sheet name (<= 31 chars, no []:*?/\); writers make it unique */
  sheetName: string;
  /** extent of the used area */
  rowCount: number;
  colCount: number;
  blocks: CellBlock[];
  styles: StyleRange[];
  names: PlanName[];
  /** width of every column 0..colCount-1, in characters of the default font */
  columnWidths: number[];
  /** rows taller than Excel's default (wrapped labels), in points; every other row keeps the default */
  rowHeights: RowHeight[];
  /** frozen rows at the top and columns at the left */
  freeze: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  validations: DataValidation[];
  charts: ChartSpec[];
  /** page setup for printing */
  print: PrintSetup;
  /** font of every written cell; styles change weight, slant, size and colour only */
  font: SheetFont;
  /** the inputs block: selected after an insert so the analyst starts there */
  inputsRange: RangeRef;
  /** the master check cell: 0 when the model is consistent */
  masterCheck: RangeRef;
}

/** Column letters for a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new RangeError(`column index out of range: ${col}`);
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell; `absolute` gives `$C$5`. */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0 || row > 1048575) throw new RangeError(`row index out of range: ${row}`);
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** A1 address of a range: `B4` for one cell, `B4:H10` otherwise. */
export function rangeAddress(r: RangeRef, absolute = false): string {
  if (r.rows < 1 || r.cols < 1) throw new RangeError(`empty range: ${JSON.stringify(r)}`);
  const first = cellAddress(r.top, r.left, absolute);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cellAddress(r.top + r.rows - 1, r.left + r.cols - 1, absolute)}`;
}
