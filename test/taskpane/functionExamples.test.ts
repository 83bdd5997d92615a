/**
 * Every "Insert example" formula of the pane computes a value: each is parsed as
 * Excel would pass it (numbers and "text"; range-taking arguments as 1x1 ranges)
 * and run through the real custom function. An error value or an exception fails.
 */
import { describe, expect, it } from "vitest";
import * as F from "../../src/functions/functions";
import { FUNCTION_DOCS } from "../../src/taskpane/functionReference";

const BY_NAME: Record<string, { fn: (...a: unknown[]) => unknown; scalar: boolean }> = {
  "AIF.DEAL_STAKE": { fn: F.dealStake as never, scalar: false },
  "AIF.DEBT_COVERAGE": { fn: F.debtCoverage as never, scalar: false },
  "AIF.NET_LEVERAGE": { fn: F.netLeverage as never, scalar: false },
  "AIF.GW_TO_GPUS": { fn: F.gwToGpus as never, scalar: false },
  "AIF.GPUS_TO_GW": { fn: F.gpusToGw as never, scalar: false },
  // GPU_WATTS takes one cell; DEBT_SCHEDULE scalars (its result is itself a table)
  "AIF.GPU_WATTS": { fn: F.gpuWatts as never, scalar: true },
  "AIF.DEBT_SCHEDULE": { fn: F.debtSchedule as never, scalar: true },
};

function parseArgs(text: string, scalar: boolean): unknown[] {
  return [...text.matchAll(/"([^"]*)"|([^,\s][^,]*)/g)].map((m) => {
    const v = m[1] !== undefined ? m[1] : Number(m[2]);
    return scalar || typeof v === "string" ? v : [[v]];
  });
}

describe("pane examples", () => {
  it("cover every function", () => {
    expect(FUNCTION_DOCS.map((d) => d.name).sort()).toEqual(Object.keys(BY_NAME).sort());
  });

  it.each(FUNCTION_DOCS.map((d) => [d.example, d] as const))("%s computes numbers", (_example, d) => {
    const m = /^=([\w.]+)\((.*)\)$/.exec(d.example);
    expect(m?.[1]).toBe(d.name);
    const { fn, scalar } = BY_NAME[d.name];
    const result = fn(...parseArgs(m?.[2] ?? "", scalar)) as unknown[][];
    expect(Array.isArray(result) && result.length > 0).toBe(true);
    for (const row of result) for (const cell of row) expect(typeof cell, JSON.stringify(cell)).toBe("number");
  });

  it("the DEAL_STAKE example is Nvidia's stake after the deal, about 9.0 %", () => {
    // new = 2e9 / 87.2 = 22,935,779.8; (24,280,000 + new) / (500,000,000 + new) = 47,215,779.8 / 522,935,779.8 = 0.09029
    const r = F.dealStake([[2e9]], [[87.2]], [[5e8]], [[24_280_000]], "stake") as number[][];
    expect(r[0][0]).toBeCloseTo(0.0903, 4);
  });
});
