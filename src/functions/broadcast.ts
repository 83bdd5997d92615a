/**
 * Excel array semantics for custom-function arguments, shared by every function
 * whose numeric arguments may be ranges.
 *
 * Like native Excel arithmetic (`=A1:A3*B1:D1`): each argument is a scalar or a
 * rectangle; the result has, in each direction, the largest size among the
 * arguments; an argument of size 1 in a direction stretches along it; a cell
 * beyond a shorter argument is `#N/A`. Blank cells count as 0. Problems are per
 * cell: one bad input cell gives one error cell, never an error for the whole spill.
 *
 * Each argument is converted and domain-checked once per input cell (a scalar
 * once in all), then the loop only indexes; when several arguments of one
 * output cell are bad, the leftmost one decides, as core's checks do.
 */
import { brokenRule, domainMessage, InputError, type DomainRule } from "../core";
import { basicValueOf, errorCodeOf, KIND_TO_CODE, makeError, passThrough, type CellError } from "./cellError";

/** How an argument's cells are read. */
export interface ArgSpec<T> {
  /** argument name as Excel shows it, e.g. `price_per_share` */
  readonly name: string;
  /** turns one non-blank, non-error input cell into a value or an error */
  readonly read: (cell: unknown, name: string) => T | CellError;
  /** value when the argument is omitted (optional arguments only) */
  readonly omitted?: unknown;
}

/** Largest result returned, cells: beyond it a spill is a mistake (Excel's sheet has 17 billion cells). */
export const MAX_RESULT_CELLS = 4_000_000;

/** An argument converted once: its shape and its cells, each a value or an error. */
interface Converted<T> {
  rows: number;
  cols: number;
  cells: (T | CellError)[];
}

const BLANK_MARKER = Symbol("blank");

/** Is this an error value we produced or received (an object with an error `code`)? */
function isError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && errorCodeOf(v) !== undefined;
}

/**
 * Reads a number cell: finite numbers pass, text and booleans are #VALUE!.
 * Blank cells never reach a reader (they are 0 before).
 */
export function numberReader(rule: DomainRule): (cell: unknown, name: string) => number | CellError {
  return (cell, name) => {
    if (typeof cell !== "number") {
      const what = typeof cell === "string" ? "text" : typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : "that value";
      return makeError("#VALUE!", `${name} must be a number, not ${what}`);
    }
    const broken = brokenRule(cell, rule);
    return broken === undefined ? (cell === 0 ? 0 : cell) : makeError("#VALUE!", domainMessage(name, broken));
  };
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function readCell<T>(cell: unknown, spec: ArgSpec<T>): T | CellError {
  cell = basicValueOf(cell);
  if (isBlank(cell)) cell = 0;
  const code = errorCodeOf(cell);
  if (code !== undefined) return passThrough(code, cell, spec.name);
  try {
    return spec.read(cell, spec.name);
  } catch (e) {
    return toCellError(e);
  }
}

/** Rows of an argument as Excel passes it: a matrix, or a bare scalar (tests, scalar calls). */
function toRows(value: unknown): unknown[][] | typeof BLANK_MARKER {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return BLANK_MARKER;
  // An index loop, not every(): every() skips the holes of a sparse array.
  for (let i = 0; i < value.length; i++) if (!Array.isArray(value[i])) return [value];
  return value as unknown[][];
}

function convert<T>(value: unknown, spec: ArgSpec<T>): Converted<T> | CellError {
  if ((value === undefined || value === null) && "omitted" in spec) value = spec.omitted;
  const rows = toRows(value);
  if (rows === BLANK_MARKER) return makeError("#VALUE!", `${spec.name} is an empty range`);
  let cols = 0;
  for (const r of rows) cols = Math.max(cols, r.length);
  if (cols === 0) return makeError("#VALUE!", `${spec.name} is an empty range`);
  const cells: (T | CellError)[] = new Array(rows.length * cols);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    for (let j = 0; j < cols; j++) {
      cells[i * cols + j] =
        j < r.length ? readCell(r[j], spec) : makeError("#N/A", `${spec.name} has no cell at row ${i + 1}, column ${j + 1}`);
    }
  }
  return { rows: rows.length, cols, cells };
}

/**
 * Maps any exception to a cell error: core's InputError keeps its kind and
 * message; anything else (a bug) becomes #VALUE! rather than escaping to Excel,
 * which would show a bare #VALUE! anyway.
 */
export function toCellError(e: unknown): CellError {
  if (e instanceof InputError) return makeError(KIND_TO_CODE[e.kind], e.message);
  return makeError("#VALUE!", `internal error: ${e instanceof Error ? e.message : String(e)}`);
}

/** A finite number, or #NUM! (Excel cells cannot hold Infinity or NaN). */
export function finiteOrNum(x: number | CellError): number | CellError {
  if (typeof x !== "number") return x;
  if (Number.isFinite(x)) return x === 0 ? 0 : x; // no -0 in a cell
  return makeError("#NUM!", "the result is too large for Excel");
}

/** One argument of a broadcast: the value Excel passed and how to read its cells. */
export type BroadcastArgs<T extends readonly unknown[]> = { readonly [K in keyof T]: readonly [unknown, ArgSpec<T[K]>] };

/**
 * Applies `compute` cell by cell over the broadcast of `args`.
 * @param args    one `[value, spec]` per argument, in Excel's argument order;
 *                each spec's reader fixes the type of its value in `compute`
 * @param compute the formula for one cell; gets the converted values in argument
 *                order, typed by the specs (the array is reused: copy it to keep
 *                it) and returns a number or an error. Exceptions become error cells.
 * @returns the result matrix (1x1 for scalar arguments), numbers and errors
 */
export function broadcast<T extends readonly unknown[]>(
  args: BroadcastArgs<T>,
  compute: (values: T) => number | CellError,
): (number | CellError)[][] {
  const conv: Converted<unknown>[] = [];
  const pairs = args as ReadonlyArray<readonly [unknown, ArgSpec<unknown>]>;
  for (const [value, spec] of pairs) {
    const c = convert(value, spec);
    if (isError(c)) return [[c]];
    conv.push(c as Converted<unknown>);
  }
  let rows = 1;
  let cols = 1;
  for (const c of conv) {
    rows = Math.max(rows, c.rows);
    cols = Math.max(cols, c.cols);
  }
  if (rows * cols > MAX_RESULT_CELLS) {
    return [[makeError("#VALUE!", `the arguments broadcast to ${rows} x ${cols} cells, more than ${MAX_RESULT_CELLS}`)]];
  }
  const n = conv.length;
  // Filled argument by argument below, each from its spec's reader: an instance of T.
  const values = new Array(n) as unknown[];
  const out: (number | CellError)[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row: (number | CellError)[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let bad: CellError | undefined;
      for (let a = 0; a < n; a++) {
        const c = conv[a]!;
        const ri = c.rows === 1 ? 0 : i;
        const ci = c.cols === 1 ? 0 : j;
        if (ri >= c.rows || ci >= c.cols) {
          bad = makeError("#N/A", `${pairs[a]![1].name} has no cell for row ${i + 1}, column ${j + 1} of the result (ranges of different sizes)`);
          break;
        }
        const v = c.cells[ri * c.cols + ci];
        if (isError(v)) {
          bad = v;
          break;
        }
        values[a] = v;
      }
      if (bad) {
        row[j] = bad;
        continue;
      }
      try {
        row[j] = finiteOrNum(compute(values as unknown as T));
      } catch (e) {
        row[j] = toCellError(e);
      }
    }
    out[i] = row;
  }
  return out;
}

/**
 * Reads an argument that must be one value (DEBT_SCHEDULE, GPU_WATTS): blank is
 * 0, an omitted optional argument takes `spec.omitted`, a range larger than one
 * cell is #VALUE!.
 */
export function readScalar<T>(value: unknown, spec: ArgSpec<T>): T | CellError {
  const c = convert(value, spec);
  if (isError(c)) return c;
  const conv = c as Converted<T>;
  if (conv.rows !== 1 || conv.cols !== 1) return makeError("#VALUE!", `${spec.name} must be a single value, not a range`);
  return conv.cells[0]!;
}

export { isError };
