/**
 * The @helpurl page: safe (strict CSP, no script, no inline style), one anchor
 * per function matching the JSDoc @helpurl fragments, and every example's result
 * is what the function returns, to the digits shown.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as F from "../../src/functions/functions";

const root = join(__dirname, "..", "..");
const html = readFileSync(join(root, "src/help/functions.html"), "utf8");
const source = readFileSync(join(root, "src/functions/functions.ts"), "utf8");

const BY_EXCEL_NAME: Record<string, (...a: unknown[]) => unknown> = {
  DEAL_STAKE: F.dealStake as never,
  DEBT_COVERAGE: F.debtCoverage as never,
  NET_LEVERAGE: F.netLeverage as never,
  GW_TO_GPUS: F.gwToGpus as never,
  GPUS_TO_GW: F.gpusToGw as never,
  GPU_WATTS: F.gpuWatts as never,
  DEBT_SCHEDULE: F.debtSchedule as never,
};

/** Formula arguments: numbers and "strings"; range-taking functions get 1x1 ranges, as Excel passes them. */
function parseArgs(text: string, scalar: boolean): unknown[] {
  return [...text.matchAll(/"([^"]*)"|([^,\s][^,]*)/g)].map((m) => {
    const v = m[1] !== undefined ? m[1] : Number(m[2]);
    return scalar || typeof v === "string" ? v : [[v]];
  });
}

describe("help page", () => {
  it("has a strict Content-Security-Policy and no script or inline style", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).toMatch(/<link rel="stylesheet" href="help.css">/);
  });

  it("has one section per function, matching each @helpurl fragment", () => {
    const urls = [...source.matchAll(/@customfunction (\w+)\n \* @helpurl (\S+)/g)].map((m) => [m[1]!, m[2]!]);
    expect(urls.map((u) => u[0]).sort()).toEqual(Object.keys(BY_EXCEL_NAME).sort());
    for (const [name, url] of urls) {
      expect(url).toBe(`https://localhost:3000/help/functions.html#${name.toLowerCase()}`);
      expect(html).toContain(`<section id="${name.toLowerCase()}">`);
    }
  });

  const examples = [...html.matchAll(/<code>=AIF\.(\w+)\((.*?)\)<\/code><\/td><td class="num"><samp>([^<]+)<\/samp>/g)];
  it("documents at least one example per range function", () => {
    expect(new Set(examples.map((e) => e[1]))).toEqual(new Set(Object.keys(BY_EXCEL_NAME).filter((n) => n !== "DEBT_SCHEDULE")));
  });
  it.each(examples.map((e) => [e[1]!, e[2]!, e[3]!]))("=AIF.%s(%s) shows %s", (name, args, shown) => {
    const scalar = name === "GPU_WATTS";
    const r = BY_EXCEL_NAME[name]!(...parseArgs(args, scalar)) as unknown[][];
    const value = r[0]![0] as number;
    const decimals = shown.includes(".") ? shown.split(".")[1]!.length : 0;
    expect(Math.abs(value - Number(shown.replace(/,/g, "")))).toBeLessThanOrEqual(0.5 * 10 ** -decimals);
  });

  it("shows the DEBT_SCHEDULE example's rows to the cent", () => {
    const table = /<table class="schedule">([\s\S]*?)<\/table>/.exec(html)![1]!;
    const shown = [...table.matchAll(/<tr><td>(\d+)<\/td>((?:<td class="num">[^<]+<\/td>)+)<\/tr>/g)].map((m) => [
      Number(m[1]),
      ...[...m[2]!.matchAll(/>([^<]+)</g)].map((c) => Number(c[1]!.replace(/,/g, ""))),
    ]);
    const r = F.debtSchedule(1000, 0.1, 3, "annuity", 2026) as number[][];
    expect(shown).toEqual(r.map((row) => [row[0], ...row.slice(1).map((x) => Math.round(x * 100) / 100)]));
  });
});
