/**
 * A laid-out suite -> one .xlsx workbook: one worksheet per sheet, in order, with
 * each sheet's names scoped to it (`localSheetId`), so that `'Capacity'!Revenue`
 * and `'Leverage'!Revenue` are two names and every sheet has its `MasterCheck`.
 */
import ExcelJS from "exceljs";
import type { SheetPlan } from "../plan/plan";
import { addPlanSheet } from "./xlsx";
import { addSheetScopedNames, type SheetNames } from "./xlsxSheetNames";

/** A suite workbook before its names are added: cells can still be changed (tests do). */
export interface SuiteWorkbook {
  wb: ExcelJS.Workbook;
  sheets: SheetNames[];
}

/**
 * Adds every plan as a worksheet under its own `sheetName` (already unique: see suiteSheetNames).
 * @param plans the suite's plans, in workbook order
 * @throws RangeError for an empty list
 */
export function suiteToWorkbook(plans: readonly SheetPlan[]): SuiteWorkbook {
  if (plans.length === 0) throw new RangeError("a suite needs at least one sheet");
  const wb = new ExcelJS.Workbook();
  wb.creator = "AI Factory Finance";
  wb.calcProperties.fullCalcOnLoad = true;
  const sheets = plans.map((plan, sheetIndex) => {
    addPlanSheet(wb, plan, plan.sheetName, "deferred");
    return { sheetIndex, sheetName: plan.sheetName, names: plan.names };
  });
  return { wb, sheets };
}

/**
 * The file's bytes, with the sheet-scoped names.
 * @param suite the workbook from suiteToWorkbook
 */
export async function suiteBuffer(suite: SuiteWorkbook): Promise<Buffer> {
  const data = await suite.wb.xlsx.writeBuffer();
  return addSheetScopedNames(new Uint8Array(data as ArrayBuffer), suite.sheets);
}
