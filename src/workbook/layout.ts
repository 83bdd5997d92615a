/**
 * Template -> SheetPlan: the one place where a model's cells get addresses.
 *
 * Pure: no Office.js, no ExcelJS, no I/O. The sheet follows the FAST habits
 * (layout/grid.ts): column A labels, B units, C the value of a scalar (or the
 * first column of a table), D onwards the yearly timeline; sections top to bottom
 * (timeline header, inputs, calculations, outputs, checks), each with a header bar.
 *
 * Two passes: layout/placeRows.ts gives every item its rows and every key its
 * cells; then one writer per item kind (layout/write*.ts) writes cells, styles,
 * names and rules into a SheetBuilder, resolving `{Key}` references
 * (layout/resolveReferences.ts); the master check, section bars, blocks and
 * charts finish the plan; column widths fit the labels (layout/columnWidths.ts)
 * and the sheet prints landscape, one page wide (layout/printSetup.ts).
 */
import type { RangeRef, SheetPlan } from "../plan/plan";
import type { ModelTemplate } from "../plan/template";
import { fitColumns } from "./layout/columnWidths";
import { COL_LABEL, COL_TIMELINE, COL_VALUE, ROW_FIRST_SECTION, SHEET_FONT } from "./layout/grid";
import { planCharts } from "./layout/planCharts";
import { placeRows, type PlacedItem, type SectionBar } from "./layout/placeRows";
import { printSetup } from "./layout/printSetup";
import { type InputCell, SheetBuilder, type TimelineRow, cellRef } from "./layout/sheetBuilder";
import { toBlocks } from "./layout/toBlocks";
import { writeHeading, writeSectionBars, writeTitleRows } from "./layout/writeHeadings";
import { writeMasterCheck } from "./layout/writeMasterCheck";
import { writeScalar } from "./layout/writeScalar";
import { writeTable } from "./layout/writeTable";
import { writeTimeline } from "./layout/writeTimeline";

export { COL_LABEL, COL_TIMELINE, COL_UNIT, COL_VALUE, INPUT_FILL, INPUT_FONT } from "./layout/grid";
export type { InputCell, TimelineRow } from "./layout/sheetBuilder";

export interface LayoutOptions {
  /** timeline length in years (default: the template's `defaultYears`), 1..100 */
  years?: number;
}

/** The plan plus what tests and tools need to find cells by key. */
export interface LaidOutModel {
  plan: SheetPlan;
  years: number;
  /** every key (items, table cells `Row.Col`, table columns `Table.Col`) -> its cells */
  keys: Map<string, RangeRef>;
  inputs: InputCell[];
  timelineRows: TimelineRow[];
}

/**
 * Lays a model template out on a sheet.
 * @param template a model from src/models
 * @param options  `years`: timeline length, a whole number 1..100 (default the template's)
 * @returns the SheetPlan both writers consume
 * @throws Error when the template refers to an unknown key or misuses a reference
 *         (a programmer error in the template, caught by the static-check tests)
 */
export function layoutModel(template: ModelTemplate, options: LayoutOptions = {}): SheetPlan {
  return layoutModelDetailed(template, options).plan;
}

/**
 * Like layoutModel, and also returns where every key landed and the input cells.
 * @param template a model from src/models
 * @param options  see LayoutOptions
 * @throws RangeError when `years` is not a whole number 1..100
 */
export function layoutModelDetailed(template: ModelTemplate, options: LayoutOptions = {}): LaidOutModel {
  const years = timelineYears(template, options);
  const { placed, bars, freezeRows, keys } = placeRows(template, years);
  const b = new SheetBuilder(keys);
  writeTitleRows(b, template);
  for (const { item, row, role } of placed) {
    if (item.type === "heading") writeHeading(b, item, row);
    else if (item.type === "scalar") writeScalar(b, item, row, role);
    else if (item.type === "timeline") writeTimeline(b, item, row, role);
    else writeTable(b, item, row, role);
  }
  const masterCheck = writeMasterCheck(b, template);

  let maxCol = Math.max(COL_VALUE, years > 0 ? keys.lastTimelineCol : COL_VALUE);
  let maxRow = 0;
  for (const [r, line] of b.cells) {
    maxRow = Math.max(maxRow, r);
    for (const c of line.keys()) maxCol = Math.max(maxCol, c);
  }
  const colCount = maxCol + 1;
  const rowCount = maxRow + 1;
  const printedCols = barWidth(placed, years);
  writeSectionBars(b, bars, printedCols);
  const fitted = fitColumns(b.cells, colCount, b.notes);
  for (const range of fitted.wrap) b.style(range, { wrap: true });

  const plan: SheetPlan = {
    modelId: template.id,
    title: template.title.en,
    sheetName: template.sheetName,
    rowCount,
    colCount,
    blocks: toBlocks(b.cells, rowCount),
    styles: b.styles,
    names: b.names,
    columnWidths: fitted.widths,
    rowHeights: fitted.rowHeights,
    freeze: { rows: freezeRows, cols: COL_VALUE + 1 },
    conditionalFormats: b.conditionalFormats,
    validations: b.validations,
    charts: planCharts(template.charts, keys, rowCount),
    inputsRange: inputsRange(b, bars),
    masterCheck,
    print: printSetup(rowCount, Math.min(printedCols, colCount), freezeRows),
    font: { ...SHEET_FONT },
  };
  return { plan, years, keys: keys.ranges, inputs: b.inputs, timelineRows: b.timelineRows };
}

/** The timeline length to lay out: 0 for a model without a timeline. */
function timelineYears(template: ModelTemplate, options: LayoutOptions): number {
  if (template.defaultYears === undefined) return 0;
  const years = options.years ?? template.defaultYears;
  if (!Number.isInteger(years) || years < 1 || years > 100) throw new RangeError(`years must be a whole number 1..100, got ${years}`);
  return years;
}

/** Section bars span the timeline, or the widest table of a model without one. */
function barWidth(placed: readonly PlacedItem[], years: number): number {
  const widestTable = Math.max(0, ...placed.map(({ item }) => (item.type === "table" ? COL_VALUE + item.columns.length : 0)));
  return Math.max(COL_TIMELINE + years, COL_VALUE + 1, widestTable);
}

/** The inputs sections, from column A to their rightmost cell; C5 when the model has none. */
function inputsRange(b: SheetBuilder, bars: readonly SectionBar[]): RangeRef {
  const inputs = bars.filter((s) => s.role === "inputs");
  if (inputs.length === 0) return cellRef(ROW_FIRST_SECTION, COL_VALUE);
  const top = inputs[0].row;
  const bottom = inputs[inputs.length - 1].end;
  let right = COL_VALUE;
  for (let r = top; r <= bottom; r++) for (const c of b.cells.get(r)?.keys() ?? []) right = Math.max(right, c);
  return { top, left: COL_LABEL, rows: bottom - top + 1, cols: right + 1 };
}
