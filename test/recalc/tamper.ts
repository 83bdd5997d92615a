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
 * A model's tamper test lists `FiringCase`s, runs them with `tamperInEveryEngine`
 * under `describeWithEngines`, and asserts each with `expectFiresAsListed`.
 */
import { describe, expect } from "vitest";
import type { ModelTemplate } from "../../src/plan/template";
import type { RecalcCase } from "./cases";
import { isError, type CellValue, type EngineName, type RecalcEngine } from "./engine";
import { cellsOf, probeEngines, recalcCases } from "./harness";

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

/** A tampered case and the named checks it must fire; none for a control, where nothing may fire. */
export type FiringCase = RecalcCase & { fires: string[] };

/**
 * A constructor of one model's cases, so that a case list reads one line a case.
 * @param template the model every case exports
 * @returns `(label, edits, fires) => FiringCase`
 */
export function firingCaseOf(template: ModelTemplate): (label: string, edits: RecalcCase["edits"], fires: string[]) => FiringCase {
  return (label, edits, fires) => ({ label, template, edits, fires });
}

/**
 * The checks of a model that no case shows firing: every scalar or row of its
 * checks sections except the master check (which every non-control case fires)
 * and the helper rows named in `helpers` (recomputed values a check compares
 * against, not checks themselves). A tamper test requires this to be empty, so
 * a new check cannot land without a case that fires it.
 */
export function checksNeverFired(template: ModelTemplate, cases: readonly FiringCase[], helpers: readonly string[] = []): string[] {
  const listed = new Set(cases.flatMap((c) => c.fires));
  return template.sections
    .filter((s) => s.role === "checks")
    .flatMap((s) => s.items)
    .flatMap((i) => (i.type === "scalar" || i.type === "timeline" ? [i.key] : []))
    .filter((k) => k !== "MasterCheck" && !helpers.includes(k) && !listed.has(k));
}

/** The engines of this machine, probed once per test file (a loud banner for each missing one). */
export const engineStatus = probeEngines();
const ci = Boolean(process.env.CI);

/** `describe`, or `describe.skip` when no engine is installed and CI is not set (CI fails instead). */
export const describeWithEngines = engineStatus.available.length === 0 && !ci ? describe.skip : describe;

/**
 * `tamper` over every engine available here.
 * @param cases the cases of one batch (one soffice process)
 * @returns one result per case, in order
 * @throws Error when CI is set and an engine is missing, so CI never passes on a skip
 */
export async function tamperInEveryEngine(cases: RecalcCase[]): Promise<TamperResult[]> {
  if (ci && engineStatus.missing.length) throw new Error(`CI is set but engines are missing: ${engineStatus.missing.map((m) => m.reason).join("; ")}`);
  return tamper(engineStatus.available, cases);
}

/**
 * Asserts that a case fired as listed in every available engine: each engine
 * answered; the master check is a number (error cells are counted, never
 * propagated) and fires unless the case is a control; every check in `fires`
 * fires; in a control, no formula cell is in error and no check fires.
 * @param result what `tamperInEveryEngine` returned for the case
 * @param c the case; a control is a case with an empty `fires`
 */
export function expectFiresAsListed(result: TamperResult, c: FiringCase): void {
  const control = c.fires.length === 0;
  expect(result.engines.map((e) => e.engine)).toEqual(engineStatus.available.map((e) => e.name));
  for (const e of result.engines) {
    expect(typeof e.master, `${e.engine} master check ${String(e.master)}`).toBe("number");
    expect(fired(e.master), `${e.engine} master check ${String(e.master)}`).toBe(!control);
    for (const name of c.fires) expect(fired(e.checks[name]), `${e.engine} ${name} = ${String(e.checks[name])}`).toBe(true);
    if (control) {
      expect(e.errors, e.engine).toEqual([]);
      for (const [name, v] of Object.entries(e.checks)) expect(fired(v), `${e.engine} ${name}`).toBe(false);
    }
  }
}
