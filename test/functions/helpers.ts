/** Shared test helpers for the functions suites (not a test file). */
import type { CellError } from "../../src/functions/cellError";

/** A cell as a comparable value: numbers as is, errors as "CODE message". */
export function show(cell: number | CellError): number | string {
  return typeof cell === "number" ? cell : `${cell.code} ${cell.message ?? ""}`.trim();
}

/** A whole result as comparable values. */
export function showAll(m: (number | CellError)[][]): (number | string)[][] {
  return m.map((r) => r.map(show));
}
