/**
 * Sheet-scoped defined names in an .xlsx file. ExcelJS 4.4 writes names at
 * workbook scope only, so a workbook of several model sheets (each defining
 * `MasterCheck`, `Years`...) needs them added to `xl/workbook.xml` afterwards,
 * each with the `localSheetId` of its sheet (ECMA-376 Part 1, 18.2.5 definedName:
 * the 0-based index of the sheet in `<sheets>`).
 */
import JSZip from "jszip";
import { rangeAddress, type PlanName } from "../plan/plan";

/** The names of one sheet: its 0-based position in the workbook, its name and its plan's names. */
export interface SheetNames {
  sheetIndex: number;
  sheetName: string;
  names: readonly PlanName[];
}

const xmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `'Sheet name'!$C$5` with quotes doubled, XML-escaped. */
function reference(sheetName: string, n: PlanName): string {
  return xmlEscape(`'${sheetName.replace(/'/g, "''")}'!${rangeAddress(n.range, true)}`);
}

/**
 * The `<definedName>` elements of every sheet's names, scoped to their sheets.
 * @param sheets the sheets and their names
 */
export function definedNamesXml(sheets: readonly SheetNames[]): string {
  return sheets
    .flatMap((s) => s.names.map((n) => `<definedName name="${xmlEscape(n.name)}" localSheetId="${s.sheetIndex}" comment="${xmlEscape(n.comment)}">${reference(s.sheetName, n)}</definedName>`))
    .join("");
}

/**
 * Adds sheet-scoped names to a written .xlsx file.
 * @param file   the bytes ExcelJS wrote
 * @param sheets the names of each sheet
 * @returns the file with the names in `xl/workbook.xml` (inside an existing
 *          `<definedNames>`, such as ExcelJS's print areas, or a new one after `<sheets>`)
 * @throws Error when the file has no workbook part or no `<sheets>` (not an ExcelJS .xlsx)
 */
export async function addSheetScopedNames(file: Uint8Array, sheets: readonly SheetNames[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("not an .xlsx file: xl/workbook.xml is missing");
  const xml = await part.async("string");
  const names = definedNamesXml(sheets);
  let out: string;
  // Replacer functions, not strings: a string replacement would read "$'" or "$&" in a
  // name's sheet or comment (e.g. a sheet named "Cost$" gives 'Cost$'!...) as a pattern.
  if (xml.includes("</definedNames>")) out = xml.replace("</definedNames>", () => `${names}</definedNames>`);
  else if (xml.includes("</sheets>")) out = xml.replace("</sheets>", () => `</sheets><definedNames>${names}</definedNames>`);
  else throw new Error("not an .xlsx workbook part: no <sheets>");
  zip.file("xl/workbook.xml", out);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
