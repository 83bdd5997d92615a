/**
 * Gnumeric driver: `ssconvert --recalc in.xlsx out.xlsx` recalculates every
 * formula and saves the results as cached values (numbers to 17+ digits), which
 * xlsxValues.ts reads back typed. One short ssconvert process per file (about
 * 0.05-0.1 s; ssconvert converts one file per process), as many at a time as
 * the machine has cores.
 */
import { execFile, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { EngineRun, FileOutcome, FileSpec, RecalcEngine } from "./engine";
import { readXlsxValues } from "./xlsxValues";

const SSCONVERT = process.env.SSCONVERT ?? "ssconvert";
/** ssconvert runs at a time: one per core (each is single-threaded and CPU-bound). */
export const SSCONVERT_PARALLEL = Math.max(1, availableParallelism());

/**
 * Recalculates `input` with Gnumeric and saves the values to `output`.
 * @returns undefined, or why ssconvert failed (its stderr)
 */
export async function ssconvertRecalc(input: string, output: string): Promise<string | undefined> {
  try {
    await promisify(execFile)(SSCONVERT, ["--recalc", input, output], { timeout: 60_000 });
    return undefined;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    return (err.stderr || err.message).trim();
  }
}

/**
 * Maps `items` through `f`, at most `parallel` at a time, results in input order,
 * with the seconds each item took.
 */
export async function inPool<T, R>(items: readonly T[], parallel: number, f: (item: T, index: number) => Promise<R>): Promise<{ result: R; seconds: number }[]> {
  const done: { result: R; seconds: number }[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const started = performance.now();
      const result = await f(items[i], i);
      done[i] = { result, seconds: (performance.now() - started) / 1000 };
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return done;
}

async function convert(spec: FileSpec, work: string, index: number): Promise<FileOutcome> {
  const out = join(work, `gnumeric-${index}-${basename(spec.path)}`);
  const failed = await ssconvertRecalc(spec.path, out);
  if (failed !== undefined) return { path: spec.path, loadError: failed };
  const sheet = readXlsxValues(out, spec.sheet);
  return typeof sheet === "string" ? { path: spec.path, loadError: sheet } : { path: spec.path, sheet };
}

/** Gnumeric's command-line converter (apt: gnumeric, with --no-install-recommends). */
export const gnumeric: RecalcEngine = {
  name: "Gnumeric",
  missing() {
    return spawnSync(SSCONVERT, ["--version"], { stdio: "ignore" }).status === 0 ? undefined : `${SSCONVERT} not found (apt-get install --no-install-recommends gnumeric)`;
  },
  async recalc(pending: FileSpec[] | Promise<FileSpec[]>, work: string): Promise<EngineRun> {
    const files = await pending; // nothing to start up ahead
    const started = performance.now();
    const done = await inPool(files, SSCONVERT_PARALLEL, (f, i) => convert(f, work, i));
    const seconds = (performance.now() - started) / 1000;
    return {
      engine: "Gnumeric",
      files: done.map((d) => d.result),
      fileSeconds: done.map((d) => d.seconds),
      seconds,
      detail: `${files.length} ssconvert --recalc runs (${SSCONVERT_PARALLEL} at a time) and read-back ${seconds.toFixed(2)} s`,
    };
  },
};
