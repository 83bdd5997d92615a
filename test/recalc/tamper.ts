/**
 * "Check fires" helper for model tests: export a model, tamper with the file
 * (overwrite a calculated cell with a number, or set an input to a bad value),
 * recalculate in every available engine and read the master check and every
 * named check back.
 *
 *   const [r] = await tamper(status.available, [{ label: "GPU roll overwritten", template: capacity, edits: { "GpusClosing#2": 123 } }]);
 *   for (const e of r.engines) expect(fired(e.master), e.engine).toBe(true);
 *
 * Pass several cases in one call: each call starts one soffice process (~2-3 s).
 */
import type { RecalcCase } from "./cases";
import { isError, type CellValue, type EngineName, type RecalcEngine } from "./engine";
import { cellsOf, recalcCases } from "./harness";

/** The checks one engine computed for a tampered file. */
export interface CheckReadout {
  engine: EngineName;
  /** the plan's master check cell: 0 when consistent, a number or an error otherwise */
  master: CellValue;
  /** every name of kind "check" -> its value (one cell) or values (a row) */
  checks: Record<string, CellValue | CellValue[]>;
  /** every formula cell in error, as `A1 #ERR` strings, for failure messages */
  errors: string[];
}

/** A tampered case and what each engine made of it. */
export interface TamperResult {
  label: string;
  engines: CheckReadout[];
}

/**
 * Recalculates tampered copies of models and reads their checks.
 * @param engines  engines to use (usually `probeEngines().available`)
 * @param cases    each with `edits`: cell key -> number or text written into the file
 *                 (keys as in cases.ts: inputs, named cells, `Key#i` for the i-th cell)
 * @returns one result per case, in order
 * @throws Error when an engine cannot load a file, or a key is unknown
 */
export async function tamper(engines: readonly RecalcEngine[], cases: RecalcCase[]): Promise<TamperResult[]> {
  const batch = await recalcCases(cases, engines);
  return batch.cases.map(({ written, outcomes }) => ({
    label: written.label,
    engines: outcomes.map(({ engine, outcome }) => {
      if (!outcome.sheet) throw new Error(`${engine} could not load "${written.label}": ${outcome.loadError}`);
      const cells = outcome.sheet.cells;
      const checks: Record<string, CellValue | CellValue[]> = {};
      for (const n of written.laid.plan.names) {
        if (n.kind !== "check") continue;
        const values = cellsOf(cells, n.range);
        checks[n.name] = values.length === 1 ? values[0] : values;
      }
      const errors = outcome.sheet.errors.map((e) => `R${e.row + 1}C${e.col + 1} ${e.error}`);
      return { engine, master: cellsOf(cells, written.laid.plan.masterCheck)[0], checks, errors };
    }),
  }));
}

/** A check "fires" when it is a non-zero number or an error value. */
export function fired(v: CellValue | CellValue[]): boolean {
  const values = Array.isArray(v) ? v : [v];
  return values.some((x) => isError(x) || (typeof x === "number" && x !== 0));
}
