/**
 * A small tokenizer for the en-US formulas of a SheetPlan: enough to find every
 * A1 reference, defined name, function and numeric literal, and to rewrite a
 * formula in relative R1C1 form (two formulas are "the same formula" across a
 * timeline row when their R1C1 forms are equal). Covers the syntax the layout
 * emits: sheet-local A1 references, no sheet prefixes, no structured references.
 */
import type { RangeRef } from "../plan/plan";

export type TokenKind = "string" | "number" | "ref" | "function" | "name" | "bool" | "error" | "op";

export interface Token {
  kind: TokenKind;
  text: string;
}

/** One end of an A1 reference. */
export interface A1Cell {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

const CELL = "\\$?[A-Za-z]{1,3}\\$?[0-9]+";
const PATTERNS: [TokenKind, RegExp][] = [
  ["string", /^"(?:[^"]|"")*"/],
  ["error", /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/],
  ["ref", new RegExp(`^${CELL}(?::${CELL})?(?![A-Za-z0-9_.(])`)],
  ["number", /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?/],
  ["function", /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/],
  ["bool", /^(?:TRUE|FALSE)(?![A-Za-z0-9_.(])/i],
  ["name", /^[A-Za-z_\\][A-Za-z0-9_.]*/],
  ["op", /^(?:<>|<=|>=|[-+*/^&=<>(),:;%{}])/],
];

/**
 * Splits a formula into tokens (whitespace dropped).
 * @param formula en-US formula, with or without the leading "="
 * @throws Error on a character no token matches
 */
export function tokenizeFormula(formula: string): Token[] {
  let s = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  while (s.length > 0) {
    const ws = /^\s+/.exec(s);
    if (ws) {
      s = s.slice(ws[0].length);
      continue;
    }
    let matched = false;
    for (const [kind, re] of PATTERNS) {
      const m = re.exec(s);
      if (m) {
        tokens.push({ kind, text: m[0] });
        s = s.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) throw new Error(`cannot tokenize formula at: ${s}`);
  }
  return tokens;
}

/** Column index (0-based) of column letters: A -> 0, AA -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseCell(text: string): A1Cell {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/.exec(text);
  if (!m) throw new Error(`not an A1 cell: ${text}`);
  return { absCol: m[1] === "$", col: columnIndex(m[2]), absRow: m[3] === "$", row: Number(m[4]) - 1 };
}

/**
 * The two corners of an A1 reference token (`C5`, `$D$5:I5`).
 * @returns start and end cells (equal for a single cell)
 */
export function parseA1(text: string): { start: A1Cell; end: A1Cell } {
  const [a, b] = text.split(":");
  const start = parseCell(a);
  return { start, end: b === undefined ? start : parseCell(b) };
}

/** The rectangle an A1 reference covers. */
export function a1Range(text: string): RangeRef {
  const { start, end } = parseA1(text);
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.col, end.col);
  return { top, left, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

function r1c1Cell(c: A1Cell, row: number, col: number): string {
  const r = c.absRow ? `R${c.row + 1}` : `R[${c.row - row}]`;
  const k = c.absCol ? `C${c.col + 1}` : `C[${c.col - col}]`;
  return r + k;
}

/**
 * The formula with every A1 reference rewritten relative to the cell holding it,
 * R1C1 style (`D5` in E6 -> `R[-1]C[-1]`): equal strings mean the same formula.
 * @param formula en-US formula
 * @param row     0-based row of the cell holding it
 * @param col     0-based column of the cell holding it
 */
export function toR1C1(formula: string, row: number, col: number): string {
  return tokenizeFormula(formula)
    .map((t) => {
      if (t.kind !== "ref") return t.text;
      const { start, end } = parseA1(t.text);
      return t.text.includes(":") ? `${r1c1Cell(start, row, col)}:${r1c1Cell(end, row, col)}` : r1c1Cell(start, row, col);
    })
    .join(" ");
}
