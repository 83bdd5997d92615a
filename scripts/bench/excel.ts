/**
 * Bench section "excel": the Excel writer against the recording fake, and the
 * production bundle sizes.
 *
 * For each model plan (6- and 30-year timelines, as the writer tests use them),
 * the fixture plan, and the deal workbook inserted by insertSuite (every sheet in
 * one Excel.run; 5 and 30 years) it reports the time to turn the plans into Excel
 * API calls and apply them to the fake (median of repeated inserts into a fresh
 * fake workbook), the number of API calls and of `context.sync()` round trips. The fake does the bookkeeping a real Excel would do far slower, so
 * these times are a floor for the add-in's own work, not Excel's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DEAL_SUITE } from "../../src/models/suite";
import { insertPlan } from "../../src/workbook/excel";
import { insertSuite } from "../../src/workbook/excelSuite";
import type { SheetPlan } from "../../src/plan/plan";
import { FakeExcelHost } from "../../test/support/fakeExcel";
import { benchPlans } from "../../test/workbook/excelPlans";
import { markdownTable } from "./support/markdownTable";

const REPEATS = 40;

async function measure(plan: SheetPlan): Promise<{ ms: number; calls: number; syncs: number; cells: number }> {
  const times: number[] = [];
  let calls = 0;
  let syncs = 0;
  let cells = 0;
  for (let i = 0; i < REPEATS; i++) {
    const host = new FakeExcelHost();
    const t0 = performance.now();
    const r = await insertPlan(plan, { run: host.run, isSetSupported: () => true });
    times.push(performance.now() - t0);
    calls = host.callTotal;
    syncs = host.syncs;
    cells = r.cells;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], calls, syncs, cells };
}

/** One row per shipped file: name, bytes, gzip bytes, and the budget or why it is missing. */
function bundleSizes(): string[][] {
  const dist = join(__dirname, "..", "..", "dist");
  return ["taskpane.js", "functions.js", "taskpane.html", "taskpane.css"].map((file) => {
    const p = join(dist, file);
    if (!existsSync(p)) return [file, "-", "-", "missing: run `npm run build` first"];
    const buf = readFileSync(p);
    const gz = gzipSync(buf, { level: 9 }).length;
    return [file, String(buf.length), String(gz), file === "taskpane.js" ? `budget 150 KB gzip: ${gz <= 150 * 1024 ? "within" : "OVER"}` : ""];
  });
}

/** The deal workbook inserted by insertSuite into a fresh fake: median ms, API calls, syncs, cells. */
async function measureSuite(years: number): Promise<{ ms: number; calls: number; syncs: number; cells: number; sheets: number }> {
  const times: number[] = [];
  let last = { calls: 0, syncs: 0, cells: 0, sheets: 0 };
  for (let i = 0; i < REPEATS; i++) {
    const host = new FakeExcelHost();
    const t0 = performance.now();
    const r = await insertSuite(DEAL_SUITE, { run: host.run, isSetSupported: () => true, years });
    times.push(performance.now() - t0);
    last = { calls: host.callTotal, syncs: r.syncs, cells: r.cells, sheets: r.sheetNames.length };
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], ...last };
}

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const { label, years, plan } of await benchPlans()) {
    const m = await measure(plan);
    rows.push([label, years ? String(years) : "-", String(m.cells), String(m.calls), String(m.syncs), m.ms.toFixed(3)]);
  }
  for (const years of [5, 30]) {
    const m = await measureSuite(years);
    rows.push([`${DEAL_SUITE.id} (insertSuite, ${m.sheets} sheets)`, String(years), String(m.cells), String(m.calls), String(m.syncs), m.ms.toFixed(3)]);
  }
  console.log(`Excel writer against the recording fake (median of ${REPEATS} inserts, each into a fresh fake workbook)\n`);
  console.log(markdownTable(["plan", "years", "cells", "API calls", "syncs", "ms"], rows));
  console.log(`\nProduction bundles in dist/ (bytes, gzip -9 bytes; office.js excluded, it loads from the Office CDN)\n`);
  console.log(markdownTable(["file", "bytes", "gzip", "note"], bundleSizes(), ["left", "right", "right", "left"]));
}
