import { describe, expect, it } from "vitest";
import { InsertError, cellInput, columnWidthPoints, insertPlan } from "../../src/workbook/excel";
import { checkPlanSupport } from "../../src/workbook/excelRequirements";
import type { SheetPlan } from "../../src/plan/plan";
import { FakeExcelHost } from "../support/fakeExcel";
import { diffSheetAgainstPlan } from "../support/fakeExcelDiff";
import { failWriteAndCleanup } from "./cleanupFault";
import { fixturePlan } from "./excelFixture";

/** A host supporting ExcelApi 1.1 up to and including 1.`minor` (versions compare by minor number: 1.17 > 1.4). */
const upTo =
  (minor: number) =>
  (set: string, version: string): boolean =>
    set === "ExcelApi" && version.startsWith("1.") && Number(version.slice(2)) <= minor;
const all = upTo(17);

async function insert(host: FakeExcelHost, plan: SheetPlan, isSetSupported = all) {
  return insertPlan(plan, { run: host.run, isSetSupported });
}

describe("insertPlan writes exactly the plan", () => {
  it.each([6, 30])("%i-year timeline: every cell, format, name, width, rule and chart; <= 3 syncs in one Excel.run", async (years) => {
    const plan = fixturePlan(years);
    const host = new FakeExcelHost();
    const result = await insert(host, plan);
    expect(result.sheetName).toBe("Leverage");
    expect(diffSheetAgainstPlan(host.sheet("Leverage")!, plan)).toEqual([]);
    expect(host.runs).toBe(1);
    expect(result.syncs).toBe(host.syncs);
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(host.activeSheet).toBe("Leverage");
    expect(host.selection).toEqual({ sheet: "Leverage", address: "B3:B7" });
    // 8 names; cells: 2 title + 15 inputs + 2 + years timeline + 3 x (2 + years) calc + 3 check
    expect(result.names).toBe(8);
    expect(result.cells).toBe(2 + 15 + 2 + years + 3 * (2 + years) + 3);
    expect(result.formulas).toBe(3 * years + 1);
    expect(result.charts).toBe(1);
    expect(result.skipped).toEqual([]);
  });

  it("the sync count does not grow with the timeline", async () => {
    const counts = [];
    for (const years of [1, 6, 30, 100]) {
      const host = new FakeExcelHost();
      await insert(host, fixturePlan(years));
      counts.push(host.syncs);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it("keeps text that Excel would parse as a number, date, boolean or formula as text", async () => {
    const host = new FakeExcelHost();
    await insert(host, fixturePlan(6));
    const s = host.sheet("Leverage")!;
    // C5 holds the text "2030", C6 "-", C7 "TRUE", C8 "May 2025" (see the fixture).
    expect(s.cells["4,2"].value).toBe("2030");
    expect(s.cells["5,2"].value).toBe("-");
    expect(s.cells["6,2"].value).toBe("TRUE");
    expect(s.cells["7,2"].value).toBe("May 2025");
  });

  it("inserting twice gives two independent sheets, each with its own sheet-scoped names", async () => {
    const plan = fixturePlan(6);
    const host = new FakeExcelHost(["Sheet1", "leverage (2)"]);
    const a = await insert(host, plan);
    const b = await insert(host, plan);
    expect([a.sheetName, b.sheetName]).toEqual(["Leverage", "Leverage (3)"]);
    for (const name of [a.sheetName, b.sheetName]) expect(diffSheetAgainstPlan(host.sheet(name)!, plan)).toEqual([]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", "leverage (2)", "Leverage", "Leverage (3)"]);
  });

  it("sanitizes the plan's sheet name", async () => {
    const host = new FakeExcelHost();
    const r = await insert(host, fixturePlan(6, "Nvidia/CoreWeave: stake [2025] with a very long tail"));
    expect(r.sheetName).toBe("Nvidia-CoreWeave- stake -2025-");
    expect(host.sheet(r.sheetName)).toBeDefined();
  });
});

describe("print setup, validations and the font reach the fake", () => {
  // The fixture at 6 years: 13 rows, columns A..I (3 label columns + 6 years); the year row is row 8.
  it("prints landscape, one page wide, A1:I13 with row 8 and columns A:C repeated", async () => {
    const host = new FakeExcelHost();
    await insert(host, fixturePlan(6));
    expect(host.sheet("Leverage")!.pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 }, printArea: "A1:I13", printTitleRows: "$8:$8", printTitleColumns: "$A:$C" });
  });

  it("writes bounded decimals, whole numbers and lists, each with its input message", async () => {
    const host = new FakeExcelHost();
    await insert(host, fixturePlan(6));
    const v = host.sheet("Leverage")!.validations;
    expect(v.map((x) => [x.address, x.rule])).toEqual([
      ["B6", { list: { inCellDropDown: true, source: "base,bull,bear" } }],
      ["B4", { decimal: { operator: "Between", formula1: 0, formula2: 1 } }],
      ["B7", { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } }],
      ["B3", { wholeNumber: { operator: "LessThanOrEqualTo", formula1: 100000 } }],
    ]);
    expect(v[1].prompt).toEqual({ showPrompt: true, title: "Growth", message: "Enter a number from 0 % to 100 %." });
    expect(v[1].errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Growth", message: "Growth must be a number from 0 % to 100 %." });
  });

  it("sets the plan's font on every cell of the used range, empty ones included", async () => {
    const host = new FakeExcelHost();
    await insert(host, fixturePlan(6));
    const cells = host.sheet("Leverage")!.cells;
    for (const k of ["0,0", "12,8", "7,5"]) expect([k, cells[k]?.format["font.name"]]).toEqual([k, "Arial"]);
    expect(cells["0,0"].format["font.size"]).toBe(14); // the title's own size wins over the sheet's 10
    expect(cells["12,8"].format["font.size"]).toBe(10);
  });

  it("leaves the page layout out below ExcelApi 1.9 and says so", async () => {
    const host = new FakeExcelHost();
    const r = await insert(host, fixturePlan(6), upTo(8));
    expect(host.sheet("Leverage")!.pageLayout).toBeNull();
    expect(r.skipped).toContainEqual({ feature: "pageLayout", requirement: "ExcelApi 1.9", count: 1 });
  });
});

describe("requirement sets", () => {
  // ExcelApi versions: names 1.4, conditional formats 1.6, charts and freeze panes 1.7,
  // validation and secondary axis 1.8, indent and page layout 1.9.
  it.each([
    [9, []],
    [8, ["indent", "pageLayout"]],
    [7, ["secondaryAxis", "validations", "indent", "pageLayout"]],
    [6, ["charts", "freezePanes", "secondaryAxis", "validations", "indent", "pageLayout"]],
    [4, ["conditionalFormats", "charts", "freezePanes", "secondaryAxis", "validations", "indent", "pageLayout"]],
  ])("ExcelApi 1.%s: inserts what is supported and reports the rest (%j)", async (max, skippedFeatures) => {
    const plan = fixturePlan(6);
    const host = new FakeExcelHost();
    const result = await insert(host, plan, upTo(max));
    expect(result.skipped.map((s) => s.feature).sort()).toEqual([...skippedFeatures].sort());
    const support = checkPlanSupport(plan, upTo(max));
    if (!support.canInsert) throw new Error(`ExcelApi 1.${max} should be enough to insert`);
    expect(diffSheetAgainstPlan(host.sheet("Leverage")!, plan, support.enabled)).toEqual([]);
    for (const s of result.skipped) expect(Number(s.requirement.split(".")[1])).toBeGreaterThan(max);
  });

  it("refuses to start without ExcelApi 1.4 and names the missing set", async () => {
    const host = new FakeExcelHost();
    const err = await insert(host, fixturePlan(6), upTo(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InsertError);
    expect((err as InsertError).message).toMatch(/ExcelApi 1\.4/);
    expect((err as InsertError).stage).toBe("requirements");
    expect(host.runs).toBe(0);
  });
});

describe("failures leave no sheet behind and report Excel's message", () => {
  const plan = fixturePlan(6);
  const clean = new FakeExcelHost();
  const baseline = { calls: 0, syncs: 0 };

  it("baseline insert", async () => {
    await insert(clean, plan);
    baseline.calls = clean.callTotal;
    baseline.syncs = clean.syncs;
    expect(baseline.calls).toBeGreaterThan(50);
  });

  it("a fault at every API call", async () => {
    expect(baseline.calls).toBeGreaterThan(0);
    for (let n = 1; n <= baseline.calls; n++) {
      const host = new FakeExcelHost(["Sheet1", "Inputs"]);
      host.faults = { failAtCall: n };
      const err = await insert(host, plan).catch((e: unknown) => e);
      expect(err, `call ${n}`).toBeInstanceOf(InsertError);
      const e = err as InsertError;
      expect(e.message, `call ${n}`).toContain(`Injected fault at call ${n}`);
      expect(e.cleanedUp).toBe(true);
      expect(host.sheets.map((s) => s.name), `call ${n}: ${host.calls[n - 1]?.what}`).toEqual(["Sheet1", "Inputs"]);
    }
  });

  it.each(["none", "half", "all"] as const)("a fault at every sync (%s of the batch applied first)", async (mode) => {
    for (let k = 1; k <= baseline.syncs; k++) {
      const host = new FakeExcelHost(["Sheet1"]);
      host.faults = { failAtSync: k, applyBeforeSyncFault: mode };
      const err = await insert(host, plan).catch((e: unknown) => e);
      expect(err, `sync ${k}`).toBeInstanceOf(InsertError);
      expect((err as InsertError).message).toContain(`Injected fault at sync ${k}`);
      expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    }
  });

  it("a protected workbook: plain words, Excel's message, a hint", async () => {
    const host = new FakeExcelHost();
    host.faults = { protectedWorkbook: true };
    const err = (await insert(host, plan).catch((e: unknown) => e)) as InsertError;
    expect(err).toBeInstanceOf(InsertError);
    expect(err.message).toContain("The workbook is protected");
    expect(err.message).toContain("unprotect it");
    expect(err.excelCode).toBe("AccessDenied");
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("when the cleanup itself fails, the error says the sheet is still there", async () => {
    const host = new FakeExcelHost();
    // Sync 2 is the write batch (fails after applying it all); sync 3 is the cleanup's first.
    failWriteAndCleanup(host);
    const err = (await insert(host, plan).catch((e: unknown) => e)) as InsertError;
    expect(err.cleanedUp).toBe(false);
    expect(err.message).toMatch(/could not be removed .*delete it by hand/);
    expect(host.sheet("Leverage")).toBeDefined();
  });
});

describe("cell input and column widths", () => {
  it.each([
    [null, ""],
    [{ formula: "=A1*2" }, "=A1*2"],
    [{ value: 42 }, 42],
    [{ value: false }, false],
    [{ value: "Revenue" }, "Revenue"],
    [{ value: "2030" }, "'2030"],
    [{ value: "1/2" }, "'1/2"],
    [{ value: "TRUE" }, "'TRUE"],
    [{ value: "+x" }, "'+x"],
    [{ value: "Mar 2026" }, "'Mar 2026"],
    [{ value: "March is fine" }, "March is fine"],
  ] as const)("cellInput(%j) = %j", (cell, want) => {
    expect(cellInput(cell)).toBe(want);
  });

  // pixels = round(chars x 7) + 5 (7 px digit, 5 px padding), points = pixels x 0.75:
  // 8.43 chars -> 59 + 5 = 64 px = 48 pt (Excel's default column); 10 -> 75 px = 56.25 pt;
  // 28 -> 201 px = 150.75 pt; 0 -> hidden.
  it.each([
    [8.43, 48],
    [10, 56.25],
    [28, 150.75],
    [0, 0],
  ])("columnWidthPoints(%s) = %s pt", (chars, pt) => {
    expect(columnWidthPoints(chars)).toBe(pt);
  });
});
