/** Shared test helpers for the functions suites (not a test file). */
import type { CellError } from "../../src/functions/cellError";
import type { Result } from "../../src/functions/args";

/** A cell as a comparable value: numbers as is, errors as "CODE message". */
export function show(cell: number | CellError): number | string {
  return typeof cell === "number" ? cell : `${cell.code} ${cell.message ?? ""}`.trim();
}

/** A whole result (functions return `unknown[][]` for the metadata generator) as comparable values. */
export function showAll(m: unknown[][]): (number | string)[][] {
  return (m as Result).map((r) => r.map(show));
}
