/**
 * SheetPlan -> .xlsx with ExcelJS, for the `export` CLI and the LibreOffice proof.
 *
 * Formulas are written without cached values (the opening application computes
 * them). A one-model file carries its names at workbook scope (the only scope
 * ExcelJS 4.4 writes; nothing collides); a workbook of several models carries
 * each sheet's names scoped to its sheet (xlsxSheetNames.ts). Every cell has the
 * plan's font; the page setup prints landscape, one page wide, with print titles.
 * Charts are Excel-only and skipped.
 */
import ExcelJS from "exceljs";
import { cellAddress, columnLetter, rangeAddress, type PrintSetup, type SheetPlan } from "../plan/plan";
import { uniqueSheetName } from "./excelSheetName";
import { addSheetScopedNames } from "./xlsxSheetNames";
import { applyFont, applyStyle, argb, forEachCell, validationOf } from "./xlsxStyle";

/**
 * Functions that the file format stores with an `_xlfn.` prefix (added after
 * Excel 2007). Models only use Excel 2016 functions of the original set, so this
 * list is a guard for future templates, not a path exercised today.
 */
const XLFN_FUNCTIONS = ["IFNA", "IFS", "MAXIFS", "MINIFS", "SWITCH", "CONCAT", "TEXTJOIN", "XOR", "DAYS", "ISOWEEKNUM", "FORECAST.LINEAR", "STDEV.S", "STDEV.P"];
const XLFN = new RegExp(`(?<![A-Za-z0-9_.])(${XLFN_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`, "gi");

/**
 * A plan formula as the file format stores it: no leading "=", `_xlfn.` prefixes added.
 * @param formula en-US formula beginning with "="
 */
export function fileFormula(formula: string): string {
  if (!formula.startsWith("=")) throw new Error(`formula must begin with "=": ${formula}`);
  return formula.slice(1).replace(XLFN, (_m, f: string) => `_xlfn.${f.toUpperCase()}(`);
}

/** Writes one plan as one worksheet of a new workbook, its names at workbook scope. */
export function planToWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const wb = newWorkbook();
  addPlanSheet(wb, plan);
  return wb;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "AI Factory Finance";
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** Where a sheet's names go: the workbook (one-model files) or nowhere yet (added sheet-scoped after writing). */
export type NameScope = "workbook" | "deferred";

/**
 * Adds a plan as a worksheet of an existing workbook.
 * @param wb        the workbook
 * @param plan      the plan
 * @param sheetName the worksheet's name (default the plan's; it must not be taken)
 * @param names     "workbook": define the plan's names at workbook scope; "deferred": the
 *                  caller adds them sheet-scoped to the written file (writeWorkbookBuffer)
 */
export function addPlanSheet(wb: ExcelJS.Workbook, plan: SheetPlan, sheetName = plan.sheetName, names: NameScope = "workbook"): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.cols) }],
    pageSetup: pageSetupOf(plan.print),
  });
  plan.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const h of plan.rowHeights) ws.getRow(h.row + 1).height = h.points;
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(block.top + r + 1, block.left + c + 1);
        if (cell.formula !== undefined) target.value = { formula: fileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
        else target.value = cell.value;
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      });
    });
  }
  applyFont(ws, plan.rowCount, plan.colCount, plan.font);
  for (const { range, style } of plan.styles) applyStyle(ws, range, style);
  const sheetRef = `'${sheetName.replace(/'/g, "''")}'`;
  if (names === "workbook") for (const n of plan.names) wb.definedNames.add(`${sheetRef}!${rangeAddress(n.range, true)}`, n.name);
  for (const v of plan.validations) forEachCell(v.range, (r, c) => void (ws.getCell(r + 1, c + 1).dataValidation = validationOf(v)));
  plan.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [fileFormula(cf.formula)],
          style: {
            ...(cf.style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } } : {}),
            font: { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) },
          },
        },
      ],
    });
  });
  return ws;
}

/**
 * The plan's print setup as ExcelJS's page setup (fitToHeight 0: as many pages tall as needed).
 *
 * ExcelJS turns these into the sheet-scoped defined names Excel itself writes
 * (ECMA-376 Part 1, 18.2.6): `_xlnm.Print_Area` = `'Sheet'!$A$1:$M$127`, and
 * `_xlnm.Print_Titles` = `'Sheet'!$A:$C,'Sheet'!$5:$5`, the label columns and the
 * year row joined by the union operator (a comma, no parentheses), as Excel saves
 * them. ExcelJS puts a `$` before each end of the print area, so the rows are made
 * absolute here (`A$1` becomes `$A$1`), as Excel has them.
 *
 * Gnumeric (1.12) warns "Multiple expressions are not supported in this context"
 * on that union and keeps the name as an error value; it does not turn
 * `_xlnm.Print_Titles` into repeated rows or columns even when the name is a single
 * range or a parenthesised union (checked with ssconvert to .gnumeric: no
 * repeat_top/repeat_left either way), so no spelling would make Gnumeric print
 * titles. Excel and LibreOffice read the union; the warning is harmless (no cell
 * refers to the name) and the format stays Excel's.
 */
export function pageSetupOf(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printArea: rangeAddress(p.area, true).replace(/(^|:)\$/g, "$1"),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first + 1}:${p.titleRows.last + 1}` } : {}),
    ...(p.titleColumns ? { printTitlesColumn: `${columnLetter(p.titleColumns.first)}:${columnLetter(p.titleColumns.last)}` } : {}),
  };
}

/**
 * Writes a plan to an .xlsx buffer.
 * @param plan the sheet to write
 * @returns the file's bytes
 */
export async function writeXlsxBuffer(plan: SheetPlan): Promise<Buffer> {
  const data = await planToWorkbook(plan).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * Writes a plan to an .xlsx file (overwrites). Callers wanting atomicity write
 * to a temporary name and rename (the CLI does).
 * @param plan the sheet to write
 * @param path file path
 */
export async function writeXlsx(plan: SheetPlan, path: string): Promise<void> {
  await planToWorkbook(plan).xlsx.writeFile(path);
}

/**
 * Writes several plans as the sheets of one workbook, in order, each plan's
 * names scoped to its own sheet (`localSheetId`), so that every sheet can define
 * `MasterCheck`. Sheet names are the plans' own, made unique ("Leverage (2)").
 * @param plans at least one plan
 * @returns the file's bytes
 * @throws RangeError for an empty list
 */
export async function writeWorkbookBuffer(plans: readonly SheetPlan[]): Promise<Buffer> {
  if (plans.length === 0) throw new RangeError("writeWorkbookBuffer needs at least one plan");
  const wb = newWorkbook();
  const taken: string[] = [];
  const sheets = plans.map((plan, sheetIndex) => {
    const sheetName = uniqueSheetName(plan.sheetName || plan.title, taken);
    taken.push(sheetName);
    addPlanSheet(wb, plan, sheetName, "deferred");
    return { sheetIndex, sheetName, names: plan.names };
  });
  const data = await wb.xlsx.writeBuffer();
  return addSheetScopedNames(new Uint8Array(data as ArrayBuffer), sheets);
}
