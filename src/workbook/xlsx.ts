/**
 * SheetPlan -> .xlsx with ExcelJS, for the `export` CLI and the LibreOffice proof.
 *
 * Formulas are written without cached values (the opening application computes
 * them); names go at workbook scope, the only scope ExcelJS 4.4 writes (one model
 * per file, so nothing collides); charts are Excel-only and skipped.
 */
import ExcelJS from "exceljs";
import { cellAddress, rangeAddress, type CellStyle, type RangeRef, type SheetPlan } from "../plan/plan";

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

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** Writes one plan as one worksheet of a new workbook. */
export function planToWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "AI Factory Finance";
  wb.calcProperties.fullCalcOnLoad = true;
  addPlanSheet(wb, plan);
  return wb;
}

/**
 * Adds a plan as a worksheet of an existing workbook.
 * @param wb      the workbook
 * @param plan    the plan; its `sheetName` must not be taken (exported files hold one model)
 */
export function addPlanSheet(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.cols) }],
  });
  plan.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(block.top + r + 1, block.left + c + 1);
        if (cell.formula !== undefined) target.value = { formula: fileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
        else if (cell.value !== undefined) target.value = cell.value;
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
      });
    });
  }
  for (const { range, style } of plan.styles) applyStyle(ws, range, style);
  const sheetRef = `'${plan.sheetName.replace(/'/g, "''")}'`;
  for (const n of plan.names) wb.definedNames.add(`${sheetRef}!${rangeAddress(n.range, true)}`, n.name);
  for (const v of plan.validations) {
    forEachCell(v.range, (r, c) => {
      ws.getCell(r + 1, c + 1).dataValidation = {
        type: "list",
        allowBlank: false,
        formulae: [`"${v.values.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        error: v.errorMessage,
      };
    });
  }
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

function forEachCell(range: RangeRef, fn: (r: number, c: number) => void): void {
  for (let r = range.top; r < range.top + range.rows; r++) for (let c = range.left; c < range.left + range.cols; c++) fn(r, c);
}

/** Later styles override earlier ones property by property, as the plan specifies. */
function applyStyle(ws: ExcelJS.Worksheet, range: RangeRef, s: CellStyle): void {
  forEachCell(range, (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
        ...(s.fontSize ? { size: s.fontSize } : {}),
      };
    }
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.wrap !== undefined || s.horizontalAlignment || s.indent !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
        ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment.toLowerCase() as "left" | "center" | "right" } : {}),
        ...(s.indent !== undefined ? { indent: s.indent } : {}),
      };
    }
    if (s.borderTop || s.borderBottom) {
      cell.border = {
        ...cell.border,
        ...(s.borderTop ? { top: { style: s.borderTop } } : {}),
        ...(s.borderBottom ? { bottom: { style: s.borderBottom } } : {}),
      };
    }
  });
}
