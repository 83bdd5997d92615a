import { describe, expect, it } from "vitest";
import { InsertError, insertPlan } from "../../src/workbook/excel";
import { FakeExcelHost } from "../support/fakeExcel";
import { diffSheetAgainstPlan } from "../support/fakeExcelDiff";
import { modelPlans } from "./excelPlans";

const all = (): boolean => true;

describe.each(modelPlans().map((p) => [`${p.label} (${p.years || "no"} years)`, p] as const))("the %s model plan", (_label, { plan, years }) => {
  it("is written exactly: every cell, format, name, width, rule and chart, in <= 3 syncs of one Excel.run", async () => {
    const host = new FakeExcelHost();
    const r = await insertPlan(plan, { run: host.run, isSetSupported: all });
    expect(diffSheetAgainstPlan(host.sheet(r.sheetName)!, plan)).toEqual([]);
    expect(host.runs).toBe(1);
    expect(host.syncs).toBeLessThanOrEqual(3);
    expect(r.names).toBe(plan.names.length);
    expect(host.selection?.sheet).toBe(r.sheetName);
  });

  it("inserted twice gives two sheets with their own names", async () => {
    const host = new FakeExcelHost();
    const a = await insertPlan(plan, { run: host.run, isSetSupported: all });
    const b = await insertPlan(plan, { run: host.run, isSetSupported: all });
    expect(b.sheetName).toBe(`${a.sheetName} (2)`);
    expect(Object.keys(host.sheet(b.sheetName)!.names).sort()).toEqual(plan.names.map((n) => n.name).sort());
  });

  // Every call of the 6-year plans (the 30-year plans make the same kinds of calls, only wider),
  // so the sweep is defined for those only rather than reported as skipped.
  if (years > 6) return;
  it("a fault at any API call or sync leaves only the sheets that were there", async () => {
    const clean = new FakeExcelHost();
    await insertPlan(plan, { run: clean.run, isSetSupported: all });
    const faults = [
      ...Array.from({ length: clean.callTotal }, (_, i) => ({ failAtCall: i + 1 })),
      ...Array.from({ length: clean.syncs }, (_, i) => ({ failAtSync: i + 1, applyBeforeSyncFault: "half" as const })),
    ];
    for (const f of faults) {
      const host = new FakeExcelHost(["Sheet1", "Data"]);
      host.faults = f;
      const err = await insertPlan(plan, { run: host.run, isSetSupported: all }).catch((e: unknown) => e);
      expect(err, JSON.stringify(f)).toBeInstanceOf(InsertError);
      expect((err as InsertError).message).toMatch(/Injected fault/);
      expect(host.sheets.map((s) => s.name), JSON.stringify(f)).toEqual(["Sheet1", "Data"]);
    }
  });
});
