/**
 * writeExampleIfEmpty against the recording fake of Excel (test/support/fakeExcel.ts
 * with the reads of test/e2e/fakeReads.ts), in Node: what it writes, where, in
 * how many syncs, and what it refuses.
 */
import { describe, expect, it } from "vitest";
import { writeExampleIfEmpty } from "../../src/taskpane/exampleTarget";
import type { ExcelRun } from "../../src/workbook/excel";
import { FakeExcelHost } from "../support/fakeExcel";
import { runWithReads } from "../e2e/fakeReads";

const F = '=AIF.GW_TO_GPUS(5, "GB200", 1.2)';

function host(cells: Record<string, number | string>, selection: string): { host: FakeExcelHost; run: ExcelRun } {
  const h = new FakeExcelHost(["Sheet1"]);
  for (const [k, v] of Object.entries(cells)) h.sheets[0].cells[k] = { value: v, format: {} };
  h.selection = { sheet: "Sheet1", address: selection };
  return { host: h, run: runWithReads(h) as ExcelRun };
}

describe("writeExampleIfEmpty", () => {
  it("writes into an empty active cell (the top-left of the selection), in two syncs", async () => {
    const { host: h, run } = host({}, "C4:D9");
    const r = await writeExampleIfEmpty(run, F, { rows: 1, cols: 1 });
    expect(r).toEqual({ kind: "written", at: { sheet: "Sheet1", row: 3, col: 2, rows: 1, cols: 1 } });
    expect(h.sheets[0].cells["3,2"].formula).toBe(F);
    expect(h.syncs).toBe(2);
  });

  it("refuses an occupied cell, writes nothing, and offers the row below the used range in the same column", async () => {
    // used rows 2..9 (0-based 1..8): the first empty row below is 0-based 9, i.e. row 10
    const { host: h, run } = host({ "1,0": "header", "8,5": 3 }, "A2");
    const r = await writeExampleIfEmpty(run, F, { rows: 1, cols: 1 });
    expect(r).toEqual({ kind: "occupied", at: { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 }, fallback: { sheet: "Sheet1", row: 9, col: 0, rows: 1, cols: 1 } });
    expect(h.sheets[0].cells["1,0"]).toEqual({ value: "header", format: {} });
    expect(Object.values(h.sheets[0].cells).filter((c) => c.formula)).toEqual([]);
    expect(h.syncs).toBe(1);
  });

  it("checks the whole spill area, not only the active cell", async () => {
    // a 3 x 5 spill from B2 covers B2:F4; F4 is 0-based (3, 5)
    const { run } = host({ "3,5": 1 }, "B2");
    expect((await writeExampleIfEmpty(run, F, { rows: 3, cols: 5 })).kind).toBe("occupied");
    const { run: run2 } = host({ "4,5": 1, "3,6": 1 }, "B2");
    expect((await writeExampleIfEmpty(run2, F, { rows: 3, cols: 5 })).kind).toBe("written");
  });

  it("writes at a chosen cell, checking it again, and fails on a sheet that is gone", async () => {
    const { host: h, run } = host({ "0,0": 1 }, "A1");
    expect(await writeExampleIfEmpty(run, F, { rows: 1, cols: 1 }, { sheet: "Sheet1", row: 1, col: 0 })).toMatchObject({ kind: "written" });
    expect(h.sheets[0].cells["1,0"].formula).toBe(F);
    expect(await writeExampleIfEmpty(run, F, { rows: 1, cols: 1 }, { sheet: "Sheet1", row: 1, col: 0 })).toMatchObject({ kind: "occupied", fallback: { row: 2, col: 0 } });
    await expect(writeExampleIfEmpty(run, F, { rows: 1, cols: 1 }, { sheet: "Gone", row: 0, col: 0 })).rejects.toThrow(/doesn't exist/);
  });
});
