/**
 * Compare what the fake workbook holds with the SheetPlan it was written from.
 * Returns human-readable differences (empty = the sheet is exactly the plan), so a
 * failing test says which cell or name is wrong. Works on plain JSON (a FakeSheet
 * read back from the browser in the end-to-end test) as well as on live state.
 */
import type { FakeCell, FakeSheet } from "./fakeExcel";
import { key } from "./fakeExcel";
import { type CellStyle, type DataValidation, type PrintSetup, type SheetPlan, cellAddress, columnLetter, rangeAddress } from "../../src/plan/plan";
import { columnWidthPoints } from "../../src/workbook/excel";
import type { OptionalFeature } from "../../src/workbook/excelRequirements";

const ALL: OptionalFeature[] = ["conditionalFormats", "charts", "secondaryAxis", "freezePanes", "validations", "indent", "pageLayout"];
const CHART_TYPE: Record<string, string> = { line: "Line", columnClustered: "ColumnClustered", barClustered: "BarClustered", lineMarkers: "LineMarkers" };

/** Expected fake format entries of one plan style (later styles override earlier ones). */
function formatEntries(style: CellStyle, indent: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (style.bold !== undefined) out["font.bold"] = style.bold;
  if (style.italic !== undefined) out["font.italic"] = style.italic;
  if (style.fontColor !== undefined) out["font.color"] = style.fontColor;
  if (style.fontSize !== undefined) out["font.size"] = style.fontSize;
  if (style.fill !== undefined) out["fill.color"] = style.fill;
  if (style.wrap !== undefined) out["wrapText"] = style.wrap;
  if (style.horizontalAlignment !== undefined) out["horizontalAlignment"] = style.horizontalAlignment;
  if (style.indent !== undefined && indent) out["indentLevel"] = style.indent;
  for (const [edge, kind] of [["EdgeTop", style.borderTop], ["EdgeBottom", style.borderBottom]] as const) {
    if (kind === undefined) continue;
    out[`borders.${edge}.style`] = kind === "double" ? "Double" : "Continuous";
    if (kind !== "double") out[`borders.${edge}.weight`] = kind === "thin" ? "Thin" : "Medium";
  }
  return out;
}

/** What Office.js should receive for one validation (written out independently of the writer). */
function expectedValidation(v: DataValidation): { rule: unknown; prompt: unknown; errorAlert: unknown } {
  let rule: unknown;
  if (v.kind === "list") rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
  else {
    const both = v.min !== undefined && v.max !== undefined;
    const basic = both ? { operator: "Between", formula1: v.min, formula2: v.max } : v.min !== undefined ? { operator: "GreaterThanOrEqualTo", formula1: v.min } : { operator: "LessThanOrEqualTo", formula1: v.max };
    rule = v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  return { rule, prompt: { showPrompt: true, title: v.title, message: v.prompt }, errorAlert: { showAlert: true, style: "Stop", title: v.title, message: v.errorMessage } };
}

/** The page layout Office.js should receive; a height of 0 pages ("as needed") is left unset. */
function expectedPageLayout(p: PrintSetup): Record<string, unknown> {
  return {
    orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: p.fitToHeight > 0 ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight } : { horizontalFitToPages: p.fitToWidth },
    printArea: rangeAddress(p.area),
    ...(p.titleRows ? { printTitleRows: `$${p.titleRows.first + 1}:$${p.titleRows.last + 1}` } : {}),
    ...(p.titleColumns ? { printTitleColumns: `$${columnLetter(p.titleColumns.first)}:$${columnLetter(p.titleColumns.last)}` } : {}),
  };
}

/**
 * Every difference between `sheet` and `plan`.
 * @param enabled the optional features the host supported (default: all)
 */
export function diffSheetAgainstPlan(sheet: FakeSheet, plan: SheetPlan, enabled: ReadonlySet<OptionalFeature> = new Set(ALL)): string[] {
  const diffs: string[] = [];
  const seen = new Set<string>();
  const cellAt = (r: number, c: number): FakeCell | undefined => sheet.cells[key(r, c)];

  for (const block of plan.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((want, c) => {
        const R = block.top + r;
        const C = block.left + c;
        seen.add(key(R, C));
        const got = cellAt(R, C);
        const at = cellAddress(R, C);
        if (want === null || (want.formula === undefined && want.value === undefined)) {
          if (got?.formula !== undefined || got?.value !== undefined) diffs.push(`${at}: expected empty, got ${JSON.stringify(got)}`);
        } else if (want.formula !== undefined) {
          if (got?.formula !== want.formula) diffs.push(`${at}: formula ${JSON.stringify(got?.formula)} != ${JSON.stringify(want.formula)}`);
        } else if (got?.value !== want.value || got?.formula !== undefined) {
          diffs.push(`${at}: value ${JSON.stringify(got?.value ?? got?.formula)} != ${JSON.stringify(want.value)}`);
        }
        const fmt = want?.numberFormat ?? "General";
        if ((got?.numberFormat ?? "General") !== fmt) diffs.push(`${at}: numberFormat ${JSON.stringify(got?.numberFormat)} != ${JSON.stringify(fmt)}`);
      }),
    );
  }
  for (const [k, cell] of Object.entries(sheet.cells)) {
    if (!seen.has(k) && (cell.formula !== undefined || cell.value !== undefined)) diffs.push(`cell ${k} holds ${JSON.stringify(cell)} outside every block`);
  }

  // Styles: the font over the used range, then the plan's styles in order, folded into per-cell expectations.
  const expected = new Map<string, Record<string, unknown>>();
  for (let r = 0; r < plan.rowCount; r++) for (let c = 0; c < plan.colCount; c++) expected.set(key(r, c), { "font.name": plan.font.name, "font.size": plan.font.size });
  for (const { range, style } of plan.styles) {
    const entries = formatEntries(style, enabled.has("indent"));
    for (let r = range.top; r < range.top + range.rows; r++)
      for (let c = range.left; c < range.left + range.cols; c++) expected.set(key(r, c), { ...expected.get(key(r, c)), ...entries });
  }
  for (const [k, want] of expected) {
    const got = sheet.cells[k]?.format ?? {};
    for (const [p, v] of Object.entries(want)) if (got[p] !== v) diffs.push(`format ${k} ${p}: ${JSON.stringify(got[p])} != ${JSON.stringify(v)}`);
  }
  for (const [k, cell] of Object.entries(sheet.cells)) {
    for (const p of Object.keys(cell.format)) if (!(expected.get(k) && p in (expected.get(k) as object))) diffs.push(`format ${k} ${p} set but not in the plan`);
  }

  const wantNames = new Set(plan.names.map((n) => n.name));
  for (const n of plan.names) {
    const got = sheet.names[n.name];
    if (!got) diffs.push(`name ${n.name} missing`);
    else if (got.address.replace(/\$/g, "") !== rangeAddress(n.range) || got.comment !== n.comment) diffs.push(`name ${n.name}: ${JSON.stringify(got)} != ${rangeAddress(n.range)} "${n.comment}"`);
  }
  for (const n of Object.keys(sheet.names)) if (!wantNames.has(n)) diffs.push(`name ${n} not in the plan`);

  plan.columnWidths.forEach((w, c) => {
    if (sheet.columnWidths[c] !== columnWidthPoints(w)) diffs.push(`column ${c} width ${sheet.columnWidths[c]} != ${columnWidthPoints(w)} pt`);
  });

  const wantHeights = Object.fromEntries(plan.rowHeights.map((h) => [h.row, h.points]));
  if (JSON.stringify(sheet.rowHeights) !== JSON.stringify(wantHeights)) diffs.push(`row heights ${JSON.stringify(sheet.rowHeights)} != ${JSON.stringify(wantHeights)}`);

  const freeze = enabled.has("freezePanes") && (plan.freeze.rows > 0 || plan.freeze.cols > 0) ? plan.freeze : null;
  if (JSON.stringify(sheet.freeze) !== JSON.stringify(freeze)) diffs.push(`freeze ${JSON.stringify(sheet.freeze)} != ${JSON.stringify(freeze)}`);

  const wantValidations = enabled.has("validations") ? plan.validations : [];
  if (sheet.validations.length !== wantValidations.length) diffs.push(`${sheet.validations.length} validations != ${wantValidations.length}`);
  wantValidations.forEach((v, i) => {
    const got = sheet.validations[i];
    const want = { address: rangeAddress(v.range), ...expectedValidation(v) };
    const have = { address: got?.address, rule: got?.rule, prompt: got?.prompt, errorAlert: got?.errorAlert };
    if (JSON.stringify(have) !== JSON.stringify(want)) diffs.push(`validation ${i}: ${JSON.stringify(have)} != ${JSON.stringify(want)}`);
  });

  const wantLayout = enabled.has("pageLayout") ? expectedPageLayout(plan.print) : null;
  if (JSON.stringify(sheet.pageLayout) !== JSON.stringify(wantLayout)) diffs.push(`pageLayout ${JSON.stringify(sheet.pageLayout)} != ${JSON.stringify(wantLayout)}`);

  const wantCfs = enabled.has("conditionalFormats") ? plan.conditionalFormats : [];
  if (sheet.conditionalFormats.length !== wantCfs.length) diffs.push(`${sheet.conditionalFormats.length} conditional formats != ${wantCfs.length}`);
  wantCfs.forEach((cf, i) => {
    const got = sheet.conditionalFormats[i];
    const fmt: Record<string, unknown> = {};
    if (cf.style.bold !== undefined) fmt["font.bold"] = cf.style.bold;
    if (cf.style.fontColor !== undefined) fmt["font.color"] = cf.style.fontColor;
    if (cf.style.fill !== undefined) fmt["fill.color"] = cf.style.fill;
    const want = { address: rangeAddress(cf.range), type: "Custom", formula: cf.formula, format: fmt };
    const have = { address: got?.address, type: got?.type, formula: got?.formula, format: got?.format };
    if (JSON.stringify(have) !== JSON.stringify(want)) diffs.push(`conditional format ${i}: ${JSON.stringify(have)} != ${JSON.stringify(want)}`);
  });

  const wantCharts = enabled.has("charts") ? plan.charts : [];
  if (sheet.charts.length !== wantCharts.length) diffs.push(`${sheet.charts.length} charts != ${wantCharts.length}`);
  wantCharts.forEach((spec, i) => {
    const got = sheet.charts[i];
    if (!got) return;
    const a = spec.anchor;
    const want = {
      type: CHART_TYPE[spec.type],
      title: spec.title,
      position: [cellAddress(a.top, a.left), cellAddress(a.top + a.rows - 1, a.left + a.cols - 1)],
      series: spec.series.map((s) => ({
        name: s.name,
        values: rangeAddress(s.values),
        xValues: rangeAddress(spec.categories),
        chartType: s.type === undefined ? undefined : CHART_TYPE[s.type],
        axisGroup: s.secondaryAxis && enabled.has("secondaryAxis") ? "Secondary" : undefined,
      })),
    };
    const have = { type: got.type, title: got.title, position: got.position, series: got.series.map((s) => ({ name: s.name, values: s.values, xValues: s.xValues, chartType: s.chartType, axisGroup: s.axisGroup })) };
    if (JSON.stringify(have) !== JSON.stringify(want)) diffs.push(`chart ${i}: ${JSON.stringify(have)} != ${JSON.stringify(want)}`);
    if (spec.valueAxisTitle !== undefined && got.axisTitles["Value/Primary"] !== spec.valueAxisTitle) diffs.push(`chart ${i} value axis title ${got.axisTitles["Value/Primary"]}`);
    const secondary = spec.series.some((s) => s.secondaryAxis) && enabled.has("secondaryAxis") ? spec.secondaryValueAxisTitle : undefined;
    if (got.axisTitles["Value/Secondary"] !== secondary) diffs.push(`chart ${i} secondary axis title ${got.axisTitles["Value/Secondary"]} != ${secondary}`);
  });
  return diffs;
}
