/**
 * LibreOffice driver: one headless soffice process (fresh profile) recalculates a
 * whole batch with calculateAll() over UNO, driven by recalc.py from Debian's
 * /usr/bin/python3 (the interpreter that carries the `uno` module). soffice starts
 * while the caller is still writing the files (about 1 s each, side by side).
 */
import { execFile, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { rangeWithoutSheet, type CellValue, type EngineRun, type FileOutcome, type FileSpec, type RecalcEngine, type RecalculatedSheet } from "./engine";

const PYTHON = "/usr/bin/python3";
/** the LibreOffice program; recalc.py reads the same variable */
const SOFFICE = process.env.SOFFICE ?? "soffice";

/**
 * LibreOffice error codes (formula/errorcodes.hxx) as Excel spells them in a
 * saved .xlsx; any other code keeps LibreOffice's own `Err:NNN` text.
 */
const ERROR_TEXT: Record<number, string> = { 502: "#NUM!", 503: "#NUM!", 504: "#VALUE!", 519: "#VALUE!", 523: "#NUM!", 524: "#REF!", 525: "#NAME?", 532: "#DIV/0!", 32767: "#N/A" };

/** The Excel spelling of a LibreOffice error code (ERROR_TEXT), else `Err:NNN`. */
export const libreOfficeErrorText = (code: number): string => ERROR_TEXT[code] ?? `Err:${code}`;

/**
 * Runs a LibreOffice driver script of this folder (recalc.py, suiteRecalc.py) as
 * `python3 script - resultPath`: soffice starts at once, and the job goes to the
 * driver's stdin when `job` resolves, so soffice starts up while the caller is
 * still writing the files. If `job` rejects, stdin is closed empty (the driver
 * stops soffice and fails) and the job's own error is thrown, not the driver's.
 * @param script the driver's file name in this folder
 * @param resultPath where the driver writes its JSON result
 * @param job the job object, serialised as JSON onto the driver's stdin
 * @param timeoutMs the driver's time limit
 * @returns the parsed result (its shape is the driver's)
 */
export async function runLibreOfficeDriver(script: string, resultPath: string, job: Promise<unknown>, timeoutMs: number): Promise<unknown> {
  const driver = promisify(execFile)(PYTHON, [join(__dirname, script), "-", resultPath], { timeout: timeoutMs, maxBuffer: 1 << 20 });
  let input: unknown;
  try {
    input = await job;
  } catch (e) {
    driver.child.stdin?.end();
    await driver.catch(() => undefined);
    throw e;
  }
  driver.child.stdin?.end(JSON.stringify(input));
  await driver;
  return JSON.parse(readFileSync(resultPath, "utf8")) as unknown;
}

interface PyFile {
  path: string;
  loadError?: string;
  cells?: CellValue[][];
  errors?: { row: number; col: number; code: number; formula: string }[];
  formulaCount?: number;
  names?: Record<string, string>;
  print?: RecalculatedSheet["print"];
  loadSeconds?: number;
  calcSeconds?: number;
  readSeconds?: number;
}
interface PyJob {
  startupSeconds: number;
  stopSeconds: number;
  totalSeconds: number;
  files: PyFile[];
}

function outcome(f: PyFile): FileOutcome {
  if (f.loadError !== undefined || !f.cells || !f.errors) return { path: f.path, loadError: f.loadError ?? "no cells reported" };
  const cells = f.cells;
  const errors = f.errors.map((e) => ({ row: e.row, col: e.col, error: libreOfficeErrorText(e.code) }));
  for (const e of errors) cells[e.row][e.col] = e.error; // getDataArray() gives no usable value for an error
  const names = Object.fromEntries(Object.entries(f.names ?? {}).map(([n, c]) => [n, rangeWithoutSheet(c)]));
  return { path: f.path, sheet: { cells, errors, formulaCount: f.formulaCount ?? 0, names, print: f.print } };
}

/** Headless LibreOffice Calc (apt: libreoffice-calc-nogui, python3-uno). */
export const libreOffice: RecalcEngine = {
  name: "LibreOffice",
  missing() {
    if (spawnSync(SOFFICE, ["--version"], { stdio: "ignore" }).status !== 0) return `${SOFFICE} not found (apt-get install libreoffice-calc-nogui)`;
    if (spawnSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" }).status !== 0) return `${PYTHON} cannot import uno (apt-get install python3-uno)`;
    return undefined;
  },
  async recalc(pending: FileSpec[] | Promise<FileSpec[]>, work: string): Promise<EngineRun> {
    const filesWritten = Promise.resolve(pending);
    const job = (await runLibreOfficeDriver("recalc.py", join(work, "libreoffice-result.json"), filesWritten.then((files) => ({ files })), 170_000)) as PyJob;
    const files = await filesWritten;
    const load = job.files.reduce((s, f) => s + (f.loadSeconds ?? 0), 0);
    const calc = job.files.reduce((s, f) => s + (f.calcSeconds ?? 0), 0);
    const read = job.files.reduce((s, f) => s + (f.readSeconds ?? 0), 0);
    return {
      engine: "LibreOffice",
      files: job.files.map(outcome),
      seconds: job.totalSeconds,
      fileSeconds: job.files.map((f) => (f.loadSeconds ?? 0) + (f.calcSeconds ?? 0)),
      detail:
        `soffice start-up ${job.startupSeconds.toFixed(2)} s, loading ${files.length} files ${load.toFixed(2)} s, ` +
        `calculateAll() ${calc.toFixed(3)} s, reading back ${read.toFixed(2)} s, shut-down ${job.stopSeconds.toFixed(2)} s`,
    };
  },
};
