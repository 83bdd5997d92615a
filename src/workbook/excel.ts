/**
 * The Excel writer: applies a SheetPlan to the open workbook through Office.js.
 *
 * One `Excel.run`, two `context.sync()` calls on success (read the sheet names,
 * then write everything in one batch), never a sync inside a loop: the number of
 * round trips does not grow with the timeline. On any failure the half-written
 * sheet is deleted (in the same context when it still works, else in a fresh
 * `Excel.run`) and an `InsertError` carrying Excel's own message is thrown.
 *
 * Nothing here reads an Office global: `Excel.run` and the requirement-set check
 * come in as arguments, so tests pass a recording fake and the task pane passes
 * the real host. Enum values are written as their string forms ("Line",
 * "Continuous") for the same reason.
 */
import { type SheetPlan, rangeAddress } from "../plan/plan";
import { type InsertStage, deleteSheet, insertError, missingRequirement } from "./excelInsertError";
import { type RequirementCheck, type SkippedFeature, checkPlanSupport } from "./excelRequirements";
import { writeSheet } from "./excelSheet";
import { uniqueSheetName } from "./excelSheetName";

export { InsertError, type InsertStage } from "./excelInsertError";
export { cellInput, columnWidthPoints } from "./excelCells";

/** `Excel.run` restricted to the one overload the writer uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface InsertOptions {
  /** `(batch) => Excel.run(batch)` in the task pane; a fake in tests */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported` (bound) in the task pane */
  isSetSupported: RequirementCheck;
  /** milliseconds clock for `elapsedMs`; defaults to `performance.now` */
  now?: () => number;
}

/** What an insert wrote. */
export interface InsertResult {
  /** the sheet actually created, e.g. `Dilution (2)` */
  sheetName: string;
  /** non-empty cells written (constants and formulas) */
  cells: number;
  /** cells holding a formula */
  formulas: number;
  /** sheet-scoped names defined */
  names: number;
  charts: number;
  conditionalFormats: number;
  validations: number;
  /** `context.sync()` round trips made by the writer, cleanup excluded */
  syncs: number;
  /** features the plan uses that this host cannot draw, left out */
  skipped: SkippedFeature[];
  /** wall-clock time of the whole insert, milliseconds */
  elapsedMs: number;
}

/**
 * Insert `plan` as a new worksheet of the open workbook.
 *
 * Steps (2 syncs whatever the plan's size; the contract allows 3): sync 1 reads the existing
 * sheet names to choose a unique name; sync 2 writes the sheet, every block as
 * one rectangle of formulas and one of number formats, the styles, names, column
 * widths, freeze panes, validations, conditional formats and charts, then
 * activates the sheet and selects the inputs block.
 * @param plan    the sheet to draw (from `layoutModel`)
 * @param options the host: `run` (Excel.run) and `isSetSupported`
 * @returns counts of what was written and the elapsed milliseconds
 * @throws InsertError when the host lacks ExcelApi 1.4 or Excel reports any error;
 *         by then the half-written sheet has been deleted (see `cleanedUp`)
 */
export async function insertPlan(plan: SheetPlan, options: InsertOptions): Promise<InsertResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const support = checkPlanSupport(plan, options.isSetSupported);
  if (!support.canInsert) throw missingRequirement(plan.title, support.missingRequired);

  let sheetName: string | undefined;
  let stage: InsertStage = "read-workbook";
  let syncs = 0;
  try {
    await options.run(async (context) => {
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await sync();
      sheetName = uniqueSheetName(plan.sheetName || plan.title, sheets.items.map((s) => s.name));
      stage = "write";
      const sheet = sheets.add(sheetName);
      writeSheet(sheet, plan, support.enabled);
      sheet.activate();
      sheet.getRange(rangeAddress(plan.inputsRange)).select();
      await sync();
    });
  } catch (err) {
    const cleanup = sheetName === undefined ? { ok: true } : await deleteSheet(options.run, sheetName);
    throw insertError(plan.title, stage, sheetName, err, cleanup);
  }

  const enabled = support.enabled;
  return {
    sheetName: sheetName as string,
    ...countCells(plan),
    names: plan.names.length,
    charts: enabled.has("charts") ? plan.charts.length : 0,
    conditionalFormats: enabled.has("conditionalFormats") ? plan.conditionalFormats.length : 0,
    validations: enabled.has("validations") ? plan.validations.length : 0,
    syncs,
    skipped: support.skipped,
    elapsedMs: now() - started,
  };
}

/** Non-empty cells (constants and formulas) and formula cells of a plan. */
function countCells(plan: SheetPlan): { cells: number; formulas: number } {
  let cells = 0;
  let formulas = 0;
  for (const block of plan.blocks) {
    for (const row of block.cells) {
      for (const cell of row) {
        if (cell === null) continue;
        cells++;
        if (cell.formula !== undefined) formulas++;
      }
    }
  }
  return { cells, formulas };
}
