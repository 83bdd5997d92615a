/**
 * Suite -> one SheetPlan per sheet, the links written as formulas.
 *
 * Each sheet is laid out by layoutModelDetailed like a model alone; then every
 * linked input becomes a formula reading the source sheet's sheet-scoped name
 * with the sheet name actually used (`='Capacity (2)'!TaxRate`). A timeline input
 * reads the same year of a source row in every column:
 * `INDEX('Capacity'!Revenue,1,MATCH(D5,'Capacity'!Years,FALSE))`, where D5 is
 * this sheet's own year of the column: no implicit intersection, no dynamic
 * arrays, the same in Excel 2016, LibreOffice and Gnumeric (over a one-year timeline
 * the row's one cell, since Gnumeric cannot INDEX a one-cell range). Linked cells lose the
 * input fill and validation, take the link colour (green, the FAST convention for
 * links to other sheets), and their note names the source.
 */
import { cellAddress, type RangeRef, type SheetPlan } from "../plan/plan";
import { itemKinds, SUITE_REF, type SuiteLink, type SuiteSheet, type SuiteTemplate } from "../plan/suite";
import type { ModelTemplate, TemplateItem } from "../plan/template";
import { uniqueSheetName } from "./excelSheetName";
import { COL_TIMELINE, COL_VALUE, INPUT_FILL, INPUT_FONT, layoutModelDetailed, type LaidOutModel } from "./layout";
import { withoutCells } from "./suiteRanges";

/** Font colour of a linked input: green, a link to another sheet (FAST). */
export const LINK_FONT = "#00803C";

/** The cells one link wrote. */
export interface LinkCells {
  link: SuiteLink;
  /** the linked cells (one, a whole timeline row, or its first column) */
  range: RangeRef;
}

/** One laid-out sheet of the suite. */
export interface LaidOutSheet extends LaidOutModel {
  id: string;
  links: LinkCells[];
}

/**
 * Sheet names for a suite: each sheet's preferred name, made unique against
 * `existing` and the suite's earlier sheets ("Capacity (2)" when taken).
 * @param suite    the suite
 * @param existing names already in the workbook (none for a new file)
 * @returns suite id -> the sheet name to use
 */
export function suiteSheetNames(suite: SuiteTemplate, existing: readonly string[] = []): Map<string, string> {
  const taken = [...existing];
  const out = new Map<string, string>();
  for (const s of suite.sheets) {
    const name = uniqueSheetName(s.template.sheetName, taken);
    taken.push(name);
    out.set(s.id, name);
  }
  return out;
}

/** `'Sheet name'` with apostrophes doubled: always quoted, valid for any name. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * Lays out every sheet of `suite`.
 * @param suite  the suite (src/models/suite.ts)
 * @param names  suite id -> sheet name actually used (suiteSheetNames)
 * @param years  timeline length of the sheets with a timeline, 1..100 (default the suite's)
 * @throws Error when a sheet has no name in `names`, or a formula refers to an
 *         unknown sheet id (a suite mistake)
 */
export function layoutSuite(suite: SuiteTemplate, names: ReadonlyMap<string, string>, years = suite.defaultYears): LaidOutSheet[] {
  const nameOf = (id: string): string => {
    const n = names.get(id);
    if (n === undefined) throw new Error(`suite layout: no sheet name for ${id}`);
    return n;
  };
  return suite.sheets.map((sheet) => {
    const template = withSheetNames(sheet.template, sheet.id, nameOf);
    const laid = layoutModelDetailed(template, template.defaultYears === undefined ? {} : { years });
    laid.plan.sheetName = nameOf(sheet.id);
    const links = sheet.links.map((l) => writeLink(laid, sheet, l, suite, nameOf));
    return { ...laid, id: sheet.id, links };
  });
}

/** The template with every `{sheet!Name}` of its formulas written with the sheet's name. */
function withSheetNames(t: ModelTemplate, own: string, nameOf: (id: string) => string): ModelTemplate {
  const sub = (f: string): string => f.replace(SUITE_REF, (_m, id: string, name: string) => (id === own ? `{${name}}` : `${quoteSheet(nameOf(id))}!${name}`));
  const item = (i: TemplateItem): TemplateItem => {
    if (i.type === "scalar" && i.formula !== undefined) return { ...i, formula: sub(i.formula) };
    if (i.type === "timeline" && i.formula !== undefined) return { ...i, formula: sub(i.formula), ...(i.first !== undefined ? { first: sub(i.first) } : {}) };
    return i;
  };
  return { ...t, sections: t.sections.map((s) => ({ ...s, items: s.items.map(item) })) };
}

/** Writes one link into the laid-out sheet: formulas, style, validation, note, inputs. */
function writeLink(laid: LaidOutModel, sheet: SuiteSheet, l: SuiteLink, suite: SuiteTemplate, nameOf: (id: string) => string): LinkCells {
  const where = `suite layout: ${sheet.id}.${l.input}`;
  const target = laid.keys.get(l.input);
  if (!target) throw new Error(`${where}: no such key on the sheet`);
  const source = suite.sheets.find((s) => s.id === l.from.sheet);
  if (!source) throw new Error(`${where}: unknown source sheet ${l.from.sheet}`);
  const kinds = itemKinds(source.template);
  const q = quoteSheet(nameOf(source.id));
  const isRow = target.cols > 1 || itemKinds(sheet.template, "inputs").get(l.input) === "timeline";
  const range: RangeRef = l.firstYearOnly ? { ...target, cols: 1 } : target;
  const years = laid.keys.get("Years");
  for (let c = range.left; c < range.left + range.cols; c++) {
    const term = (n: string): string => {
      if (kinds.get(n) !== "timeline") return `${q}!${n}`;
      if (!years || !isRow) throw new Error(`${where}: reads the row ${n} into a cell without a year`);
      // Gnumeric gives #REF! for INDEX of a one-cell range: a one-year row is its own (only) year
      if (laid.years === 1) return `${q}!${n}`;
      return `INDEX(${q}!${n},1,MATCH(${cellAddress(years.top, c)},${q}!Years,FALSE))`;
    };
    setFormula(laid.plan, range.top, c, "=" + l.from.names.map(term).join("+"));
  }
  relink(laid, range);
  const from = `${nameOf(source.id)}: ${l.from.names.join(" + ")}`;
  const noteCol = isRow ? COL_TIMELINE + laid.years : COL_VALUE + 1;
  setNote(laid.plan, range.top, noteCol, l.firstYearOnly ? `Linked (first year): ${from}; later years are inputs` : `Linked: ${from}${isRow ? " (same year)" : ""}`);
  const linkedKeys = new Set<string>(isRow ? Array.from({ length: range.cols }, (_, i) => `${l.input}#${i}`) : [l.input]);
  laid.inputs = laid.inputs.filter((i) => !linkedKeys.has(i.key));
  return { link: l, range };
}

/** Replaces the cell at (row, col) of the plan's blocks by a formula, keeping its number format. */
function setFormula(plan: SheetPlan, row: number, col: number, formula: string): void {
  const block = plan.blocks.find((b) => row >= b.top && row < b.top + b.cells.length && col >= b.left && col < b.left + (b.cells[0]?.length ?? 0));
  const cell = block?.cells[row - (block?.top ?? 0)][col - (block?.left ?? 0)];
  if (!block || !cell) throw new Error(`suite layout: no cell at ${cellAddress(row, col)} to link`);
  block.cells[row - block.top][col - block.left] = { formula, ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}) };
}

/** Replaces the text of the note at (row, col), when the sheet has one there. */
function setNote(plan: SheetPlan, row: number, col: number, text: string): void {
  for (const b of plan.blocks) {
    const cell = b.cells[row - b.top]?.[col - b.left];
    if (cell && cell.value !== undefined) {
      b.cells[row - b.top][col - b.left] = { value: text };
      return;
    }
  }
}

/** Linked cells: no input fill or validation, the link colour. */
function relink(laid: LaidOutModel, range: RangeRef): void {
  const plan = laid.plan;
  plan.styles = plan.styles.flatMap((s) => (s.style.fill === INPUT_FILL && s.style.fontColor === INPUT_FONT ? withoutCells(s.range, range).map((r) => ({ range: r, style: s.style })) : [s]));
  plan.styles.push({ range, style: { fontColor: LINK_FONT } });
  plan.validations = plan.validations.flatMap((v) => withoutCells(v.range, range).map((r) => ({ ...v, range: r })));
}
