/** The README's function examples show what the functions return, to the digits shown. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as F from "../../src/functions/functions";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const section = /<!-- section:functions[^>]*-->([\s\S]*?)<!-- \/section:functions -->/.exec(readme)?.[1] ?? "";

const FNS: Record<string, (...a: unknown[]) => unknown> = {
  DEAL_STAKE: F.dealStake as never, DEBT_COVERAGE: F.debtCoverage as never, NET_LEVERAGE: F.netLeverage as never,
  GW_TO_GPUS: F.gwToGpus as never, GPUS_TO_GW: F.gpusToGw as never, GPU_WATTS: F.gpuWatts as never,
};
const args = (text: string, scalar: boolean) =>
  [...text.matchAll(/"([^"]*)"|([^,\s][^,]*)/g)].map((m) => {
    const v = m[1] !== undefined ? m[1] : Number(m[2]);
    return scalar || typeof v === "string" ? v : [[v]];
  });

describe("README function examples", () => {
  const rows = [...section.matchAll(/^\| `=AIF\.(\w+)\((.*)\)` \| ([\d,.]+)/gm)].filter((m) => m[1] !== "DEBT_SCHEDULE");
  it("lists an example for every function", () => {
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(Object.keys(FNS)));
    expect(section).toContain("=AIF.DEBT_SCHEDULE(1000, 0.1, 3, \"annuity\", 2026)");
  });
  it.each(rows.map((r) => [r[1]!, r[2]!, r[3]!]))("=AIF.%s(%s) = %s", (name, a, shown) => {
    const v = (FNS[name]!(...args(a, name === "GPU_WATTS")) as number[][])[0]![0]!;
    const decimals = shown.includes(".") ? shown.split(".")[1]!.length : 0;
    expect(Math.abs(v - Number(shown.replace(/,/g, "")))).toBeLessThanOrEqual(0.5 * 10 ** -decimals);
  });
  it("the DEBT_SCHEDULE example: first row 2026, 1000, 100, 302.11, 697.89; payment 402.11; closes at 0", () => {
    const t = F.debtSchedule(1000, 0.1, 3, "annuity", 2026) as number[][];
    expect(t[0]!.map((x) => Math.round(x * 100) / 100)).toEqual([2026, 1000, 100, 302.11, 697.89]);
    expect(t.every((r) => Math.round((r[2]! + r[3]!) * 100) / 100 === 402.11)).toBe(true);
    expect(t.length === 3 && t[2]![4] === 0).toBe(true);
  });
});
