/**
 * Runs recalculation cases through every available engine in one batch per
 * engine (one soffice process for all files, started while they are written;
 * ssconvert per file, one per core), engines in parallel, and pairs each case
 * with what each engine read back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RangeRef } from "../../src/plan/plan";
import { writeCase, type RecalcCase, type WrittenCase } from "./cases";
import type { CellValue, EngineName, EngineRun, FileOutcome, FileSpec, RecalcEngine } from "./engine";
import { gnumeric } from "./gnumeric";
import { libreOffice } from "./libreoffice";

/** Every engine the suite knows. */
export const ENGINES: readonly RecalcEngine[] = [libreOffice, gnumeric];

/** Engines that can run here and why the others cannot, probed once per test file. */
export interface EngineStatus {
  available: RecalcEngine[];
  missing: { engine: EngineName; reason: string }[];
}

/** Probes every engine; prints a loud banner for each missing one. */
export function probeEngines(): EngineStatus {
  const status: EngineStatus = { available: [], missing: [] };
  for (const e of ENGINES) {
    const reason = e.missing();
    if (reason) status.missing.push({ engine: e.name, reason });
    else status.available.push(e);
  }
  for (const m of status.missing) {
    const bar = "!".repeat(78);
    console.warn(`\n${bar}\n!! ${m.engine} recalculation SKIPPED: ${m.reason}\n!! The models are NOT proven in ${m.engine} on this machine${process.env.CI ? " (CI is set: this FAILS)" : ""}.\n${bar}\n`);
  }
  return status;
}

/** One case after recalculation: its file, and each engine's outcome. */
export interface CaseResult {
  written: WrittenCase;
  outcomes: { engine: EngineName; outcome: FileOutcome }[];
}

/** Everything one batch produced. */
export interface BatchResult {
  cases: CaseResult[];
  runs: EngineRun[];
  /** outcomes of `extraFiles`, per engine, in order */
  extra: { engine: EngineName; outcome: FileOutcome }[][];
}

/**
 * Writes every case to a scratch directory, recalculates all of them in each engine
 * (engines in parallel) and removes the directory.
 * @param cases       models with their edits
 * @param engines     engines to use (the available ones)
 * @param extraFiles  more files to feed every engine as they are (e.g. a broken one)
 */
export async function recalcCases(cases: RecalcCase[], engines: readonly RecalcEngine[], extraFiles: FileSpec[] = []): Promise<BatchResult> {
  const dir = mkdtempSync(join(tmpdir(), "aif-recalc-"));
  try {
    const writing = Promise.all(cases.map((c, i) => writeCase(c, dir, i)));
    const files: Promise<FileSpec[]> = writing.then((written) => [...written.map((w) => ({ path: w.path, sheet: w.laid.plan.sheetName })), ...extraFiles]);
    // engines get the files as a promise: LibreOffice starts soffice while they are written
    const settled = await Promise.allSettled(engines.map((e) => e.recalc(files, dir)));
    const written = await writing; // a mistake in a case (unknown key) is reported as itself
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    const runs = settled.map((s) => (s as PromiseFulfilledResult<EngineRun>).value);
    return {
      runs,
      cases: written.map((w, i) => ({ written: w, outcomes: runs.map((r) => ({ engine: r.engine, outcome: r.files[i] })) })),
      extra: extraFiles.map((_f, j) => runs.map((r) => ({ engine: r.engine, outcome: r.files[written.length + j] }))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cells of a range, row by row ("" beyond the used area). */
export function cellsOf(cells: CellValue[][], range: RangeRef): CellValue[] {
  const out: CellValue[] = [];
  for (let r = range.top; r < range.top + range.rows; r++) {
    for (let c = range.left; c < range.left + range.cols; c++) out.push(cells[r]?.[c] ?? "");
  }
  return out;
}
