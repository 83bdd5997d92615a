/**
 * Static checks of a SheetPlan, without any spreadsheet engine: the FAST rules a
 * reviewer would otherwise check by eye. Each returns human-readable problems;
 * an empty list means the plan passes.
 */
import { cellAddress, rangeAddress, type PlanCell, type SheetPlan } from "../plan/plan";
import { checkFormulas, inBounds } from "./formulaChecks";
import { toR1C1 } from "./formulaRefs";

/** A timeline row whose formulas must be one formula copied across (first column excepted when declared). */
export interface ConsistentRow {
  key: string;
  row: number;
  left: number;
  cols: number;
  firstDiffers: boolean;
}

/** Excel's rule for a defined name, minus the cases that look like cell references. */
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;
const LOOKS_LIKE_CELL = /^(?:[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*)$/;

/** Every non-empty cell of a plan by "row,col". */
export function planCells(plan: SheetPlan): Map<string, PlanCell> {
  const out = new Map<string, PlanCell>();
  for (const b of plan.blocks) {
    b.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell) out.set(`${b.top + r},${b.left + c}`, cell);
      }),
    );
  }
  return out;
}

/**
 * Checks a plan: structure, references, functions, constants, names, consistency.
 * @param plan the plan to check
 * @param rows timeline rows whose formulas must be consistent across columns
 * @returns problems found, empty when the plan passes
 */
export function checkPlan(plan: SheetPlan, rows: ConsistentRow[] = []): string[] {
  const cells = planCells(plan);
  return [
    ...checkBlocks(plan),
    ...checkFormulas(plan, cells),
    ...checkNames(plan, cells),
    ...checkConsistency(rows, cells),
    ...checkSheetSettings(plan, cells),
  ];
}

/** Blocks: rectangular, not overlapping, inside the used area; cells hold one finite value or one formula. */
function checkBlocks(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const b of plan.blocks) {
    const width = b.cells[0]?.length ?? 0;
    b.cells.forEach((line, r) => {
      if (line.length !== width) problems.push(`block at ${cellAddress(b.top, b.left)}: row ${r} has ${line.length} cells, expected ${width}`);
      line.forEach((cell, c) => {
        const at = `${b.top + r},${b.left + c}`;
        if (seen.has(at)) problems.push(`blocks overlap at ${cellAddress(b.top + r, b.left + c)}`);
        seen.add(at);
        if (!cell) return;
        // the types forbid both and neither; a plan read from JSON is checked all the same
        if ((cell.value === undefined) === (cell.formula === undefined)) problems.push(`${cellAddress(b.top + r, b.left + c)}: needs exactly one of value and formula`);
        if (typeof cell.value === "string" && cell.value.startsWith("=")) problems.push(`${cellAddress(b.top + r, b.left + c)}: text begins with "="`);
        if (typeof cell.value === "number" && !Number.isFinite(cell.value)) problems.push(`${cellAddress(b.top + r, b.left + c)}: value is not finite`);
      });
    });
    if (!inBounds(plan, { top: b.top, left: b.left, rows: b.cells.length, cols: Math.max(width, 1) })) problems.push(`block at ${cellAddress(b.top, b.left)} leaves the used area`);
  }
  return problems;
}

/** Names: valid, unique, inside the used area, over written cells, with a comment. */
function checkNames(plan: SheetPlan, cells: ReadonlyMap<string, PlanCell>): string[] {
  const problems: string[] = [];
  const nameSeen = new Set<string>();
  for (const n of plan.names) {
    if (!NAME.test(n.name) || LOOKS_LIKE_CELL.test(n.name)) problems.push(`name ${n.name} is not a valid Excel name`);
    if (nameSeen.has(n.name.toUpperCase())) problems.push(`name ${n.name} defined twice`);
    nameSeen.add(n.name.toUpperCase());
    if (!inBounds(plan, n.range)) {
      problems.push(`name ${n.name} leaves the used area`);
      continue;
    }
    for (let r = n.range.top; r < n.range.top + n.range.rows; r++) {
      for (let c = n.range.left; c < n.range.left + n.range.cols; c++) if (!cells.has(`${r},${c}`)) problems.push(`name ${n.name} covers the empty cell ${cellAddress(r, c)}`);
    }
    if (!n.comment) problems.push(`name ${n.name} has no comment`);
  }
  return problems;
}

/** Each timeline row is one formula copied across (in relative R1C1 form), the first column excepted when declared. */
function checkConsistency(rows: readonly ConsistentRow[], cells: ReadonlyMap<string, PlanCell>): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const forms: string[] = [];
    for (let c = row.left; c < row.left + row.cols; c++) {
      const f = cells.get(`${row.row},${c}`)?.formula;
      if (f === undefined) {
        problems.push(`${row.key}: ${cellAddress(row.row, c)} has no formula`);
        continue;
      }
      forms.push(toR1C1(f, row.row, c));
    }
    const from = row.firstDiffers ? 1 : 0;
    for (let i = from + 1; i < forms.length; i++) {
      if (forms[i] !== forms[from]) problems.push(`${row.key}: column ${i + 1} is not the formula of column ${from + 1} (${forms[i]} vs ${forms[from]})`);
    }
  }
  return problems;
}

/** The master check, inputs range, widths, freeze panes, sheet name, validations, print setup and charts. */
function checkSheetSettings(plan: SheetPlan, cells: ReadonlyMap<string, PlanCell>): string[] {
  const problems: string[] = [];
  const master = cells.get(`${plan.masterCheck.top},${plan.masterCheck.left}`);
  if (plan.masterCheck.rows !== 1 || plan.masterCheck.cols !== 1 || master?.formula === undefined) problems.push("the master check is not one formula cell");
  if (!inBounds(plan, plan.inputsRange)) problems.push("inputsRange leaves the used area");
  if (plan.columnWidths.length !== plan.colCount) problems.push(`columnWidths has ${plan.columnWidths.length} entries for ${plan.colCount} columns`);
  if (plan.freeze.rows < 0 || plan.freeze.cols < 0 || plan.freeze.rows >= plan.rowCount || plan.freeze.cols >= plan.colCount) problems.push("freeze panes leave the used area");
  if (plan.sheetName.length > 31 || /[[\]:*?/\\]/.test(plan.sheetName)) problems.push(`sheet name ${plan.sheetName} is not valid`);
  for (const v of plan.validations) {
    if (!inBounds(plan, v.range)) problems.push("a validation leaves the used area");
    if (v.kind === "list" && v.values.some((x) => x.includes(","))) problems.push("a list validation value contains a comma");
    if (v.title.length > 32 || v.prompt.length > 255 || v.errorMessage.length > 255) problems.push(`validation on ${rangeAddress(v.range)}: a message is longer than Excel allows`);
  }
  const p = plan.print;
  if (!inBounds(plan, p.area) || p.area.top !== 0 || p.area.left !== 0 || p.area.rows !== plan.rowCount) problems.push("the print area does not start at A1 and cover every row");
  for (const h of plan.rowHeights) if (h.row < 0 || h.row >= plan.rowCount || !(h.points > 0 && h.points <= 409)) problems.push(`row height ${JSON.stringify(h)} is not a row of the sheet with 0 < points <= 409`);
  if (p.titleRows && (p.titleRows.first > p.titleRows.last || p.titleRows.last >= plan.rowCount)) problems.push("print title rows leave the used area");
  for (const ch of plan.charts) {
    for (const s of ch.series) {
      if (!inBounds(plan, s.values)) problems.push(`chart ${ch.title}: series ${s.name} leaves the used area`);
      if (s.values.rows * s.values.cols !== ch.categories.rows * ch.categories.cols) problems.push(`chart ${ch.title}: series ${s.name} and categories differ in length`);
    }
    if (!inBounds(plan, ch.categories)) problems.push(`chart ${ch.title}: categories leave the used area`);
  }
  return problems;
}
