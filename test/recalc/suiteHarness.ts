/**
 * Recalculation of the deal workbook (several linked sheets in one file) in
 * LibreOffice and Gnumeric. A case is the suite exported with some cells changed
 * in the file (inputs of any sheet, or linked and calculated cells overwritten);
 * each engine recalculates it and every sheet is read back.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DEAL_SUITE } from "../../src/models/suite";
import { layoutSuite, suiteSheetNames, type LaidOutSheet } from "../../src/workbook/suiteLayout";
import { suiteBuffer, suiteToWorkbook } from "../../src/workbook/xlsxSuite";
import { cellOfKey } from "./cases";
import type { CellValue, EngineName, ErrorCell, RecalcEngine, RecalculatedSheet } from "./engine";
import { inPool, SSCONVERT_PARALLEL, ssconvertRecalc } from "./gnumeric";
import { libreOfficeErrorText, runLibreOfficeDriver } from "./libreoffice";
import { readXlsxValues } from "./xlsxValues";

/** What to change in the exported suite: per suite id, cell key (cases.ts syntax) -> value written. */
export interface SuiteCase {
  label: string;
  edits: Record<string, Record<string, number | string>>;
  /** sheet names already in the workbook, so the suite's names are made unique against them */
  existing?: string[];
  /** timeline length (default the suite's) */
  years?: number;
}

/** A case written to disk. */
export interface WrittenSuite {
  c: SuiteCase;
  laid: LaidOutSheet[];
  path: string;
}

/** Each engine's sheets of one case, by suite id, or why the file did not load. */
export type SuiteOutcome = { sheets: Map<string, RecalculatedSheet>; loadError?: undefined } | { sheets?: undefined; loadError: string };

/** Writes a case: the suite laid out with the names of `existing` taken, edits written into the cells. */
export async function writeSuiteCase(c: SuiteCase, dir: string, index: number): Promise<WrittenSuite> {
  const laid = layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE, c.existing ?? []), c.years);
  const book = suiteToWorkbook(laid.map((l) => l.plan));
  for (const [id, edits] of Object.entries(c.edits)) {
    const sheet = laid.find((l) => l.id === id);
    if (!sheet) throw new Error(`${c.label}: no sheet ${id}`);
    const ws = book.wb.getWorksheet(sheet.plan.sheetName);
    for (const [key, value] of Object.entries(edits)) {
      const { row, col } = cellOfKey(sheet, key, `${c.label} ${id}`);
      if (ws) ws.getCell(row + 1, col + 1).value = value;
    }
  }
  const path = join(dir, `${String(index).padStart(3, "0")}-${c.label.replace(/\W+/g, "-").slice(0, 50)}.xlsx`);
  writeFileSync(path, await suiteBuffer(book));
  return { c, laid, path };
}

interface PySheet {
  cells: CellValue[][];
  errors: { row: number; col: number; code: number }[];
  formulaCount: number;
}

/** Per case, in order: what the engine read back and the seconds spent on that file alone. */
type EngineFiles = { outcome: SuiteOutcome; seconds: number }[];

/** LibreOffice: one soffice process for every file (suiteRecalc.py); seconds = load + calculateAll() + read-back. */
async function libreOfficeRun(pending: Promise<WrittenSuite[]>, work: string): Promise<EngineFiles> {
  const job = pending.then((written) => ({ files: written.map((f) => ({ path: f.path, sheets: f.laid.map((l) => l.plan.sheetName) })) }));
  const out = (await runLibreOfficeDriver("suiteRecalc.py", join(work, "suite-result.json"), job, 400_000)) as { files: { loadError?: string; sheets?: Record<string, PySheet>; seconds?: number }[] };
  const files = await pending;
  return out.files.map((f, i) => {
    if (f.loadError !== undefined || !f.sheets) return { outcome: { loadError: f.loadError ?? "no sheets" }, seconds: 0 };
    const sheets = new Map<string, RecalculatedSheet>();
    for (const l of files[i].laid) {
      const s = f.sheets[l.plan.sheetName];
      const errors: ErrorCell[] = s.errors.map((e) => ({ row: e.row, col: e.col, error: libreOfficeErrorText(e.code) }));
      for (const e of errors) s.cells[e.row][e.col] = e.error;
      sheets.set(l.id, { cells: s.cells, errors, formulaCount: s.formulaCount, names: {} });
    }
    return { outcome: { sheets }, seconds: f.seconds ?? 0 };
  });
}

/** Gnumeric: `ssconvert --recalc` per file (one per core at a time), every sheet read back from the saved values. */
async function gnumericRun(pending: Promise<WrittenSuite[]>, work: string): Promise<EngineFiles> {
  const files = await pending;
  const done = await inPool(files, SSCONVERT_PARALLEL, async (f, i): Promise<SuiteOutcome> => {
    const saved = join(work, `gnumeric-${i}.xlsx`);
    const failed = await ssconvertRecalc(f.path, saved);
    if (failed !== undefined) return { loadError: failed };
    const sheets = new Map<string, RecalculatedSheet>();
    for (const l of f.laid) {
      const s = readXlsxValues(saved, l.plan.sheetName);
      if (typeof s === "string") return { loadError: s };
      sheets.set(l.id, s);
    }
    return { sheets };
  });
  return done.map((d) => ({ outcome: d.result, seconds: d.seconds }));
}

/**
 * Writes every case and recalculates them in each engine (engines in parallel).
 * @returns the written cases and, per engine, one outcome per case, the batch's
 *          wall time and the seconds each file took alone
 */
export async function recalcSuites(
  cases: SuiteCase[],
  engines: readonly RecalcEngine[],
): Promise<{ written: WrittenSuite[]; outcomes: Map<EngineName, SuiteOutcome[]>; seconds: Map<EngineName, number>; fileSeconds: Map<EngineName, number[]> }> {
  const dir = mkdtempSync(join(tmpdir(), "aif-suite-"));
  try {
    // LibreOffice starts soffice while the cases are written
    const writing = Promise.all(cases.map((c, i) => writeSuiteCase(c, dir, i)));
    const outcomes = new Map<EngineName, SuiteOutcome[]>();
    const seconds = new Map<EngineName, number>();
    const fileSeconds = new Map<EngineName, number[]>();
    const settled = await Promise.allSettled(
      engines.map(async (e) => {
        const started = performance.now();
        const files = await (e.name === "LibreOffice" ? libreOfficeRun(writing, dir) : gnumericRun(writing, dir));
        seconds.set(e.name, (performance.now() - started) / 1000);
        outcomes.set(e.name, files.map((f) => f.outcome));
        fileSeconds.set(e.name, files.map((f) => f.seconds));
      }),
    );
    const written = await writing; // a mistake in a case is reported as itself
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    return { written, outcomes, seconds, fileSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
