import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { addSheetScopedNames } from "../../src/workbook/xlsxSheetNames";

/** A minimal workbook part, with or without a <definedNames> already in it. */
async function file(workbookXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", workbookXml);
  return zip.generateAsync({ type: "uint8array" });
}

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
}

describe("addSheetScopedNames", () => {
  // Sheet "Cost$" at index 1: the reference is 'Cost$'!$C$5 (top 4, left 2 are 0-based),
  // whose "$'" a string replacement would have read as "the text after the match".
  const sheets = [{ sheetIndex: 1, sheetName: "Cost$", names: [{ name: "Price", range: { top: 4, left: 2, rows: 1, cols: 1 }, kind: "input" as const, comment: "$& and $$ stay" }] }];
  const expected = `<definedName name="Price" localSheetId="1" comment="$&amp; and $$ stay">'Cost$'!$C$5</definedName>`;

  it("writes sheet names and comments holding '$' verbatim, after <sheets>", async () => {
    const out = await workbookXml(await addSheetScopedNames(await file("<workbook><sheets></sheets></workbook>"), sheets));
    expect(out).toBe(`<workbook><sheets></sheets><definedNames>${expected}</definedNames></workbook>`);
  });

  it("and inside an existing <definedNames>", async () => {
    const out = await workbookXml(await addSheetScopedNames(await file("<workbook><sheets></sheets><definedNames><x/></definedNames></workbook>"), sheets));
    expect(out).toBe(`<workbook><sheets></sheets><definedNames><x/>${expected}</definedNames></workbook>`);
  });
});
