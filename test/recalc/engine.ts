/**
 * One interface for the spreadsheet engines that recalculate exported models
 * (LibreOffice over UNO, Gnumeric's ssconvert), so the suite and the tamper
 * helper treat them alike. Everything here is plain data read back after a full
 * recalculation; coordinates are 0-based like the plan's.
 */

/** The engines the suite knows, in the order their results are reported. */
export type EngineName = "LibreOffice" | "Gnumeric";

/**
 * A recalculated cell: a number, text, or an error as Excel spells it
 * (`#VALUE!`, `#REF!`, `#N/A`...; LibreOffice-only codes as `Err:504`).
 * Empty cells read as "". Model text never begins with "#", so `isError` is exact.
 */
export type CellValue = number | string | boolean;

/** A formula cell that evaluated to an error. */
export interface ErrorCell {
  row: number;
  col: number;
  /** Excel spelling, e.g. `#VALUE!` */
  error: string;
}

/** The model's sheet after recalculation. */
export interface RecalculatedSheet {
  /** used area, `cells[row][col]`; errors appear as their `#...` text */
  cells: CellValue[][];
  errors: ErrorCell[];
  /** formula cells on the sheet (to prove formulas arrived as formulas) */
  formulaCount: number;
  /** defined name -> its absolute A1 range without the sheet, e.g. `$C$19` or `$D$89:$I$89` */
  names: Record<string, string>;
  /**
   * the print setup the engine read, 0-based and inclusive ([top, left, bottom, right]
   * per print area; [first, last] titles, null when none), where the engine reports it
   * (LibreOffice); undefined otherwise
   */
  print?: { areas: number[][]; titleColumns: number[] | null; titleRows: number[] | null };
}

/** What an engine made of one file: the sheet, or why it could not load it. */
export type FileOutcome = { path: string; sheet: RecalculatedSheet; loadError?: undefined } | { path: string; sheet?: undefined; loadError: string };

/** One engine's pass over a batch of files. */
export interface EngineRun {
  engine: EngineName;
  /** same order as the files passed in */
  files: FileOutcome[];
  /** wall time of the whole batch, seconds */
  seconds: number;
  /** per file, same order: seconds spent on it alone (LibreOffice: load + calculateAll; Gnumeric: ssconvert + read-back) */
  fileSeconds: number[];
  /** a one-line breakdown for the log (start-up, load, calculation...) */
  detail: string;
}

/** A file to recalculate and the sheet to read back. */
export interface FileSpec {
  path: string;
  sheet: string;
}

/** A spreadsheet engine driven from a test. */
export interface RecalcEngine {
  name: EngineName;
  /** why the engine cannot run on this machine (with the apt package to install), or undefined */
  missing(): string | undefined;
  /**
   * Recalculates every file in one batch (one process where the engine allows).
   * @param files  existing .xlsx files (they are not modified), or a promise of them
   *               while they are being written: an engine may start up meanwhile
   * @param work   a scratch directory the engine may write into
   * @throws Error when the engine itself fails (not when one file cannot be loaded),
   *         or the error `files` rejects with, once the engine has shut down
   */
  recalc(files: FileSpec[] | Promise<FileSpec[]>, work: string): Promise<EngineRun>;
}

/** True for a cell holding a spreadsheet error (`#VALUE!`, `Err:504`...). */
export function isError(v: CellValue | undefined): v is string {
  return typeof v === "string" && (v.startsWith("#") || v.startsWith("Err:"));
}

/**
 * `$Leverage.$C$19` (LibreOffice) or `Leverage!$C$19` / `'My sheet'!$C$19`
 * (OOXML) -> `$C$19`: the sheet part dropped, since every exported file holds one sheet.
 */
export function rangeWithoutSheet(content: string): string {
  const bang = content.lastIndexOf("!");
  if (bang >= 0) return content.slice(bang + 1);
  return content.replace(/^\$?(?:'[^']*(?:''[^']*)*'|[^.]+)\./, "").replace(/:\$?(?:'[^']*(?:''[^']*)*'|[^.:]+)\.(?=\$)/, ":");
}
