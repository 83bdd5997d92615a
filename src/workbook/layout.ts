/**
 * Template -> SheetPlan: the one place where a model's cells get addresses.
 *
 * Pure: no Office.js, no ExcelJS, no I/O. The sheet follows the FAST habits:
 * column A labels, B units, C the value of a scalar (or the first column of a
 * table), D onwards the yearly timeline, left to right; sections top to bottom
 * (timeline header, inputs, calculations, outputs, checks), each with a header bar.
 * Input values are blue on a light fill; a source note sits right of each input.
 */
import type { ModelTemplate, TableItem, TemplateConditionalFormat, TemplateItem, ScalarItem } from "../models/template";
import {
  cellAddress,
  rangeAddress,
  type CellBlock,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type ListValidation,
  type NameKind,
  type PlanCell,
  type PlanName,
  type RangeRef,
  type SheetPlan,
  type StyleRange,
} from "./plan";

/** Column of labels, units, scalar values; first timeline column (0-based). */
export const COL_LABEL = 0;
export const COL_UNIT = 1;
export const COL_VALUE = 2;
export const COL_TIMELINE = 3;

/** FAST-style colours: inputs blue on a light fill, section bars dark blue. */
export const INPUT_FONT = "#0000FF";
export const INPUT_FILL = "#FFF2CC";
const HEADER_FILL = "#1F3864";
const TIMELINE_FILL = "#D9E1F2";
const NOTE_FONT = "#595959";

/** Width in characters: labels, units, the scalar column, timeline and other columns. */
const WIDTH_LABEL = 46;
const WIDTH_UNIT = 11;
const WIDTH_VALUE = 15;
const WIDTH_OTHER = 13;
/** Chart size in cells. */
const CHART_ROWS = 18;
const CHART_COLS = 8;

export interface LayoutOptions {
  /** timeline length in years (default: the template's `defaultYears`), 1..100 */
  years?: number;
}

/** An input cell the analyst may change, with its default. */
export interface InputCell {
  /** `Key` for a scalar, `Row.Col` for a table cell, `Key#i` for year i (0-based) of a timeline row */
  key: string;
  range: RangeRef;
  value: string | number | boolean;
}

/** A timeline row of formulas, for consistency checks. */
export interface TimelineRow {
  key: string;
  row: number;
  left: number;
  cols: number;
  /** the first column has its own formula (`first`) */
  firstDiffers: boolean;
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

type Entry =
  | { kind: "cell"; row: number; col: number }
  | { kind: "timeline"; row: number }
  | { kind: "range"; range: RangeRef }
  | { kind: "group"; top: number; rows: number };

const REF = /\{([A-Za-z_][\w.]*)(?:@(prev|all|first|last|todate))?\}/g;

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
 */
export function layoutModelDetailed(template: ModelTemplate, options: LayoutOptions = {}): LaidOutModel {
  const hasTimeline = template.defaultYears !== undefined;
  const years = hasTimeline ? (options.years ?? template.defaultYears ?? 0) : 0;
  if (hasTimeline && (!Number.isInteger(years) || years < 1 || years > 100)) {
    throw new RangeError(`years must be a whole number 1..100, got ${years}`);
  }
  const lastTimelineCol = COL_TIMELINE + years - 1;

  // ---- pass 1: rows and keys ------------------------------------------------
  const entries = new Map<string, Entry>();
  const keys = new Map<string, RangeRef>();
  const register = (key: string, entry: Entry, range: RangeRef): void => {
    if (entries.has(key)) throw new Error(`${template.id}: duplicate key ${key}`);
    entries.set(key, entry);
    keys.set(key, range);
  };
  const timelineRange = (row: number): RangeRef => ({ top: row, left: COL_TIMELINE, rows: 1, cols: years });
  const groups = new Map<string, number[]>();

  interface Placed {
    item: TemplateItem;
    row: number;
    role: ModelTemplate["sections"][number]["role"];
  }
  const placed: Placed[] = [];
  const sectionRows: { row: number; title: string; role: string; end: number }[] = [];
  let row = 4;
  let freezeRows = 3;
  for (const section of template.sections) {
    const start = row;
    if (section.role !== "timeline") {
      sectionRows.push({ row, title: section.title, role: section.role, end: row });
      row++;
    }
    for (const item of section.items) {
      placed.push({ item, row, role: section.role });
      switch (item.type) {
        case "heading":
          row++;
          break;
        case "scalar":
          register(item.key, { kind: "cell", row, col: COL_VALUE }, { top: row, left: COL_VALUE, rows: 1, cols: 1 });
          row++;
          break;
        case "timeline":
          if (!hasTimeline) throw new Error(`${template.id}: timeline row ${item.key} in a model without a timeline`);
          register(item.key, { kind: "timeline", row }, timelineRange(row));
          if (item.group) groups.set(item.group, [...(groups.get(item.group) ?? []), row]);
          row++;
          break;
        case "table": {
          const cols = item.columns.length;
          const headerRange = { top: row, left: COL_VALUE, rows: 1, cols };
          if (item.headerKey) register(item.headerKey, { kind: "range", range: headerRange }, headerRange);
          const bodyTop = row + 1;
          const labels = { top: bodyTop, left: COL_LABEL, rows: item.rows.length, cols: 1 };
          register(`${item.key}.label`, { kind: "range", range: labels }, labels);
          item.columns.forEach((c, j) => {
            const r = { top: bodyTop, left: COL_VALUE + j, rows: item.rows.length, cols: 1 };
            register(`${item.key}.${c.key}`, { kind: "range", range: r }, r);
          });
          item.rows.forEach((rec, i) => {
            const r = { top: bodyTop + i, left: COL_VALUE, rows: 1, cols };
            register(rec.key, { kind: "range", range: r }, r);
            item.columns.forEach((c, j) => {
              register(`${rec.key}.${c.key}`, { kind: "cell", row: bodyTop + i, col: COL_VALUE + j }, { top: bodyTop + i, left: COL_VALUE + j, rows: 1, cols: 1 });
            });
          });
          row = bodyTop + item.rows.length;
          break;
        }
      }
    }
    if (section.role === "timeline") {
      freezeRows = row;
    } else {
      sectionRows[sectionRows.length - 1].end = row - 1;
    }
    if (row > start) row++; // a blank row between sections
  }
  for (const [group, rows] of groups) {
    rows.forEach((r, i) => {
      if (r !== rows[0] + i) throw new Error(`${template.id}: group ${group} rows are not contiguous`);
    });
    const range = { top: rows[0], left: COL_TIMELINE, rows: rows.length, cols: years };
    register(group, { kind: "group", top: rows[0], rows: rows.length }, range);
  }

  // ---- reference resolution ---------------------------------------------------
  const resolve = (formula: string, col: number | undefined, where: string): string =>
    formula.replace(REF, (_m, key: string, mod: string | undefined) => {
      const e = entries.get(key);
      if (!e) throw new Error(`${template.id}: ${where} refers to unknown key {${key}}`);
      const bad = (why: string): never => {
        throw new Error(`${template.id}: ${where}: {${key}${mod ? "@" + mod : ""}} ${why}`);
      };
      switch (e.kind) {
        case "cell":
          if (mod && mod !== "all") bad("is a single cell");
          return cellAddress(e.row, e.col, true);
        case "range":
          if (mod !== "all") bad("is a range: write @all");
          return rangeAddress(e.range, true);
        case "group":
          if (mod === "all") return rangeAddress({ top: e.top, left: COL_TIMELINE, rows: e.rows, cols: years }, true);
          if (mod || col === undefined) bad("is a group: use it from a timeline row, or @all");
          return `${cellAddress(e.top, col as number)}:${cellAddress(e.top + e.rows - 1, col as number)}`;
        case "timeline":
          switch (mod) {
            case "all":
              return rangeAddress(timelineRange(e.row), true);
            case "first":
              return cellAddress(e.row, COL_TIMELINE, true);
            case "last":
              return cellAddress(e.row, lastTimelineCol, true);
            case "prev":
              if (col === undefined || col <= COL_TIMELINE) bad("has no previous column here");
              return cellAddress(e.row, (col as number) - 1);
            case "todate":
              if (col === undefined) bad("needs a timeline column");
              return `${cellAddress(e.row, COL_TIMELINE, true)}:${cellAddress(e.row, col as number)}`;
            default:
              if (col === undefined) bad("is a timeline row: from a scalar use @all, @first or @last");
              return cellAddress(e.row, col as number);
          }
      }
    });

  // ---- pass 2: cells, styles, names ------------------------------------------
  const cells = new Map<number, Map<number, PlanCell>>();
  const put = (r: number, c: number, cell: PlanCell): void => {
    let line = cells.get(r);
    if (!line) cells.set(r, (line = new Map()));
    if (line.has(c)) throw new Error(`${template.id}: cell ${cellAddress(r, c)} written twice`);
    line.set(c, cell);
  };
  const styles: StyleRange[] = [];
  const style = (range: RangeRef, s: CellStyle): void => {
    styles.push({ range, style: s });
  };
  const names: PlanName[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const validations: ListValidation[] = [];
  const inputs: InputCell[] = [];
  const timelineRows: TimelineRow[] = [];
  const nameKind = (role: string): NameKind =>
    role === "inputs" ? "input" : role === "outputs" ? "output" : role === "checks" ? "check" : role === "timeline" ? "timeline" : "calculation";
  const noteText = (note: string | undefined, estimate: boolean | undefined): string | undefined =>
    note === undefined ? undefined : estimate ? `Estimate: ${note}` : note;
  const addNote = (r: number, c: number, note: string | undefined, estimate: boolean | undefined): void => {
    const text = noteText(note, estimate);
    if (text === undefined) return;
    put(r, c, { value: text });
    style({ top: r, left: c, rows: 1, cols: 1 }, { italic: true, fontColor: NOTE_FONT });
  };
  const cellRef = (r: number, c: number): RangeRef => ({ top: r, left: c, rows: 1, cols: 1 });
  const addCf = (range: RangeRef, list: TemplateConditionalFormat[] | undefined, col: number | undefined, where: string): void => {
    for (const cf of list ?? []) conditionalFormats.push({ range, formula: "=" + resolve(cf.when, col, where), style: cf.style });
  };
  const inputStyle: CellStyle = { fontColor: INPUT_FONT, fill: INPUT_FILL };

  put(0, COL_LABEL, { value: template.title.en });
  style(cellRef(0, COL_LABEL), { bold: true, fontSize: 14 });
  put(1, COL_LABEL, { value: template.description });
  style(cellRef(1, COL_LABEL), { italic: true });
  put(2, COL_LABEL, { value: "Blue cells on a light fill are inputs; every other number is a formula. Master check (0 = consistent):" });
  style(cellRef(2, COL_LABEL), { italic: true, fontColor: NOTE_FONT });

  for (const { item, row: r, role } of placed) {
    const isInputs = role === "inputs";
    switch (item.type) {
      case "heading":
        put(r, COL_LABEL, { value: item.label });
        style(cellRef(r, COL_LABEL), { bold: true, italic: true });
        break;
      case "scalar": {
        const where = `${item.key}`;
        put(r, COL_LABEL, { value: item.label });
        put(r, COL_UNIT, { value: item.format.unit });
        const cell = scalarCell(item, resolve, where);
        put(r, COL_VALUE, cell);
        const range = cellRef(r, COL_VALUE);
        if (cell.formula === undefined) {
          style(range, inputStyle);
          inputs.push({ key: item.key, range, value: cell.value as string | number | boolean });
        }
        if (isInputs || item.note !== undefined) addNote(r, COL_VALUE + 1, item.note, item.estimate);
        if (role === "outputs" || item.bold) style({ top: r, left: COL_LABEL, rows: 1, cols: 3 }, { bold: true });
        if (item.name) names.push({ name: item.key, range, kind: nameKind(role), comment: `${item.label} (${item.format.unit})` });
        if (item.list) {
          validations.push({ range, values: item.list.values, errorMessage: item.list.errorMessage });
          style(range, { horizontalAlignment: "Right" });
        }
        addCf(range, item.conditionalFormats, undefined, where);
        break;
      }
      case "timeline": {
        put(r, COL_LABEL, { value: item.label });
        put(r, COL_UNIT, { value: item.format.unit });
        const range = timelineRange(r);
        if (item.values) {
          if (item.formula !== undefined || item.first !== undefined) throw new Error(`${template.id}: ${item.key} has values and a formula`);
          if (item.values.length === 0) throw new Error(`${template.id}: ${item.key} has no values`);
          for (let i = 0; i < years; i++) {
            const value = item.values[Math.min(i, item.values.length - 1)];
            put(r, COL_TIMELINE + i, { value, numberFormat: item.format.code });
            inputs.push({ key: `${item.key}#${i}`, range: cellRef(r, COL_TIMELINE + i), value });
          }
          style(range, inputStyle);
          addNote(r, COL_TIMELINE + years, item.note, item.estimate);
        } else {
          if (item.formula === undefined) throw new Error(`${template.id}: ${item.key} has neither values nor a formula`);
          for (let i = 0; i < years; i++) {
            const col = COL_TIMELINE + i;
            const f = i === 0 && item.first !== undefined ? item.first : item.formula;
            put(r, col, { formula: "=" + resolve(f, col, `${item.key} year ${i + 1}`), numberFormat: item.format.code });
          }
          timelineRows.push({ key: item.key, row: r, left: COL_TIMELINE, cols: years, firstDiffers: item.first !== undefined });
          if (isInputs) addNote(r, COL_TIMELINE + years, item.note, item.estimate);
        }
        if (role === "timeline") {
          style({ top: r, left: COL_LABEL, rows: 1, cols: COL_TIMELINE + years }, { bold: true, fill: TIMELINE_FILL, borderBottom: "thin" });
        }
        if (role === "outputs" || item.bold) style({ top: r, left: COL_LABEL, rows: 1, cols: COL_TIMELINE + years }, { bold: true });
        if (item.name) names.push({ name: item.key, range, kind: nameKind(role), comment: `${item.label} (${item.format.unit})` });
        addCf(range, item.conditionalFormats, COL_TIMELINE, item.key);
        break;
      }
      case "table":
        layTable(item, r, role);
        break;
    }
  }

  function layTable(item: TableItem, r: number, role: string): void {
    const cols = item.columns.length;
    put(r, COL_LABEL, { value: item.label });
    item.columns.forEach((c, j) => put(r, COL_VALUE + j, { value: c.header }));
    style({ top: r, left: COL_LABEL, rows: 1, cols: COL_VALUE + cols }, { bold: true, borderBottom: "thin" });
    // headers and text cells (repayment types, profile names) line up with the numbers below
    style({ top: r, left: COL_VALUE, rows: 1 + item.rows.length, cols }, { horizontalAlignment: "Right" });
    item.rows.forEach((rec, i) => {
      const rr = r + 1 + i;
      put(rr, COL_LABEL, { value: rec.label });
      const unit = rec.format?.unit ?? rec.unit;
      if (unit !== undefined) put(rr, COL_UNIT, { value: unit });
      let anyInput = false;
      rec.cells.forEach((cell, j) => {
        const code = (rec.format ?? item.columns[j].format).code;
        const range = cellRef(rr, COL_VALUE + j);
        if (typeof cell === "object") {
          put(rr, COL_VALUE + j, { formula: "=" + resolve(cell.formula, undefined, `${rec.key}.${item.columns[j].key}`), numberFormat: code });
        } else {
          anyInput = true;
          put(rr, COL_VALUE + j, { value: cell, numberFormat: code });
          if (role === "inputs") {
            style(range, inputStyle);
            inputs.push({ key: `${rec.key}.${item.columns[j].key}`, range, value: cell });
          }
        }
      });
      if (rec.cells.length !== cols) throw new Error(`${template.id}: table row ${rec.key} has ${rec.cells.length} cells for ${cols} columns`);
      if (role === "inputs" && (anyInput || rec.note !== undefined)) addNote(rr, COL_VALUE + cols, rec.note, rec.estimate);
      if (rec.name) {
        names.push({ name: rec.key, range: { top: rr, left: COL_VALUE, rows: 1, cols }, kind: nameKind(role), comment: rec.label });
      }
    });
    if (item.bodyName) {
      const { name, kind, comment, fromRow = 0, fromCol = 0 } = item.bodyName;
      names.push({ name, kind, comment, range: { top: r + 1 + fromRow, left: COL_VALUE + fromCol, rows: item.rows.length - fromRow, cols: cols - fromCol } });
    }
  }

  // ---- the master check is the last scalar of the checks section --------------
  const checkSection = template.sections.find((s) => s.role === "checks");
  const master = checkSection?.items.filter((i): i is ScalarItem => i.type === "scalar").at(-1);
  if (!master) throw new Error(`${template.id}: the checks section must end with a master check scalar`);
  const masterRange = keys.get(master.key) as RangeRef;
  put(2, COL_VALUE, { formula: "=" + cellAddress(masterRange.top, masterRange.left), numberFormat: master.format.code });
  style(cellRef(2, COL_VALUE), { bold: true, borderTop: "thin", borderBottom: "thin" });
  style(masterRange, { bold: true, borderTop: "thin", borderBottom: "double" });
  for (const r of [cellRef(2, COL_VALUE), masterRange]) {
    // A nonzero number is TRUE in a condition: red whenever the check is not 0, no constant needed.
    conditionalFormats.push({ range: r, formula: `=${cellAddress(r.top, r.left)}`, style: { fill: "#FFC7CE", fontColor: "#9C0006" } });
  }

  // ---- extent, section bars, blocks ------------------------------------------
  let maxCol = Math.max(COL_VALUE, hasTimeline ? lastTimelineCol : COL_VALUE);
  let maxRow = 0;
  for (const [r, line] of cells) {
    maxRow = Math.max(maxRow, r);
    for (const c of line.keys()) maxCol = Math.max(maxCol, c);
  }
  const colCount = maxCol + 1;
  const rowCount = maxRow + 1;
  // section bars span the timeline, or the widest table of a model without one
  const widestTable = Math.max(0, ...placed.map(({ item }) => (item.type === "table" ? COL_VALUE + item.columns.length : 0)));
  const barCols = Math.max(COL_TIMELINE + years, COL_VALUE + 1, widestTable);
  for (const s of sectionRows) {
    put(s.row, COL_LABEL, { value: s.title });
    // the bar goes first so that later styles (none on this row) cannot be hidden by it
    styles.unshift({ range: { top: s.row, left: COL_LABEL, rows: 1, cols: barCols }, style: { bold: true, fontColor: "#FFFFFF", fill: HEADER_FILL } });
  }

  const blocks = toBlocks(cells, rowCount);
  const inputSections = sectionRows.filter((s) => s.role === "inputs");
  let inputsRange: RangeRef = cellRef(4, COL_VALUE);
  if (inputSections.length > 0) {
    const top = inputSections[0].row;
    const bottom = inputSections[inputSections.length - 1].end;
    let right = COL_VALUE;
    for (let r = top; r <= bottom; r++) for (const c of cells.get(r)?.keys() ?? []) right = Math.max(right, c);
    inputsRange = { top, left: COL_LABEL, rows: bottom - top + 1, cols: right + 1 };
  }

  const charts: ChartSpec[] = template.charts.map((ch, i) => ({
    type: ch.type,
    title: ch.title,
    categories: chartRange(ch.categories),
    series: ch.series.map((s) => ({ name: s.name, values: chartRange(s.key), ...(s.secondaryAxis ? { secondaryAxis: true } : {}), ...(s.type ? { type: s.type } : {}) })),
    anchor: { top: rowCount + 1 + i * (CHART_ROWS + 1), left: COL_LABEL, rows: CHART_ROWS, cols: CHART_COLS },
    ...(ch.valueAxisTitle ? { valueAxisTitle: ch.valueAxisTitle } : {}),
    ...(ch.secondaryValueAxisTitle ? { secondaryValueAxisTitle: ch.secondaryValueAxisTitle } : {}),
  }));
  function chartRange(key: string): RangeRef {
    const r = keys.get(key);
    if (!r) throw new Error(`${template.id}: chart refers to unknown key ${key}`);
    return r;
  }

  const columnWidths = Array.from({ length: colCount }, (_, c) =>
    c === COL_LABEL ? WIDTH_LABEL : c === COL_UNIT ? WIDTH_UNIT : c === COL_VALUE ? WIDTH_VALUE : WIDTH_OTHER,
  );

  const plan: SheetPlan = {
    modelId: template.id,
    title: template.title.en,
    sheetName: template.sheetName,
    rowCount,
    colCount,
    blocks,
    styles,
    names,
    columnWidths,
    freeze: { rows: freezeRows, cols: COL_VALUE + 1 },
    conditionalFormats,
    validations,
    charts,
    inputsRange,
    masterCheck: masterRange,
  };
  return { plan, years, keys, inputs, timelineRows };
}

function scalarCell(item: ScalarItem, resolve: (f: string, col: number | undefined, where: string) => string, where: string): PlanCell {
  if ((item.value === undefined) === (item.formula === undefined)) throw new Error(`${where}: a scalar needs exactly one of value and formula`);
  return item.formula !== undefined
    ? { formula: "=" + resolve(item.formula, undefined, where), numberFormat: item.format.code }
    : { value: item.value as string | number | boolean, numberFormat: item.format.code };
}

/** Groups rows into rectangles: one block per run of consecutive non-empty rows. */
function toBlocks(cells: Map<number, Map<number, PlanCell>>, rowCount: number): CellBlock[] {
  const blocks: CellBlock[] = [];
  let r = 0;
  while (r < rowCount) {
    if (!cells.has(r)) {
      r++;
      continue;
    }
    const top = r;
    let right = 0;
    while (r < rowCount && cells.has(r)) {
      for (const c of (cells.get(r) as Map<number, PlanCell>).keys()) right = Math.max(right, c);
      r++;
    }
    const rows: (PlanCell | null)[][] = [];
    for (let rr = top; rr < r; rr++) {
      const line = cells.get(rr) as Map<number, PlanCell>;
      rows.push(Array.from({ length: right + 1 }, (_, c) => line.get(c) ?? null));
    }
    blocks.push({ top, left: 0, cells: rows });
  }
  return blocks;
}
