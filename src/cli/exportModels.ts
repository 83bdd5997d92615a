/**
 * `export` without the process plumbing: models -> <dir>/<id>.xlsx, atomically.
 * Kept apart from export.ts so tests call it directly.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { MODELS, getModel } from "../models";
import { DEAL_SUITE } from "../models/suite";
import type { ModelTemplate } from "../plan/template";
import { layoutModel } from "../workbook/layout";
import { layoutSuite, suiteSheetNames } from "../workbook/suiteLayout";
import { writeXlsx } from "../workbook/xlsx";
import { suiteBuffer, suiteToWorkbook } from "../workbook/xlsxSuite";

/** A usage problem the user can fix (exit status 2), as opposed to a bug. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ExportOptions {
  /** output directory; created when missing */
  out: string;
  /** one model id or the suite's file name (`coreweave-deal`); every model and the suite when absent */
  model?: string;
  /** timeline length in years, 1..100 (default: each model's own) */
  years?: number;
}

/**
 * Writes each selected model to `<out>/<id>.xlsx`, and the deal workbook (every
 * sheet linked, names scoped to their sheets) to `<out>/coreweave-deal.xlsx`.
 * Each file is written to a temporary name in the same directory and renamed,
 * so a failure never leaves a half-written .xlsx behind.
 * @returns the paths written
 * @throws UsageError for an unknown model id, a bad year count or an unwritable directory
 */
export async function exportModels(options: ExportOptions): Promise<string[]> {
  let models: readonly ModelTemplate[] = MODELS;
  let suite = true;
  if (options.model !== undefined) {
    const m = getModel(options.model);
    suite = options.model === DEAL_SUITE.fileName;
    if (!m && !suite) throw new UsageError(`unknown model "${options.model}"; known models: ${[...MODELS.map((x) => x.id), DEAL_SUITE.fileName].join(", ")}`);
    models = m ? [m] : [];
  }
  if (options.years !== undefined && (!Number.isInteger(options.years) || options.years < 1 || options.years > 100)) {
    throw new UsageError(`--years must be a whole number from 1 to 100, got ${options.years}`);
  }
  try {
    makeDirectory(resolve(options.out));
    accessSync(options.out, constants.W_OK);
  } catch (e) {
    throw new UsageError(`cannot write to directory ${options.out}: ${(e as Error).message}`);
  }
  const written: string[] = [];
  for (const m of models) {
    written.push(await atomically(options.out, m.id, (temp) => writeXlsx(layoutModel(m, options.years !== undefined ? { years: options.years } : {}), temp)));
  }
  if (suite) {
    const plans = layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE), options.years).map((s) => s.plan);
    written.push(await atomically(options.out, DEAL_SUITE.fileName, async (temp) => writeFileSync(temp, await suiteBuffer(suiteToWorkbook(plans)))));
  }
  return written;
}

/** Writes `<dir>/<base>.xlsx` through a temporary file renamed at the end; returns its path. */
async function atomically(dir: string, base: string, write: (temp: string) => Promise<void>): Promise<string> {
  const target = join(dir, `${base}.xlsx`);
  const temp = join(dir, `.${base}.xlsx.${process.pid}.tmp`);
  try {
    await write(temp);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return target;
}

/**
 * `mkdir -p`, one level at a time: Node 20's `mkdirSync(..., { recursive: true })`
 * spins forever on some paths (e.g. under /proc), so it is not used.
 * @throws Error when a component exists and is not a directory, or cannot be created
 */
function makeDirectory(path: string): void {
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) throw new Error("not a directory");
    return;
  }
  const parent = dirname(path);
  if (parent !== path) makeDirectory(parent);
  mkdirSync(path);
}

/**
 * Parses `--out <dir> [--model <id>] [--years <n>]`.
 * @throws UsageError on a missing or unknown argument
 */
export function parseExportArgs(argv: string[]): ExportOptions | "help" {
  const opts: Partial<ExportOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--out") opts.out = value();
    else if (a === "--model") opts.model = value();
    else if (a === "--years") opts.years = Number(value());
    else throw new UsageError(`unknown argument ${a}`);
  }
  if (!opts.out) throw new UsageError("--out <dir> is required");
  return opts as ExportOptions;
}

export const USAGE = `usage: npm run export -- --out <dir> [--model <id>] [--years <n>]
Writes <dir>/<id>.xlsx for each prebuilt model (${MODELS.map((m) => m.id).join(", ")}) and <dir>/${DEAL_SUITE.fileName}.xlsx,
the linked deal workbook (--model ${DEAL_SUITE.fileName} writes it alone); formulas without cached values.`;
