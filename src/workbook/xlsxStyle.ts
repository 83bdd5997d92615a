/**
 * Plan styles, fonts and validations as ExcelJS cell properties. Every written
 * cell carries the plan's font name and size: ExcelJS writes a styled cell's font
 * without a name unless given one, and LibreOffice then renders it in a serif default.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, DataValidation, RangeRef, SheetFont } from "../plan/plan";

/** `#RRGGBB` -> ExcelJS's `FFRRGGBB`. */
export const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** Calls `fn` with every 0-based cell of `range`. */
export function forEachCell(range: RangeRef, fn: (r: number, c: number) => void): void {
  for (let r = range.top; r < range.top + range.rows; r++) for (let c = range.left; c < range.left + range.cols; c++) fn(r, c);
}

/** The plan's font on every cell of the used range (styles then change weight, slant, size and colour). */
export function applyFont(ws: ExcelJS.Worksheet, rows: number, cols: number, font: SheetFont): void {
  forEachCell({ top: 0, left: 0, rows, cols }, (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    cell.font = { ...cell.font, name: font.name, size: font.size };
  });
}

/** Later styles override earlier ones property by property, as the plan specifies. */
export function applyStyle(ws: ExcelJS.Worksheet, range: RangeRef, s: CellStyle): void {
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

/**
 * A plan validation as ExcelJS writes it: the rule, the input message (shown
 * while the cell is selected) and a stop alert.
 */
export function validationOf(v: DataValidation): ExcelJS.DataValidation {
  const messages = { showInputMessage: true, promptTitle: v.title, prompt: v.prompt, showErrorMessage: true, errorStyle: "stop", errorTitle: v.title, error: v.errorMessage } as const;
  if (v.kind === "list") return { type: "list", allowBlank: false, formulae: [`"${v.values.join(",")}"`], ...messages };
  const operator = v.min !== undefined && v.max !== undefined ? "between" : v.min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual";
  const formulae = v.min !== undefined && v.max !== undefined ? [v.min, v.max] : [v.min ?? (v.max as number)];
  return { type: v.kind, allowBlank: false, operator, formulae, ...messages };
}
