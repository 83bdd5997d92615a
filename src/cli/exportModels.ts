/**
 * `export` without the process plumbing: models -> <dir>/<id>.xlsx, atomically.
 * Kept apart from export.ts so tests call it directly.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { MODELS, getModel } from "../models";
import type { ModelTemplate } from "../plan/template";
import { layoutModel } from "../workbook/layout";
import { writeXlsx } from "../workbook/xlsx";

/** A usage problem the user can fix (exit status 2), as opposed to a bug. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ExportOptions {
  /** output directory; created when missing */
  out: string;
  /** one model id, or every model when absent */
  model?: string;
  /** timeline length in years, 1..100 (default: each model's own) */
  years?: number;
}

/**
 * Writes each selected model to `<out>/<id>.xlsx`. Each file is written to a
 * temporary name in the same directory and renamed, so a failure never leaves
 * a half-written .xlsx behind.
 * @returns the paths written
 * @throws UsageError for an unknown model id, a bad year count or an unwritable directory
 */
export async function exportModels(options: ExportOptions): Promise<string[]> {
  let models: readonly ModelTemplate[] = MODELS;
  if (options.model !== undefined) {
    const m = getModel(options.model);
    if (!m) throw new UsageError(`unknown model "${options.model}"; known models: ${MODELS.map((x) => x.id).join(", ")}`);
    models = [m];
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
    const target = join(options.out, `${m.id}.xlsx`);
    const temp = join(options.out, `.${m.id}.xlsx.${process.pid}.tmp`);
    try {
      await writeXlsx(layoutModel(m, options.years !== undefined ? { years: options.years } : {}), temp);
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
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
Writes <dir>/<id>.xlsx for each prebuilt model (${MODELS.map((m) => m.id).join(", ")}), formulas without cached values.`;
