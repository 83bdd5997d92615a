/**
 * The Excel writer: applies a SheetPlan to the open workbook through Office.js.
 *
 * One `Excel.run`, two `context.sync()` calls on success (read the sheet names,
 * then write everything in one batch), never a sync inside a loop: the number of
 * round trips does not grow with the timeline. On any failure the half-written
 * sheet is deleted (in the same context when it still works, else in a fresh
 * `Excel.run`) and an `InsertError` carrying Excel's own message is thrown.
 *
 * Nothing here reads an Office global: `Excel.run` and the requirement-set check
 * come in as arguments, so tests pass a recording fake and the task pane passes
 * the real host. Enum values are written as their string forms ("Line",
 * "Continuous") for the same reason.
 */
import { type CellStyle, type ChartSpec, type ChartType, type PlanCell, type RangeRef, type SheetPlan, columnLetter, rangeAddress } from "../plan/plan";
import { type OptionalFeature, type RequirementCheck, type SkippedFeature, checkPlanSupport } from "./excelRequirements";
import { uniqueSheetName } from "./excelSheetName";

/** `Excel.run` restricted to the one overload the writer uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface InsertOptions {
  /** `(batch) => Excel.run(batch)` in the task pane; a fake in tests */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported` (bound) in the task pane */
  isSetSupported: RequirementCheck;
  /** milliseconds clock for `elapsedMs`; defaults to `performance.now` */
  now?: () => number;
}

/** What an insert wrote. */
export interface InsertResult {
  /** the sheet actually created, e.g. `Dilution (2)` */
  sheetName: string;
  /** non-empty cells written (constants and formulas) */
  cells: number;
  /** cells holding a formula */
  formulas: number;
  /** sheet-scoped names defined */
  names: number;
  charts: number;
  conditionalFormats: number;
  validations: number;
  /** `context.sync()` round trips made by the writer, cleanup excluded */
  syncs: number;
  /** features the plan uses that this host cannot draw, left out */
  skipped: SkippedFeature[];
  /** wall-clock time of the whole insert, milliseconds */
  elapsedMs: number;
}

/** Where an insert failed. */
export type InsertStage = "requirements" | "read-workbook" | "write";

/**
 * An insert that did not complete. `message` is in plain English and includes
 * Excel's own message; the fields let the task pane say the same in French.
 */
export class InsertError extends Error {
  override readonly name = "InsertError";
  constructor(
    message: string,
    readonly stage: InsertStage,
    /** the model's title */
    readonly modelTitle: string,
    /** Excel's message (or the missing requirement set for stage "requirements") */
    readonly excelMessage: string,
    /** Excel's error code, e.g. `InvalidArgument`, when it gave one */
    readonly excelCode: string | undefined,
    /** the sheet the writer had started, if any */
    readonly sheetName: string | undefined,
    /** true: no trace of the insert is left; false: the half-written sheet could not be deleted */
    readonly cleanedUp: boolean,
  ) {
    super(message);
  }
}

/**
 * Column width for Office.js, which takes points, from a plan width in characters.
 *
 * Excel measures a column in characters of the default font's widest digit and
 * adds 5 px of padding: pixels = round(chars x 7) + 5 for Calibri 11 at 96 dpi,
 * where a digit is 7 px wide (ECMA-376 Part 1, 18.3.1.13 `col/@width`). One pixel
 * at 96 dpi is 0.75 pt. So a plan width of 10 characters becomes 75 px = 56.25 pt,
 * which Excel shows as "10.00 (75 pixels)".
 * @param chars width in characters, >= 0 (0 hides the column)
 * @returns width in points, >= 0
 */
export function columnWidthPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return (Math.round(chars * 7) + 5) * 0.75;
}

/**
 * What to put in `Range.formulas` for one plan cell. Excel parses whatever is
 * written there as if typed, so text that looks like a number, date, boolean or
 * formula ("2030", "1/2", "TRUE", "-", "May 2025") would change type; a leading
 * apostrophe keeps it text (the apostrophe is not part of the value).
 * @returns a formula string, a number, a boolean, or text; "" for an empty cell
 */
export function cellInput(cell: PlanCell | null): string | number | boolean {
  if (cell === null) return "";
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v !== "string") return v;
  return needsTextPrefix(v) ? `'${v}` : v;
}

const PARSED_AS_NON_TEXT = /^[\s\d.,+\-=@'#($€£¥%]/;
const BOOLEAN_OR_ERROR = /^\s*(true|false)\s*$/i;
const MONTH_DATE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]*\d/i;

function needsTextPrefix(s: string): boolean {
  return PARSED_AS_NON_TEXT.test(s) || BOOLEAN_OR_ERROR.test(s) || MONTH_DATE.test(s);
}

const CHART_TYPE: Readonly<Record<ChartType, "Line" | "ColumnClustered" | "BarClustered" | "LineMarkers">> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  lineMarkers: "LineMarkers",
};

/**
 * Insert `plan` as a new worksheet of the open workbook.
 *
 * Steps (3 syncs at most whatever the plan's size): sync 1 reads the existing
 * sheet names to choose a unique name; sync 2 writes the sheet, every block as
 * one rectangle of formulas and one of number formats, the styles, names, column
 * widths, freeze panes, validations, conditional formats and charts, then
 * activates the sheet and selects the inputs block.
 * @param plan    the sheet to draw (from `layoutModel`)
 * @param options the host: `run` (Excel.run) and `isSetSupported`
 * @returns counts of what was written and the elapsed milliseconds
 * @throws InsertError when the host lacks ExcelApi 1.4 or Excel reports any error;
 *         by then the half-written sheet has been deleted (see `cleanedUp`)
 */
export async function insertPlan(plan: SheetPlan, options: InsertOptions): Promise<InsertResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const support = checkPlanSupport(plan, options.isSetSupported);
  if (!support.canInsert) {
    const need = support.missingRequired;
    throw new InsertError(
      `Could not insert "${plan.title}": this version of Excel does not support ${need} (sheet-scoped names), which name the model's inputs and outputs for other sheets and copies. Update Excel or use Excel on the web.`,
      "requirements",
      plan.title,
      need,
      undefined,
      undefined,
      true,
    );
  }

  let sheetName: string | undefined;
  let stage: InsertStage = "read-workbook";
  let syncs = 0;
  try {
    await options.run(async (context) => {
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await sync();
      sheetName = uniqueSheetName(plan.sheetName || plan.title, sheets.items.map((s) => s.name));
      stage = "write";
      const sheet = sheets.add(sheetName);
      writeSheet(sheet, plan, support.enabled);
      sheet.activate();
      sheet.getRange(rangeAddress(plan.inputsRange)).select();
      await sync();
    });
  } catch (err) {
    const cleanup = sheetName === undefined ? { ok: true } : await deleteSheet(options.run, sheetName);
    throw insertError(plan.title, stage, sheetName, err, cleanup);
  }

  let cells = 0;
  let formulas = 0;
  for (const block of plan.blocks) {
    for (const row of block.cells) {
      for (const cell of row) {
        if (cell === null) continue;
        if (cell.formula !== undefined) formulas++;
        if (cell.formula !== undefined || cell.value !== undefined) cells++;
      }
    }
  }
  const enabled = support.enabled;
  return {
    sheetName: sheetName as string,
    cells,
    formulas,
    names: plan.names.length,
    charts: enabled.has("charts") ? plan.charts.length : 0,
    conditionalFormats: enabled.has("conditionalFormats") ? plan.conditionalFormats.length : 0,
    validations: enabled.has("validations") ? plan.validations.length : 0,
    syncs,
    skipped: support.skipped,
    elapsedMs: now() - started,
  };
}

/** Queue every write of the plan on `sheet`; no sync happens here. */
function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan, enabled: ReadonlySet<OptionalFeature>): void {
  const at = (r: RangeRef): Excel.Range => sheet.getRange(rangeAddress(r));

  for (const block of plan.blocks) {
    const rows = block.cells.length;
    const cols = rows > 0 ? block.cells[0].length : 0;
    if (rows === 0 || cols === 0) continue;
    const range = at({ top: block.top, left: block.left, rows, cols });
    range.formulas = block.cells.map((row) => row.map(cellInput)) as unknown as string[][];
    range.numberFormat = block.cells.map((row) => row.map((c) => c?.numberFormat ?? "General")) as unknown as string[][];
  }

  for (const { range, style } of plan.styles) applyStyle(at(range), style, enabled.has("indent"));

  groupEqualWidths(plan.columnWidths).forEach(({ first, last, chars }) => {
    sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).format.columnWidth = columnWidthPoints(chars);
  });

  for (const n of plan.names) sheet.names.add(n.name, at(n.range), n.comment);

  if (enabled.has("freezePanes")) {
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(at({ top: 0, left: 0, rows, cols }));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  }

  if (enabled.has("validations")) {
    for (const v of plan.validations) {
      const dv = at(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Not allowed", message: v.errorMessage };
    }
  }

  if (enabled.has("conditionalFormats")) {
    for (const cf of plan.conditionalFormats) {
      const custom = at(cf.range).conditionalFormats.add("Custom").custom;
      custom.rule.formula = cf.formula;
      if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
      if (cf.style.fontColor !== undefined) custom.format.font.color = cf.style.fontColor;
      if (cf.style.fill !== undefined) custom.format.fill.color = cf.style.fill;
    }
  }

  if (enabled.has("charts")) {
    for (const spec of plan.charts) addChart(sheet, spec, at, enabled.has("secondaryAxis"));
  }
}

function applyStyle(range: Excel.Range, style: CellStyle, indent: boolean): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) f.horizontalAlignment = style.horizontalAlignment;
  if (style.indent !== undefined && indent) f.indentLevel = style.indent;
  if (style.borderTop !== undefined) setBorder(f.borders.getItem("EdgeTop"), style.borderTop);
  if (style.borderBottom !== undefined) setBorder(f.borders.getItem("EdgeBottom"), style.borderBottom);
}

function setBorder(border: Excel.RangeBorder, kind: "thin" | "medium" | "double"): void {
  if (kind === "double") {
    border.style = "Double";
    return;
  }
  border.style = "Continuous";
  border.weight = kind === "thin" ? "Thin" : "Medium";
}

/** The plan's first series seeds the chart (`charts.add` needs source data); the rest are added. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, at: (r: RangeRef) => Excel.Range, secondary: boolean): void {
  if (spec.series.length === 0) return;
  const first = spec.series[0];
  const seriesBy = first.values.rows === 1 ? "Rows" : "Columns";
  const chart = sheet.charts.add(CHART_TYPE[spec.type], at(first.values), seriesBy);
  chart.title.text = spec.title;
  const a = spec.anchor;
  chart.setPosition(rangeAddress({ top: a.top, left: a.left, rows: 1, cols: 1 }), rangeAddress({ top: a.top + a.rows - 1, left: a.left + a.cols - 1, rows: 1, cols: 1 }));
  let usesSecondary = false;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(at(s.values));
    series.setXAxisValues(at(spec.categories));
    if (s.type !== undefined) series.chartType = CHART_TYPE[s.type];
    if (s.secondaryAxis && secondary) {
      series.axisGroup = "Secondary";
      usesSecondary = true;
    }
  });
  if (spec.valueAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (spec.secondaryValueAxisTitle !== undefined && usesSecondary) chart.axes.getItem("Value", "Secondary").title.text = spec.secondaryValueAxisTitle;
}

/** Runs of adjacent columns with the same width, so one call sets each run. */
function groupEqualWidths(widths: readonly number[]): { first: number; last: number; chars: number }[] {
  const runs: { first: number; last: number; chars: number }[] = [];
  widths.forEach((chars, col) => {
    const prev = runs[runs.length - 1];
    if (prev !== undefined && prev.chars === chars && prev.last === col - 1) prev.last = col;
    else runs.push({ first: col, last: col, chars });
  });
  return runs;
}

/**
 * Delete the sheet named `name` if it exists, in a fresh `Excel.run` (the failed
 * context may be unusable: a failed batch can leave its request context broken).
 */
async function deleteSheet(run: ExcelRun, name: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("isNullObject");
      await context.sync();
      if (sheet.isNullObject) return;
      // A sheet cannot be deleted while it is the only visible one; an insert never
      // leaves it so, because it was added next to the sheets already there.
      sheet.delete();
      await context.sync();
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: errorText(err).message };
  }
}

function errorText(err: unknown): { message: string; code?: string } {
  if (err !== null && typeof err === "object") {
    const e = err as { message?: unknown; code?: unknown };
    const message = typeof e.message === "string" && e.message !== "" ? e.message : String(err);
    return { message, code: typeof e.code === "string" ? e.code : undefined };
  }
  return { message: String(err) };
}

function insertError(title: string, stage: InsertStage, sheetName: string | undefined, err: unknown, cleanup: { ok: boolean; message?: string }): InsertError {
  const { message, code } = errorText(err);
  const what = stage === "read-workbook" ? "reading the workbook's sheet names" : `writing the sheet "${sheetName ?? ""}"`;
  const excel = `Excel said: ${message}${code !== undefined && !message.includes(code) ? ` (${code})` : ""}`;
  let after: string;
  if (sheetName === undefined) after = "Nothing was changed.";
  else if (cleanup.ok) after = "The partly written sheet was removed; nothing was changed.";
  else after = `The partly written sheet "${sheetName}" could not be removed (${cleanup.message ?? "unknown error"}); please delete it by hand.`;
  const hint = code === "AccessDenied" || /protect/i.test(message) ? " If the workbook is protected, unprotect it and try again." : "";
  return new InsertError(`Could not insert "${title}" while ${what}. ${excel}. ${after}${hint}`, stage, title, message, code, sheetName, cleanup.ok);
}
