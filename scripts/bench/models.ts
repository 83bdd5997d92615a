/**
 * Benchmark section "models": for each prebuilt model at a 5- and a 30-year
 * timeline (a model without a timeline once), and for the deal workbook
 * (every model plus the Summary on linked sheets in one file), the time to lay
 * it out (template -> SheetPlan) and to write it as an .xlsx buffer (ExcelJS;
 * the deal workbook with its sheet-scoped names), and the size of what is
 * written, to show how cost grows with the timeline. Each time is the median of
 * several repetitions after a warm-up; figures in one table come from one run.
 */
import { performance } from "node:perf_hooks";
import { MODELS } from "../../src/models";
import { DEAL_SUITE } from "../../src/models/suite";
import type { SheetPlan } from "../../src/plan/plan";
import { layoutModel } from "../../src/workbook/layout";
import { layoutSuite, suiteSheetNames } from "../../src/workbook/suiteLayout";
import { writeXlsxBuffer } from "../../src/workbook/xlsx";
import { suiteBuffer, suiteToWorkbook } from "../../src/workbook/xlsxSuite";
import { markdownTable } from "./support/markdownTable";

const LAYOUT_REPS = 50;
const XLSX_REPS = 10;
/** The timelines measured: a short one and the longest the pane offers. */
const YEARS = [5, 30] as const;

async function medianMs(f: () => unknown, reps: number): Promise<number> {
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

/** Non-empty cells, formulas, names and styles over every plan of a file. */
function size(plans: readonly SheetPlan[]): { cells: number; formulas: number; names: number; styles: number } {
  const s = { cells: 0, formulas: 0, names: 0, styles: 0 };
  for (const plan of plans) {
    s.names += plan.names.length;
    s.styles += plan.styles.length;
    for (const b of plan.blocks) for (const line of b.cells) for (const c of line) if (c) {
      s.cells++;
      if (c.formula !== undefined) s.formulas++;
    }
  }
  return s;
}

/** One measured file: how to lay it out and how to write what was laid out. */
interface Subject {
  label: string;
  years: number | undefined;
  layout: () => SheetPlan[];
  write: (plans: SheetPlan[]) => Promise<Buffer>;
}

function subjects(): Subject[] {
  const out: Subject[] = [];
  for (const model of MODELS) {
    for (const years of model.defaultYears !== undefined ? YEARS : [undefined]) {
      const opts = years !== undefined ? { years } : {};
      out.push({ label: model.id, years, layout: () => [layoutModel(model, opts)], write: (plans) => writeXlsxBuffer(plans[0]) });
    }
  }
  for (const years of YEARS) {
    out.push({
      label: `${DEAL_SUITE.id} (${DEAL_SUITE.sheets.length} sheets)`,
      years,
      layout: () => layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE), years).map((s) => s.plan),
      write: (plans) => suiteBuffer(suiteToWorkbook(plans)),
    });
  }
  return out;
}

export async function run(): Promise<void> {
  const rows: string[][] = [];
  for (const s of subjects()) {
    const plans = s.layout();
    const layoutMs = await medianMs(s.layout, LAYOUT_REPS);
    let bytes = 0;
    const xlsxMs = await medianMs(async () => {
      bytes = (await s.write(plans)).length;
    }, XLSX_REPS);
    const z = size(plans);
    rows.push([s.label, s.years === undefined ? "-" : String(s.years), String(z.cells), String(z.formulas), String(z.names), String(z.styles), layoutMs.toFixed(2), xlsxMs.toFixed(1), (bytes / 1024).toFixed(1)]);
  }
  console.log(`Layout (template -> SheetPlan, median of ${LAYOUT_REPS}) and .xlsx write (ExcelJS buffer, median of ${XLSX_REPS})\n`);
  console.log(markdownTable(["model", "years", "cells", "formulas", "names", "styles", "layout ms", "xlsx ms", "xlsx KB"], rows));
}
