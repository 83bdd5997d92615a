/**
 * insertSuite against the recording fake of Excel (test/support/fakeExcel.ts):
 * every sheet of the deal workbook written exactly as planned in one Excel.run
 * and 2 syncs whatever the timeline; names made unique against the workbook and
 * the links following the names used; sheets and names defined before any
 * formula; and on a fault at every API call and every sync, no sheet left behind.
 */
import { describe, expect, it } from "vitest";
import { CHECK, YEAR } from "../../src/models/formats";
import { buildSuite, DEAL_SUITE } from "../../src/models/suite";
import type { SheetPlan } from "../../src/plan/plan";
import type { ModelTemplate } from "../../src/plan/template";
import { InsertError } from "../../src/workbook/excel";
import { insertLinkedPlans, insertSuite } from "../../src/workbook/excelSuite";
import { layoutSuite, suiteSheetNames } from "../../src/workbook/suiteLayout";
import { FakeExcelHost } from "../support/fakeExcel";
import { failWriteAndCleanup } from "./cleanupFault";
import { diffSheetAgainstPlan } from "../support/fakeExcelDiff";

const all = (): boolean => true;

/** A two-year model with a linked-able row `Flow` and a master check: the smallest sheet a suite can hold. */
function tiny(id: string): ModelTemplate {
  const sheetName = id[0].toUpperCase() + id.slice(1);
  return {
    id,
    title: { en: sheetName, fr: sheetName },
    question: { en: "?", fr: "?" },
    sheetName,
    description: "A test sheet.",
    defaultYears: 2,
    sections: [
      { role: "timeline", title: "Timeline", items: [{ type: "timeline", key: "Years", label: "Year", format: YEAR, first: "{FirstYear}", formula: "{Years@prev}+{Step}", name: true }] },
      {
        role: "inputs",
        title: "Inputs",
        items: [
          { type: "scalar", key: "FirstYear", label: "First year", format: YEAR, value: 2026, name: true, note: "Modelling choice" },
          { type: "scalar", key: "Step", label: "Step", format: YEAR, value: 1, note: "Modelling choice" },
          { type: "timeline", key: "Flow", label: "Flow", format: YEAR, values: [1, 2], name: true, note: "Modelling choice" },
        ],
      },
      { role: "checks", title: "Checks", items: [{ type: "scalar", key: "MasterCheck", label: "Master check", format: CHECK, formula: "{Step}-{Step}", name: true }] },
    ],
    charts: [],
    reference: () => ({}),
    headlines: () => [],
  };
}
const formulasOf = (host: FakeExcelHost, sheet: string): string[] => Object.values(host.sheet(sheet)?.cells ?? {}).flatMap((c) => (c.formula !== undefined ? [c.formula] : []));

describe("insertSuite writes every sheet exactly as planned", () => {
  it("six sheets, each equal to its plan; one Excel.run; 2 syncs; the Summary active", async () => {
    const host = new FakeExcelHost(["Sheet1"]);
    const result = await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: all });
    expect(result.sheetNames).toEqual(["Summary", "Capacity", "Leverage", "Valuation", "Dilution", "Circularity"]);
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", ...result.sheetNames]);
    for (const laid of layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE, ["Sheet1"]))) {
      const sheet = host.sheet(laid.plan.sheetName);
      expect(sheet, laid.id).toBeDefined();
      if (sheet) expect(diffSheetAgainstPlan(sheet, laid.plan), laid.id).toEqual([]);
    }
    expect(host.runs).toBe(1);
    expect(result.syncs).toBe(2);
    expect(host.syncs).toBe(2);
    expect(host.activeSheet).toBe("Summary");
    expect(result.skipped).toEqual([]);
  });

  it("the sync count does not grow with the timeline", async () => {
    for (const years of [1, 30]) {
      const host = new FakeExcelHost();
      expect((await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: all, years })).syncs).toBe(2);
    }
  });

  it("takes unique names when the suite's are taken, and the links follow them", async () => {
    const host = new FakeExcelHost(["Capacity", "summary"]);
    const result = await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: all });
    expect(result.sheetNames.slice(0, 2)).toEqual(["Summary (2)", "Capacity (2)"]);
    expect(formulasOf(host, "Leverage").filter((f) => f.includes("'Capacity (2)'!Revenue")).length).toBe(DEAL_SUITE.defaultYears);
    expect(formulasOf(host, "Summary (2)")).toContain("='Capacity (2)'!MasterCheck");
    expect(formulasOf(host, "Capacity (2)")).toContain("='Summary (2)'!Scenario");
    // nothing refers to the user's own Capacity sheet
    for (const s of result.sheetNames) expect(formulasOf(host, s).some((f) => f.includes("'Capacity'!")), s).toBe(false);
  });

  it("adds every sheet, then every name, before writing any formula", async () => {
    const host = new FakeExcelHost();
    await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: all });
    const at = (re: RegExp, last: boolean): number => {
      const hits = host.calls.flatMap((c, i) => (re.test(c.what) ? [i] : []));
      return last ? (hits.at(-1) ?? -1) : (hits[0] ?? -1);
    };
    expect(at(/^Worksheets\.add/, true)).toBeLessThan(at(/names\.add/, false));
    expect(at(/names\.add/, true)).toBeLessThan(at(/\.formulas=$/, false));
  });

  it("refuses to start without ExcelApi 1.4 and touches nothing", async () => {
    const host = new FakeExcelHost();
    const err = await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: (_s, v) => v < "1.4" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InsertError);
    expect((err as InsertError).stage).toBe("requirements");
    expect(host.runs).toBe(0);
  });
});

describe("failures leave no sheet behind", () => {
  // A three-sheet suite of two tiny models (the Summary, Alpha, Beta linked to Alpha) keeps a fault at
  // every call fast; the writer's behaviour does not depend on what the sheets hold.
  const small = buildSuite([{ template: tiny("alpha") }, { template: tiny("beta"), links: { Flow: { sheet: "alpha", names: ["Flow"] } } }]).suite;
  const cache = new Map<string, SheetPlan[]>();
  const plansFor = (existing: readonly string[]): SheetPlan[] => {
    const k = existing.join("|");
    if (!cache.has(k)) cache.set(k, layoutSuite(small, suiteSheetNames(small, existing)).map((s) => s.plan));
    return cache.get(k) as SheetPlan[];
  };
  const insert = (host: FakeExcelHost): Promise<unknown> => insertLinkedPlans("small suite", plansFor, { run: host.run, isSetSupported: all }).catch((e: unknown) => e);

  it("a fault at every API call", async () => {
    const clean = new FakeExcelHost(["Sheet1", "Inputs"]);
    await insert(clean);
    const calls = clean.callTotal;
    expect(calls).toBeGreaterThan(100);
    for (let n = 1; n <= calls; n++) {
      const host = new FakeExcelHost(["Sheet1", "Inputs"]);
      host.faults = { failAtCall: n };
      const err = await insert(host);
      expect(err, `call ${n}`).toBeInstanceOf(InsertError);
      expect((err as InsertError).message, `call ${n}`).toContain(`Injected fault at call ${n}`);
      expect((err as InsertError).cleanedUp, `call ${n}`).toBe(true);
      expect(host.sheets.map((s) => s.name), `call ${n}: ${host.calls[n - 1]?.what}`).toEqual(["Sheet1", "Inputs"]);
    }
  }, 120_000);

  it("a fault at every 50th call of the whole deal workbook (and its first and last calls)", async () => {
    const cached = new Map<string, SheetPlan[]>();
    const dealPlans = (existing: readonly string[]): SheetPlan[] => {
      const k = existing.join("|");
      if (!cached.has(k)) cached.set(k, layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE, existing)).map((s) => s.plan));
      return cached.get(k) as SheetPlan[];
    };
    const clean = new FakeExcelHost(["Sheet1"]);
    await insertLinkedPlans("deal", dealPlans, { run: clean.run, isSetSupported: all });
    const calls = clean.callTotal;
    const picks = [...Array.from({ length: Math.floor(calls / 50) }, (_, i) => 1 + 50 * i), calls - 1, calls];
    for (const n of picks) {
      const host = new FakeExcelHost(["Sheet1"]);
      host.faults = { failAtCall: n };
      const err = await insertLinkedPlans("deal", dealPlans, { run: host.run, isSetSupported: all }).catch((e: unknown) => e);
      expect(err, `call ${n}`).toBeInstanceOf(InsertError);
      expect((err as InsertError).cleanedUp, `call ${n}`).toBe(true);
      expect(host.sheets.map((s) => s.name), `call ${n}: ${host.calls[n - 1]?.what}`).toEqual(["Sheet1"]);
    }
  }, 120_000);

  it.each(["none", "half", "all"] as const)("a fault at every sync of the whole deal workbook (%s of the batch applied first)", async (mode) => {
    for (const k of [1, 2]) {
      const host = new FakeExcelHost(["Sheet1"]);
      host.faults = { failAtSync: k, applyBeforeSyncFault: mode };
      const err = await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: all }).catch((e: unknown) => e);
      expect(err, `sync ${k}`).toBeInstanceOf(InsertError);
      expect((err as InsertError).message).toContain(`Injected fault at sync ${k}`);
      expect(host.sheets.map((s) => s.name), `sync ${k}`).toEqual(["Sheet1"]);
    }
  });

  it("when the cleanup itself fails, the error names the sheets left", async () => {
    const host = new FakeExcelHost();
    failWriteAndCleanup(host);
    const err = (await insert(host)) as InsertError;
    expect(err.cleanedUp).toBe(false);
    expect(err.message).toMatch(/could not all be removed .*delete them by hand/);
    expect(host.sheet("Beta")).toBeDefined();
  });
});
