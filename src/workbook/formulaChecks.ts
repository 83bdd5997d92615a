/**
 * Static checks of a plan's formulas (cells and conditional formats): allowed
 * functions only, no constants in calculations, known names, and references that
 * stay in the used area over written cells, never the formula's own cell.
 */
import { cellAddress, rangeAddress, type PlanCell, type RangeRef, type SheetPlan } from "../plan/plan";
import { type Token, a1Range, tokenizeFormula } from "./formulaRefs";

/**
 * Functions a model may use: present in Excel 2016 and LibreOffice 7.4, not
 * volatile (no OFFSET, INDIRECT, TODAY, NOW, RAND, CELL, INFO) and not stored
 * with an `_xlfn.` prefix. Anything else is reported.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS", "AND", "AVERAGE", "CHOOSE", "COLUMNS", "COUNT", "COUNTIF", "IF", "INDEX", "INT", "IPMT", "ISERROR", "ISNUMBER",
  "MATCH", "MAX", "MIN", "NOT", "OR", "PPMT", "ROUND", "ROWS", "SUM", "SUMIF", "SUMPRODUCT",
]);

/** Whether `r` is a non-empty rectangle inside the plan's used area. */
export function inBounds(plan: SheetPlan, r: RangeRef): boolean {
  return r.rows >= 1 && r.cols >= 1 && r.top >= 0 && r.left >= 0 && r.top + r.rows <= plan.rowCount && r.left + r.cols <= plan.colCount;
}

/**
 * Whether token `i` is the literal row number 1 of `INDEX(range,1,k)`: the
 * portable way to take the k-th cell of a one-row range (Gnumeric returns #REF!
 * for `INDEX(row_range,k)` with k > 1). It is a position, not a model constant.
 */
function isIndexRowOne(tokens: readonly Token[], i: number): boolean {
  const t = (k: number): Token | undefined => tokens[k];
  return (
    t(i)?.text === "1" &&
    t(i - 1)?.text === "," &&
    (t(i - 2)?.kind === "ref" || t(i - 2)?.kind === "name") &&
    t(i - 3)?.text === "(" &&
    t(i - 4)?.kind === "function" &&
    t(i - 4)?.text.toUpperCase() === "INDEX" &&
    t(i + 1)?.text === ","
  );
}

/**
 * Every formula (cells and conditional formats): allowed functions, no constants, known names, references to written cells.
 * @param plan  the plan
 * @param cells its non-empty cells by "row,col" (planCells)
 * @returns the problems found, each naming the cell
 */
export function checkFormulas(plan: SheetPlan, cells: ReadonlyMap<string, PlanCell>): string[] {
  const problems: string[] = [];
  const names = new Set(plan.names.map((n) => n.name.toUpperCase()));
  const checkFormula = (formula: string, where: string, origin: { row: number; col: number }): void => {
    if (!formula.startsWith("=")) problems.push(`${where}: formula does not begin with "="`);
    let tokens: Token[];
    try {
      tokens = tokenizeFormula(formula);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      return;
    }
    tokens.forEach((t, i) => {
      if (t.kind === "function" && !ALLOWED_FUNCTIONS.has(t.text.toUpperCase())) problems.push(`${where}: function ${t.text} is not allowed (volatile, unsupported or prefixed)`);
      else if (t.kind === "number" && !isIndexRowOne(tokens, i)) problems.push(`${where}: numeric constant ${t.text} in a calculation (constants belong in inputs)`);
      else if (t.kind === "error") problems.push(`${where}: error literal ${t.text}`);
      else if (t.kind === "name" && !names.has(t.text.toUpperCase())) problems.push(`${where}: unknown name ${t.text}`);
      else if (t.kind === "ref") problems.push(...checkReference(plan, cells, t.text, where, origin));
    });
  };
  for (const [at, cell] of cells) {
    if (cell.formula === undefined) continue;
    const [row, col] = at.split(",").map(Number);
    checkFormula(cell.formula, cellAddress(row, col), { row, col });
  }
  plan.conditionalFormats.forEach((cf, i) => {
    if (!inBounds(plan, cf.range)) problems.push(`conditional format ${i} leaves the used area`);
    checkFormula(cf.formula, `conditional format on ${rangeAddress(cf.range)}`, { row: -1, col: -1 });
  });
  return problems;
}

/** A reference stays in the used area, covers only written cells and never its own cell. */
function checkReference(plan: SheetPlan, cells: ReadonlyMap<string, PlanCell>, text: string, where: string, origin: { row: number; col: number }): string[] {
  const r = a1Range(text);
  if (!inBounds(plan, r)) return [`${where}: ${text} is outside the used area`];
  const problems: string[] = [];
  for (let rr = r.top; rr < r.top + r.rows; rr++) {
    for (let cc = r.left; cc < r.left + r.cols; cc++) {
      if (rr === origin.row && cc === origin.col) problems.push(`${where}: refers to itself`);
      else if (!cells.has(`${rr},${cc}`)) problems.push(`${where}: ${text} includes the empty cell ${cellAddress(rr, cc)}`);
    }
  }
  return problems;
}
