/**
 * Benchmark section "recalc": the recalculation time of every prebuilt model in
 * each spreadsheet engine of the recalculation suite (test/recalc): LibreOffice
 * (one soffice process for the batch; per file: load + calculateAll()) and
 * Gnumeric (per file: `ssconvert --recalc` + reading the values back), at the
 * model's default timeline and over 30 years. One run, not a median: start-up
 * dominates, and this is what one suite run costs. A missing engine is reported
 * and skipped.
 */
import { MODELS } from "../../src/models";
import type { RecalcCase } from "../../test/recalc/cases";
import { probeEngines, recalcCases } from "../../test/recalc/harness";

export async function run(): Promise<void> {
  const status = probeEngines();
  for (const m of status.missing) console.log(`${m.engine}: skipped (${m.reason})`);
  if (status.available.length === 0) return;
  const cases: RecalcCase[] = MODELS.flatMap((m) => [
    { label: `${m.id}`, template: m, edits: {} },
    ...(m.defaultYears !== undefined ? [{ label: `${m.id} 30y`, template: m, years: 30, edits: {} }] : []),
  ]);
  const batch = await recalcCases(cases, status.available);
  for (const r of batch.runs) {
    const failed = r.files.filter((f) => f.loadError !== undefined);
    if (failed.length) throw new Error(`${r.engine} could not load ${failed.map((f) => f.path).join(", ")}`);
  }
  const head = ["model", "years", ...batch.runs.map((r) => `${r.engine} ms`)];
  const line = (cells: (string | number)[]): string => cells.map((v, i) => (i === 0 ? String(v).padEnd(12) : String(v).padStart(16))).join("");
  console.log(line(head));
  batch.cases.forEach((c, i) => {
    console.log(line([c.written.template.id, c.written.laid.years || "-", ...batch.runs.map((r) => (r.fileSeconds[i] * 1000).toFixed(0))]));
  });
  console.log(line(["whole batch", "", ...batch.runs.map((r) => `${(r.seconds * 1000).toFixed(0)}`)]));
  for (const r of batch.runs) console.log(`${r.engine}: ${r.detail}`);
}
