/**
 * The .xlsx writer and the export CLI: read the written file back with ExcelJS
 * and compare with the plan; the CLI's error paths leave nothing half-written.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError, exportModels, parseExportArgs } from "../../src/cli/exportModels";
import { MODELS, getModel } from "../../src/models";
import type { ModelTemplate } from "../../src/plan/template";
import { layoutModel } from "../../src/workbook/layout";
import { cellAddress, rangeAddress } from "../../src/plan/plan";
import { fileFormula, writeWorkbookBuffer, writeXlsxBuffer } from "../../src/workbook/xlsx";
import JSZip from "jszip";

const dir = mkdtempSync(join(tmpdir(), "aif-xlsx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe("fileFormula", () => {
  it.each([
    ["=SUM(A1:B2)", "SUM(A1:B2)"],
    ["=IFS(A1>1,2)", "_xlfn.IFS(A1>1,2)"],
    ["=ifna(A1,B1)+MYIFS(A1)", "_xlfn.IFNA(A1,B1)+MYIFS(A1)"], // a function name that merely ends in IFS is left alone
  ])("%s -> %s", (input, expected) => {
    expect(fileFormula(input)).toBe(expected);
  });
  it("rejects a formula without =", () => expect(() => fileFormula("SUM(A1)")).toThrow());
});

describe.each(MODELS.map((m) => m.id))("%s written to .xlsx", (id) => {
  const plan = layoutModel(getModel(id) as ModelTemplate);
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  it("reads back with every plan cell, formulas without cached values", async () => {
    wb = await readBack(await writeXlsxBuffer(plan));
    ws = wb.getWorksheet(plan.sheetName) as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    let formulas = 0;
    for (const b of plan.blocks) {
      b.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          const got = ws.getCell(b.top + r + 1, b.left + c + 1);
          if (!cell) return expect(got.value, cellAddress(b.top + r, b.left + c)).toBeNull();
          if (cell.formula !== undefined) {
            formulas++;
            expect(got.formula).toBe(cell.formula.slice(1));
            expect((got.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
          } else expect(got.value).toBe(cell.value);
          expect(got.numFmt ?? "General").toBe(cell.numberFormat ?? "General");
        }),
      );
    }
    expect(formulas).toBeGreaterThan(20);
  });

  it("carries every name at workbook scope over the planned range", () => {
    // Excel (and ExcelJS reading it back) quotes a sheet name that is not a plain word, e.g. 'Dilution copy'
    const sheet = /^[A-Za-z_]\w*$/.test(plan.sheetName) ? plan.sheetName : `'${plan.sheetName.replace(/'/g, "''")}'`;
    for (const n of plan.names) expect(wb.definedNames.getRanges(n.name).ranges, n.name).toEqual([`${sheet}!${rangeAddress(n.range, true)}`]);
  });

  it("freezes panes, sizes columns and styles inputs blue", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows });
    plan.columnWidths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBe(w));
    const input = plan.inputsRange;
    const blue = [];
    for (let r = input.top; r < input.top + input.rows; r++) for (let c = 0; c < input.cols; c++) if (ws.getCell(r + 1, c + 1).font?.color?.argb === "FF0000FF") blue.push(c);
    expect(blue.length).toBeGreaterThan(5);
  });

  it("writes every validation with its rule, input message and error, and the conditional formats", () => {
    for (const v of plan.validations) {
      const dv = ws.getCell(v.range.top + 1, v.range.left + 1).dataValidation;
      expect(dv).toMatchObject({ showInputMessage: true, promptTitle: v.title, prompt: v.prompt, showErrorMessage: true, error: v.errorMessage });
      if (v.kind === "list") expect(dv).toMatchObject({ type: "list", formulae: [`"${v.values.join(",")}"`] });
      else {
        const bounds = [v.min, v.max].filter((x) => x !== undefined);
        expect(dv).toMatchObject({ type: v.kind, formulae: bounds });
      }
    }
    // ExcelJS keeps read conditional formats on an untyped property
    const cfs = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cfs.length).toBe(plan.conditionalFormats.length);
  });

  it("names the plan's font on every cell of the used range, styled or not", () => {
    for (let r = 1; r <= plan.rowCount; r++) {
      for (let c = 1; c <= plan.colCount; c++) expect([r, c, ws.getCell(r, c).font?.name]).toEqual([r, c, plan.font.name]);
    }
  });

  it("prints landscape, one page wide and as many tall as needed, with the print area and titles", () => {
    const a = plan.print.area;
    const last = cellAddress(a.top + a.rows - 1, a.left + a.cols - 1);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesColumn: "A:C" });
    // ExcelJS reads the print area back with absolute references
    expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toBe(`A1:${last}`);
    if (plan.print.titleRows) expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}`);
  });
});

describe("several plans in one workbook", () => {
  const plans = ["capacity", "leverage", "dilution"].map((id) => layoutModel(getModel(id) as ModelTemplate));
  let xml = "";
  let wb: ExcelJS.Workbook;

  it("writes one sheet per plan, and every plan's names scoped to its own sheet (localSheetId)", async () => {
    const buffer = await writeWorkbookBuffer([...plans, plans[1]]);
    wb = await readBack(buffer);
    // the second copy of Leverage gets a unique sheet name
    const sheetNames = ["Capacity", "Leverage", "Dilution", "Leverage (2)"];
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheetNames);
    xml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
    const names = [...xml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1], Number(m[2]), m[3].replace(/&apos;/g, "'")]);
    [...plans, plans[1]].forEach((plan, i) => {
      for (const n of plan.names) expect(names, `${sheetNames[i]} ${n.name}`).toContainEqual([n.name, i, `'${sheetNames[i]}'!${rangeAddress(n.range, true)}`]);
    });
    // MasterCheck is defined once per sheet, never at workbook scope
    expect(names.filter((n) => n[0] === "MasterCheck").map((n) => n[1])).toEqual([0, 1, 2, 3]);
    expect(xml).not.toMatch(/<definedName name="MasterCheck">/);
  });

  it("keeps ExcelJS's own print areas and titles beside the names, each on its sheet", () => {
    for (let i = 0; i < 4; i++) expect(xml).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${i}"`));
    expect(xml.match(/<definedNames>/g)).toHaveLength(1);
  });

  it("refuses an empty list", async () => {
    await expect(writeWorkbookBuffer([])).rejects.toThrow(RangeError);
  });
});

describe("export CLI", () => {
  it("writes <dir>/<id>.xlsx for every model, the deal workbook, and leaves no temporary file", async () => {
    const out = join(dir, "all");
    const written = await exportModels({ out });
    const files = [...MODELS.map((m) => `${m.id}.xlsx`), "coreweave-deal.xlsx"];
    expect(written.map((p) => p.slice(out.length + 1))).toEqual(files);
    expect(readdirSync(out).sort()).toEqual([...files].sort());
  });

  it("writes one model with --model and a longer timeline with --years", async () => {
    const out = join(dir, "one");
    await exportModels({ out, model: "capacity", years: 30 });
    expect(readdirSync(out)).toEqual(["capacity.xlsx"]);
  });

  it("rejects an unknown model id and writes nothing", async () => {
    const out = join(dir, "unknown");
    await expect(exportModels({ out, model: "nope" })).rejects.toThrow(`unknown model "nope"; known models: ${MODELS.map((m) => m.id).join(", ")}`);
    await expect(exportModels({ out, model: "nope" })).rejects.toBeInstanceOf(UsageError);
  });

  it("rejects a directory it cannot create", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    await expect(exportModels({ out: join(file, "sub") })).rejects.toThrow(/cannot write to directory .*not a directory/);
  });

  it.each([
    [["--out", "x"], { out: "x" }],
    [["--out", "x", "--model", "leverage", "--years", "30"], { out: "x", model: "leverage", years: 30 }],
    [["--help"], "help"],
  ])("parses %j", (argv, expected) => {
    expect(parseExportArgs(argv)).toEqual(expected);
  });

  it.each([[[]], [["--out"]], [["--out", "x", "--bogus"]]])("refuses %j", (argv) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError);
  });

  it("exits 2 with a clear message for an unknown model", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "../../src/cli/export.ts"), "--out", join(dir, "cli"), "--model", "nope"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown model "nope"/);
  });
});
