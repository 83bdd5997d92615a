/**
 * Proof in two independent spreadsheet engines. Every model is exported to .xlsx
 * with each input set of inputSets.ts written into the file (plus the timeline
 * models over 30 years), recalculated by headless LibreOffice (one soffice process
 * for all files, calculateAll() over UNO) and by Gnumeric (`ssconvert --recalc`),
 * and read back. For every file, in each engine: it loads, every formula arrives
 * as a formula, every name covers its planned cells, no cell evaluates to an
 * error, the master check is 0, the inputs read back are the ones written, and
 * every named value equals what src/core computes (the template's `reference`)
 * from the inputs the sheet holds, to 1e-9 relative; and between the engines
 * every named value agrees to 1e-9 relative (text exactly). LibreOffice also
 * reports the print area and print titles it read, which must be the plan's.
 *
 * A missing engine prints a loud notice and its tests are skipped; with CI set
 * they fail instead.
 */
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { rangeAddress } from "../../src/plan/plan";
import type { RecalcCase } from "./cases";
import type { CellValue, EngineName, FileOutcome, RecalculatedSheet } from "./engine";
import { cellsOf, probeEngines, recalcCases, type BatchResult, type CaseResult } from "./harness";
import { inputSetsOf } from "./inputSets";

/** Relative tolerance of the contract; absolute below 1e-6 for values that should be 0. */
const REL = 1e-9;
const ABS_ZERO = 1e-6;

/** A boolean input (MidYear) reads back as 1 / 0 in LibreOffice and TRUE / FALSE in Gnumeric: compare it as a number. */
const asNumber = (v: CellValue | undefined): CellValue | undefined => (typeof v === "boolean" ? Number(v) : v);

function close(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= (scale < ABS_ZERO ? ABS_ZERO : REL * scale);
}

const status = probeEngines();
const ci = Boolean(process.env.CI);
const run = status.available.length === 0 && !ci ? describe.skip : describe;

const cases: RecalcCase[] = [
  ...MODELS.flatMap((m) => inputSetsOf(m.id).map((s) => ({ label: `${m.id}: ${s.label}`, template: m, years: s.years, edits: s.changes }))),
  ...MODELS.filter((m) => m.defaultYears !== undefined).map((m) => ({ label: `${m.id}: defaults over 30 years`, template: m, years: 30, edits: {} })),
];

describe.each(MODELS.map((m) => [m.id] as const))("%s input sets", (id) => {
  it("start with the defaults and change at least five more ways", () => {
    const sets = inputSetsOf(id);
    expect(sets[0]!.changes).toEqual({});
    expect(sets.slice(1).filter((s) => Object.keys(s.changes).length > 0 || s.years !== undefined).length).toBeGreaterThanOrEqual(5);
  });
});

run("recalculation of every exported model in LibreOffice and Gnumeric", () => {
  const scratch = mkdtempSync(join(tmpdir(), "aif-recalc-broken-"));
  let batch: BatchResult;

  beforeAll(async () => {
    if (ci && status.missing.length) throw new Error(`CI is set but engines are missing: ${status.missing.map((m) => `${m.engine}: ${m.reason}`).join("; ")}`);
    // A file an engine cannot read as a spreadsheet must be reported, not passed silently.
    const broken = join(scratch, "broken.xlsx");
    writeFileSync(broken, "PK\u0003\u0004 this is not a workbook");
    batch = await recalcCases(cases, status.available, [{ path: broken, sheet: "Broken" }]);
    for (const r of batch.runs) console.log(`${r.engine}: ${cases.length + 1} files in ${r.seconds.toFixed(2)} s (${r.detail})`);
  }, 180_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(status.missing.map((m) => [m.engine, m.reason] as const))("%s is installed (%s)", (engine, reason) => {
    if (ci) expect.fail(`${engine} is missing under CI: ${reason}`);
  });

  it("every engine reports a file it cannot load instead of passing it silently", () => {
    for (const { engine, outcome } of batch.extra[0]) expect(outcome.loadError, engine).toBeTruthy();
  });

  describe.each(cases.map((c, i) => [c.label, i] as const))("%s", (_label, i) => {
    const result = (): CaseResult => batch.cases[i];
    const sheetOf = (engine: EngineName): RecalculatedSheet => {
      const o: FileOutcome | undefined = result().outcomes.find((x) => x.engine === engine)?.outcome;
      if (!o?.sheet) throw new Error(`${engine} did not load ${result().written.path}: ${o?.loadError}`);
      return o.sheet;
    };

    describe.each(status.available.map((e) => [e.name] as const))("%s", (engine) => {
      it("loads; every formula of the plan arrives as a formula; every name covers its planned cells", () => {
        const { laid, edits, inputs } = result().written;
        const planFormulas = laid.plan.blocks.reduce((s, b) => s + b.cells.flat().filter((c) => c?.formula !== undefined).length, 0);
        const overwritten = Object.keys(edits).filter((k) => !laid.inputs.some((inp) => inp.key === k)).length;
        // LibreOffice holds a boolean cell read from .xlsx (MidYear TRUE) as the formula =TRUE()
        const booleans = engine === "LibreOffice" ? [...inputs.values()].filter((v) => typeof v === "boolean").length : 0;
        const sheet = sheetOf(engine);
        expect(sheet.formulaCount).toBe(planFormulas - overwritten + booleans);
        for (const n of laid.plan.names) expect(sheet.names[n.name], n.name).toBe(rangeAddress(n.range, true));
      });

      it("has no error cell and the master check is 0", () => {
        const sheet = sheetOf(engine);
        expect(sheet.errors).toEqual([]);
        expect(cellsOf(sheet.cells, result().written.laid.plan.masterCheck)).toEqual([0]);
      });

      it("holds the inputs written into the file", () => {
        const { laid, inputs } = result().written;
        for (const inp of laid.inputs) expect(asNumber(cellsOf(sheetOf(engine).cells, inp.range)[0]), inp.key).toEqual(asNumber(inputs.get(inp.key)));
      });

      it("matches src/core on every named value, computed from the sheet's own inputs", () => {
        const { laid, template } = result().written;
        const cells = sheetOf(engine).cells;
        // the inputs as the engine read them back, not the values we wrote
        const sheetInputs = new Map(laid.inputs.map((inp) => [inp.key, asNumber(cellsOf(cells, inp.range)[0])]));
        const expected = template.reference((k) => {
          const v = sheetInputs.get(k);
          if (v === undefined || typeof v === "boolean") throw new Error(`no input ${k}`);
          return v;
        }, laid.years);
        let compared = 0;
        for (const n of laid.plan.names) {
          const actual = cellsOf(cells, n.range);
          const want = expected[n.name];
          if (want === undefined) {
            // text with no reference value (Scenario, Profile, covenant flags); a value core computes is never skipped
            if (actual.every((v) => typeof v === "string")) continue;
            expect(n.kind, `${n.name} is a named ${n.kind} without a reference value`).toBe("input");
            continue;
          }
          const wants = Array.isArray(want) ? want : [want];
          expect(actual.length, n.name).toBe(wants.length);
          actual.forEach((a, j) => {
            // a reference value NaN stands for the text n.m. (a ratio or value that is not meaningful),
            // or none for a payback year never reached (src/models/circularity/reference.ts)
            if (Number.isNaN(wants[j])) {
              if (a !== "n.m." && a !== "none") expect.fail(`${n.name}[${j}]: ${engine} ${String(a)}, core n.m. or none`);
              return;
            }
            if (typeof a !== "number" || !close(a, wants[j])) expect.fail(`${n.name}[${j}]: ${engine} ${String(a)}, core ${wants[j]}`);
          });
          compared++;
        }
        expect(compared).toBeGreaterThan(5);
      });
    });

    // Gnumeric keeps _xlnm.Print_Titles as a name only (see pageSetupOf in src/workbook/xlsx.ts), so LibreOffice is the proof
    it.skipIf(!status.available.some((e) => e.name === "LibreOffice"))("LibreOffice reads the print area and the print titles (label columns, year row) the plan sets", () => {
      const { print } = result().written.laid.plan;
      const span = (s: { first: number; last: number } | undefined): number[] | null => (s ? [s.first, s.last] : null);
      expect(sheetOf("LibreOffice").print).toEqual({
        areas: [[print.area.top, print.area.left, print.area.top + print.area.rows - 1, print.area.left + print.area.cols - 1]],
        titleColumns: span(print.titleColumns),
        titleRows: span(print.titleRows),
      });
    });

    it.skipIf(status.available.length < 2)("every named value agrees between the engines", () => {
      const [a, b] = status.available.map((e) => e.name);
      const [ca, cb] = [sheetOf(a).cells, sheetOf(b).cells];
      for (const n of result().written.laid.plan.names) {
        const [va, vb] = [cellsOf(ca, n.range), cellsOf(cb, n.range)];
        va.forEach((x: CellValue, j) => {
          const [x1, y] = [asNumber(x), asNumber(vb[j])];
          const same = typeof x1 === "number" && typeof y === "number" ? close(x1, y) : x1 === y;
          if (!same) expect.fail(`${n.name}[${j}]: ${a} ${String(x1)}, ${b} ${String(y)}`);
        });
      }
    });
  });
});
