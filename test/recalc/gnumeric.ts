/**
 * Gnumeric driver: `ssconvert --recalc in.xlsx out.xlsx` recalculates every
 * formula and saves the results as cached values (numbers to 17+ digits), which
 * xlsxValues.ts reads back typed. One short ssconvert process per file (about
 * 0.05 s), two at a time.
 */
import { execFile, spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { EngineRun, FileOutcome, FileSpec, RecalcEngine } from "./engine";
import { readXlsxValues } from "./xlsxValues";

const SSCONVERT = process.env.SSCONVERT ?? "ssconvert";
const PARALLEL = 2;

async function one(spec: FileSpec, work: string, index: number): Promise<{ outcome: FileOutcome; seconds: number }> {
  const started = performance.now();
  const outcome = await convert(spec, work, index);
  return { outcome, seconds: (performance.now() - started) / 1000 };
}

async function convert(spec: FileSpec, work: string, index: number): Promise<FileOutcome> {
  const out = join(work, `gnumeric-${index}-${basename(spec.path)}`);
  try {
    await promisify(execFile)(SSCONVERT, ["--recalc", spec.path, out], { timeout: 60_000 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return { path: spec.path, loadError: (err.stderr || err.message).trim() };
  }
  const sheet = readXlsxValues(out, spec.sheet);
  return typeof sheet === "string" ? { path: spec.path, loadError: sheet } : { path: spec.path, sheet };
}

/** Gnumeric's command-line converter (apt: gnumeric, with --no-install-recommends). */
export const gnumeric: RecalcEngine = {
  name: "Gnumeric",
  missing() {
    return spawnSync(SSCONVERT, ["--version"], { stdio: "ignore" }).status === 0 ? undefined : `${SSCONVERT} not found (apt-get install --no-install-recommends gnumeric)`;
  },
  async recalc(files: FileSpec[], work: string): Promise<EngineRun> {
    const started = performance.now();
    const done: { outcome: FileOutcome; seconds: number }[] = new Array(files.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < files.length; i = next++) done[i] = await one(files[i], work, i);
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const seconds = (performance.now() - started) / 1000;
    return { engine: "Gnumeric", files: done.map((d) => d.outcome), fileSeconds: done.map((d) => d.seconds), seconds, detail: `${files.length} ssconvert --recalc runs (${PARALLEL} at a time) and read-back ${seconds.toFixed(2)} s` };
  },
};
