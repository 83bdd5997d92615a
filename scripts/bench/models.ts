/**
 * Benchmark section "models": for each prebuilt model and a 6- and a 30-year
 * timeline, the time to build its SheetPlan (layout) and to write it as an
 * .xlsx buffer (ExcelJS), and the plan's size (cells, formulas, names, styles),
 * to show how cost grows with the timeline. Each time is the median of several
 * repetitions after a warm-up; figures in one table come from one run.
 */
import { performance } from "node:perf_hooks";
import { MODELS } from "../../src/models";
import { layoutModel } from "../../src/workbook/layout";
import type { SheetPlan } from "../../src/plan/plan";
import { writeXlsxBuffer } from "../../src/workbook/xlsx";

const LAYOUT_REPS = 50;
const XLSX_REPS = 10;

async function medianMs(f: () => unknown | Promise<unknown>, reps: number): Promise<number> {
  for (let i = 0; i < 3; i++) await f(); // warm-up (JIT, ExcelJS lazy loads)
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function size(plan: SheetPlan): { cells: number; formulas: number } {
  let cells = 0;
  let formulas = 0;
  for (const b of plan.blocks) for (const line of b.cells) for (const c of line) if (c) {
    cells++;
    if (c.formula !== undefined) formulas++;
  }
  return { cells, formulas };
}

export async function run(): Promise<void> {
  const head = ["model", "years", "cells", "formulas", "names", "styles", "layout ms", "xlsx ms", "xlsx KB"];
  console.log(head.map((h, i) => (i === 0 ? h.padEnd(10) : h.padStart(10))).join(""));
  for (const model of MODELS) {
    for (const years of model.defaultYears !== undefined ? [6, 30] : [undefined]) {
      const opts = years !== undefined ? { years } : {};
      const plan = layoutModel(model, opts);
      const layoutMs = await medianMs(() => layoutModel(model, opts), LAYOUT_REPS);
      let bytes = 0;
      const xlsxMs = await medianMs(async () => {
        bytes = (await writeXlsxBuffer(plan)).length;
      }, XLSX_REPS);
      const s = size(plan);
      const row = [model.id, years ?? "-", s.cells, s.formulas, plan.names.length, plan.styles.length, layoutMs.toFixed(2), xlsxMs.toFixed(1), (bytes / 1024).toFixed(1)];
      console.log(row.map((v, i) => (i === 0 ? String(v).padEnd(10) : String(v).padStart(10))).join(""));
    }
  }
}
