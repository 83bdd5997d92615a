/**
 * The tamper helper at work, and today's checks firing in both engines: a
 * calculated cell overwritten with a number, or an input set to a value outside
 * its list, must move the master check away from 0 in LibreOffice and Gnumeric,
 * through the check that covers that block. An untampered export is the control:
 * nothing fires there, so `fired` is not trivially true.
 *
 * Model tests follow the same pattern: list every case, call `tamperInEveryEngine` once
 * (one soffice process for the batch), then assert per case and engine.
 */
import { beforeAll, expect, it } from "vitest";
import { getModel } from "../../src/models";
import { referenceAtDefaults } from "../../src/models/defaults";
import type { ModelTemplate } from "../../src/plan/template";
import type { RecalcCase } from "./cases";
import { describeWithEngines, expectFiresAsListed, fired, tamperInEveryEngine, type FiringCase, type TamperResult } from "./tamper";

const model = (id: string): ModelTemplate => {
  const m = getModel(id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
};
const [capacity, leverage, dilution] = ["capacity", "leverage", "dilution"].map(model);

/** GPUs added in year 2 at the defaults, from src/core (the check's expected offset below). */
const gpusAdded2 = (referenceAtDefaults(capacity).GpusAdded as number[])[2];

const CASES: FiringCase[] = [
  { label: "capacity untampered (control)", template: capacity, edits: {}, fires: [] },
  { label: "leverage untampered (control)", template: leverage, edits: {}, fires: [] },
  { label: "dilution untampered (control)", template: dilution, edits: {}, fires: [] },
  // GpuRollCheck = GpusBefore + SUM(GpusAdded) - GPUs(last): replacing year 2's
  // GpusAdded by 123 moves it by exactly 123 - (the true GpusAdded of year 2).
  { label: "capacity: GPUs added in year 2 overwritten", template: capacity, edits: { "GpusAdded#2": 123 }, fires: ["GpuRollCheck"] },
  // DebtRollCheck recomputes closing debt from the previous closing and the year's draws and repayments: a typed closing balance differs.
  { label: "leverage: closing debt of year 2 overwritten", template: leverage, edits: { "DebtClosing#2": 1e9 }, fires: ["DebtRollCheck"] },
];
/** Issue 8, "No master check can fail": text in a number input turns cells into errors, which the v2 master check counts. */
const STRESS: RecalcCase = { label: "leverage: text typed into a number input", template: leverage, edits: { MinCash: "stress" } };

describeWithEngines("tampered exports: the checks fire in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine([...CASES, STRESS]);
  }, 120_000);

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("reports the exact size of a tampered roll-forward in both engines", () => {
    const r = results[CASES.findIndex((c) => c.label.startsWith("capacity: GPUs added"))];
    for (const e of r.engines) expect(e.checks.GpuRollCheck, e.engine).toBe(123 - gpusAdded2);
  });

  it("text in a number input turns cells into errors in every engine", () => {
    for (const e of results[CASES.length].engines) expect(e.errors.length, e.engine).toBeGreaterThan(0);
  });

  // Issue 8: the v1 master check stayed 0 over dozens of error cells; v2 counts them (ErrorCells).
  it("error cells move the master check", () => {
    for (const e of results[CASES.length].engines) expect(fired(e.master), `${e.engine} master check ${String(e.master)}`).toBe(true);
  });
});
