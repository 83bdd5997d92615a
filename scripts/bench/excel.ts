/**
 * Bench section "excel": the Excel writer against the recording fake, and the
 * production bundle sizes.
 *
 * For each model plan (6- and 30-year timelines) it reports the time to turn the
 * plan into Excel API calls and apply them to the fake (median of repeated inserts
 * into a fresh fake workbook), the number of API calls and of `context.sync()`
 * round trips. The fake does the bookkeeping a real Excel would do far slower, so
 * these times are a floor for the add-in's own work, not Excel's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { insertPlan } from "../../src/workbook/excel";
import type { SheetPlan } from "../../src/plan/plan";
import { FakeExcelHost } from "../../test/support/fakeExcel";
import { benchPlans } from "../../test/workbook/excelPlans";

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

function bundleSizes(): string[] {
  const dist = join(__dirname, "..", "..", "dist");
  const lines: string[] = [];
  for (const file of ["taskpane.js", "functions.js", "taskpane.html", "taskpane.css"]) {
    const p = join(dist, file);
    if (!existsSync(p)) {
      lines.push(`${file.padEnd(14)} missing: run \`npm run build\` first`);
      continue;
    }
    const buf = readFileSync(p);
    const gz = gzipSync(buf, { level: 9 }).length;
    lines.push(`${file.padEnd(14)} ${String(buf.length).padStart(9)} ${String(gz).padStart(9)}${file === "taskpane.js" ? `   (budget 150 KB gzip: ${gz <= 150 * 1024 ? "within" : "OVER"})` : ""}`);
  }
  return lines;
}

export async function run(): Promise<void> {
  console.log(`Excel writer against the recording fake (median of ${REPEATS} inserts, each into a fresh fake workbook)`);
  console.log(`${"plan".padEnd(22)} ${"years".padStart(5)} ${"cells".padStart(6)} ${"API calls".padStart(9)} ${"syncs".padStart(5)} ${"ms".padStart(8)}`);
  for (const { label, years, plan } of await benchPlans()) {
    const m = await measure(plan);
    console.log(`${label.padEnd(22)} ${String(years).padStart(5)} ${String(m.cells).padStart(6)} ${String(m.calls).padStart(9)} ${String(m.syncs).padStart(5)} ${m.ms.toFixed(3).padStart(8)}`);
  }
  console.log(`\nProduction bundles in dist/ (bytes, gzip -9 bytes; office.js excluded, it loads from the Office CDN)`);
  console.log(`${"file".padEnd(14)} ${"bytes".padStart(9)} ${"gzip".padStart(9)}`);
  for (const l of bundleSizes()) console.log(l);
}
