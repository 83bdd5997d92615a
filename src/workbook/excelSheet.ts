/**
 * Queues every write of a SheetPlan on a new worksheet through Office.js, in one
 * batch (no sync here): cells and number formats as rectangles, the font, styles,
 * column widths and row heights, names, freeze panes, validations, conditional formats, page layout and
 * charts. Optional features the host lacks (see excelRequirements.ts) are left out.
 */
import { type CellStyle, type DataValidation, type PrintSetup, type RangeRef, type SheetPlan, columnLetter, rangeAddress } from "../plan/plan";
import { addChart } from "./excelChart";
import { cellInput, columnWidthPoints } from "./excelCells";
import type { OptionalFeature } from "./excelRequirements";

/**
 * Queue the plan's writes on `sheet`.
 * @param sheet   the worksheet the insert added
 * @param plan    the plan
 * @param enabled the optional features this host supports
 */
export function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan, enabled: ReadonlySet<OptionalFeature>): void {
  const at = (r: RangeRef): Excel.Range => sheet.getRange(rangeAddress(r));

  for (const block of plan.blocks) {
    const rows = block.cells.length;
    const cols = rows > 0 ? block.cells[0].length : 0;
    if (rows === 0 || cols === 0) continue;
    const range = at({ top: block.top, left: block.left, rows, cols });
    range.formulas = block.cells.map((row) => row.map(cellInput)) as unknown as string[][];
    range.numberFormat = block.cells.map((row) => row.map((c) => c?.numberFormat ?? "General")) as unknown as string[][];
  }

  // The font first, over the whole used range: the styles then change weight, size and colour only.
  const used = at({ top: 0, left: 0, rows: plan.rowCount, cols: plan.colCount }).format.font;
  used.name = plan.font.name;
  used.size = plan.font.size;
  for (const { range, style } of plan.styles) applyStyle(at(range), style, enabled.has("indent"));

  groupEqualWidths(plan.columnWidths).forEach(({ first, last, chars }) => {
    sheet.getRange(`${columnLetter(first)}:${columnLetter(last)}`).format.columnWidth = columnWidthPoints(chars);
  });
  // RangeFormat.rowHeight (ExcelApi 1.2) sets the height of every row of the range: one cell per row suffices
  for (const h of plan.rowHeights) at({ top: h.row, left: 0, rows: 1, cols: 1 }).format.rowHeight = h.points;

  for (const n of plan.names) sheet.names.add(n.name, at(n.range), n.comment);

  if (enabled.has("freezePanes")) {
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(at({ top: 0, left: 0, rows, cols }));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
  }

  if (enabled.has("validations")) for (const v of plan.validations) addValidation(at(v.range).dataValidation, v);

  if (enabled.has("conditionalFormats")) {
    for (const cf of plan.conditionalFormats) {
      const custom = at(cf.range).conditionalFormats.add("Custom").custom;
      custom.rule.formula = cf.formula;
      if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
      if (cf.style.fontColor !== undefined) custom.format.font.color = cf.style.fontColor;
      if (cf.style.fill !== undefined) custom.format.fill.color = cf.style.fill;
    }
  }

  if (enabled.has("pageLayout")) setPageLayout(sheet.pageLayout, plan.print);

  if (enabled.has("charts")) {
    for (const spec of plan.charts) addChart(sheet, spec, at, enabled.has("secondaryAxis"));
  }
}

/** Office.js operator of a bounded number validation. */
export function validationOperator(v: { min?: number; max?: number }): "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo" {
  return v.min !== undefined && v.max !== undefined ? "Between" : v.min !== undefined ? "GreaterThanOrEqualTo" : "LessThanOrEqualTo";
}

/** The rule, the input message and the error alert of one validation. */
function addValidation(dv: Excel.DataValidation, v: DataValidation): void {
  if (v.kind === "list") {
    dv.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
  } else {
    // formula1 is the lower bound when there is one, else the upper bound (Excel's convention)
    const basic: Excel.BasicDataValidation = { operator: validationOperator(v), formula1: v.min ?? (v.max as number), ...(v.min !== undefined && v.max !== undefined ? { formula2: v.max } : {}) };
    dv.rule = v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.title, message: v.errorMessage };
}

/**
 * Landscape, fit to `fitToWidth` pages wide, the print area and the print titles.
 * A height of 0 (as many pages as needed) is left unset: Office.js documents no
 * value for "automatic", and an invalid one would fail the whole insert.
 */
function setPageLayout(layout: Excel.PageLayout, p: PrintSetup): void {
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = p.fitToHeight > 0 ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight } : { horizontalFitToPages: p.fitToWidth };
  layout.setPrintArea(rangeAddress(p.area));
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
  if (p.titleColumns) layout.setPrintTitleColumns(`$${columnLetter(p.titleColumns.first)}:$${columnLetter(p.titleColumns.last)}`);
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

