/**
 * Benchmark section "recalc": the recalculation time of every prebuilt model,
 * and of the deal workbook (all models and the Summary, linked, in one file), in
 * each spreadsheet engine of the recalculation suite (test/recalc), at a 5- and a
 * 30-year timeline (a model without a timeline once). LibreOffice: one soffice
 * process per batch; per file, load + calculateAll() (the deal workbook: + reading
 * every sheet back). Gnumeric: per file, `ssconvert --recalc` + reading the values
 * back, one ssconvert per core. Batch rows give the wall time of each engine's
 * whole batch, start-up included. The engines run one after the other here (the
 * suite runs them side by side). One run, not a
 * median: start-up dominates, and this is what one suite run costs. A missing
 * engine is reported and skipped; a file an engine cannot load fails the bench.
 */
import { MODELS } from "../../src/models";
import { DEAL_SUITE } from "../../src/models/suite";
import type { RecalcCase } from "../../test/recalc/cases";
import type { EngineName, EngineRun } from "../../test/recalc/engine";
import { probeEngines, recalcCases } from "../../test/recalc/harness";
import { recalcSuites, type WrittenSuite } from "../../test/recalc/suiteHarness";
import { markdownTable } from "./support/markdownTable";

const YEARS = [5, 30] as const;
const ms = (seconds: number): string => (seconds * 1000).toFixed(0);

export async function run(): Promise<void> {
  const status = probeEngines();
  for (const m of status.missing) console.log(`${m.engine}: skipped (${m.reason})`);
  if (status.available.length === 0) return;
  const engines = status.available.map((e) => e.name);

  const cases: RecalcCase[] = MODELS.flatMap((m) => (m.defaultYears !== undefined ? YEARS.map((years) => ({ label: `${m.id} ${years}y`, template: m, years, edits: {} })) : [{ label: m.id, template: m, edits: {} }]));
  const suiteCases = YEARS.map((years) => ({ label: `deal ${years}y`, edits: {}, years }));
  // Each engine alone, one after the other: run side by side (as the test suite does)
  // on 2 cores, each engine's per-file times would include waiting for the other.
  const models: EngineRun[] = [];
  const suite = { seconds: new Map<EngineName, number>(), fileSeconds: new Map<EngineName, number[]>() };
  let written: WrittenSuite[] = [];
  for (const engine of status.available) {
    const batch = await recalcCases(cases, [engine]);
    const failed = batch.runs[0].files.filter((f) => f.loadError !== undefined);
    if (failed.length) throw new Error(`${engine.name} could not load ${failed.map((f) => `${f.path}: ${f.loadError}`).join(", ")}`);
    models.push(batch.runs[0]);
    const s = await recalcSuites(suiteCases, [engine]);
    const suiteFailed = (s.outcomes.get(engine.name) ?? []).filter((o) => o.loadError !== undefined);
    if (suiteFailed.length) throw new Error(`${engine.name} could not load the deal workbook: ${suiteFailed.map((o) => o.loadError).join(", ")}`);
    suite.seconds.set(engine.name, s.seconds.get(engine.name) ?? NaN);
    suite.fileSeconds.set(engine.name, s.fileSeconds.get(engine.name) ?? []);
    written = s.written;
  }

  const rows: string[][] = cases.map((c, i) => [c.template.id, c.years !== undefined ? String(c.years) : "-", ...models.map((r) => ms(r.fileSeconds[i]))]);
  rows.push([`models: whole batch (${cases.length} files)`, "", ...models.map((r) => ms(r.seconds))]);
  written.forEach((w, i) => rows.push([`${DEAL_SUITE.id} (${w.laid.length} sheets)`, String(w.c.years), ...engines.map((e) => ms(suite.fileSeconds.get(e)?.[i] ?? NaN))]));
  rows.push([`${DEAL_SUITE.id}: whole batch (${written.length} files)`, "", ...engines.map((e) => ms(suite.seconds.get(e) ?? NaN))]);

  console.log("Recalculation per file (LibreOffice: load + calculateAll(); Gnumeric: ssconvert --recalc + read-back) and per batch (wall time, start-up included), each engine alone\n");
  console.log(markdownTable(["model", "years", ...engines.map((e) => `${e} ms`)], rows));
  console.log("");
  for (const r of models) console.log(`- ${r.engine}, models batch: ${r.detail}`);
}
