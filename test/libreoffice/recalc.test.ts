/**
 * Proof in an independent spreadsheet engine: every model is exported to .xlsx,
 * recalculated by headless LibreOffice (one soffice process, a fresh profile,
 * calculateAll() over UNO from Debian's /usr/bin/python3), and read back.
 * For the defaults and at least three changed input sets per model:
 * no cell evaluates to an error, the master check is 0, and every named value
 * equals what src/core computes (the template's `reference`) from the inputs
 * the sheet itself holds, to 1e-9 relative.
 *
 * Without soffice or python3-uno the suite prints a loud notice and skips;
 * with CI set it fails instead.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import type { ModelTemplate } from "../../src/plan/template";
import { layoutModelDetailed, type LaidOutModel } from "../../src/workbook/layout";
import { rangeAddress, type RangeRef } from "../../src/plan/plan";
import { writeXlsx } from "../../src/workbook/xlsx";
import { INPUT_SETS } from "./inputSets";

const PYTHON = "/usr/bin/python3";
/** the LibreOffice program; recalc.py reads the same variable */
const SOFFICE = process.env.SOFFICE ?? "soffice";
const DRIVER = join(__dirname, "recalc.py");
/** Relative tolerance of the contract (issue 3); absolute below 1e-6 for values that should be 0. */
const REL = 1e-9;
const ABS_ZERO = 1e-6;

function libreOfficeMissing(): string | undefined {
  if (spawnSync(SOFFICE, ["--version"], { stdio: "ignore" }).status !== 0) return `${SOFFICE} not found (apt-get install libreoffice-calc-nogui)`;
  if (spawnSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" }).status !== 0) return `${PYTHON} cannot import uno (apt-get install python3-uno)`;
  return undefined;
}

const missing = libreOfficeMissing();
if (missing) {
  const banner = `\n${"!".repeat(78)}\n!! LibreOffice recalculation suite SKIPPED: ${missing}\n!! The models are NOT proven in a spreadsheet engine on this machine.\n${"!".repeat(78)}\n`;
  console.warn(banner);
}

interface SheetResult {
  label: string;
  cells: (number | string)[][];
  errors: { row: number; col: number; code: number; formula: string }[];
  formulaCount: number;
  names: Record<string, string>;
  calcSeconds: number;
}
interface FileResult {
  path: string;
  loadSeconds?: number;
  loadError?: string;
  sets?: SheetResult[];
}
interface JobResult {
  startupSeconds: number;
  stopSeconds: number;
  totalSeconds: number;
  files: FileResult[];
}

interface Prepared {
  label: string;
  template: ModelTemplate;
  laid: LaidOutModel;
  labels: string[];
  /** the full input values of each set, by key */
  sets: Map<string, number | string>[];
}

/** The model with its input sets; with `years`, a long timeline at the defaults only. */
function prepare(template: ModelTemplate, years?: number): Prepared {
  const laid = layoutModelDetailed(template, years ? { years } : {});
  const defaults = new Map(laid.inputs.map((i) => [i.key, i.value as number | string]));
  const chosen = years ? INPUT_SETS[template.id].slice(0, 1) : INPUT_SETS[template.id];
  const label = years ? `${template.id} (${years} years)` : template.id;
  const sets = chosen.map((s) => {
    const values = new Map(defaults);
    for (const [k, v] of Object.entries(s.changes)) {
      if (!values.has(k)) throw new Error(`${template.id}: input set "${s.label}" changes unknown input ${k}`);
      values.set(k, v);
    }
    return values;
  });
  return { label, template, laid, labels: chosen.map((s) => s.label), sets };
}

function cellsOf(result: SheetResult, range: RangeRef): (number | string)[] {
  const out: (number | string)[] = [];
  for (let r = range.top; r < range.top + range.rows; r++) {
    for (let c = range.left; c < range.left + range.cols; c++) out.push(result.cells[r]?.[c] ?? "");
  }
  return out;
}

function close(actual: number, expected: number): boolean {
  if (actual === expected) return true;
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  return Math.abs(actual - expected) <= (scale < ABS_ZERO ? ABS_ZERO : REL * scale);
}

const run = missing && !process.env.CI ? describe.skip : describe;

run("LibreOffice recalculation of every exported model", () => {
  const dir = mkdtempSync(join(tmpdir(), "aif-lo-"));
  // every model at its own timeline with every input set, plus the timeline models over 30 years
  const prepared = [...MODELS.map((m) => prepare(m)), ...MODELS.filter((m) => m.defaultYears !== undefined).map((m) => prepare(m, 30))];
  let job: JobResult;

  beforeAll(async () => {
    if (missing) throw new Error(`CI is set but LibreOffice is unavailable: ${missing}`);
    const files = [];
    for (const p of prepared) {
      const path = join(dir, `${p.label.replace(/\W+/g, "-")}.xlsx`);
      await writeXlsx(p.laid.plan, path);
      files.push({
        path,
        sheet: p.laid.plan.sheetName,
        sets: p.sets.map((values, i) => ({
          label: p.labels[i],
          // only the cells that differ from the previous set (the first set: from the file's
          // defaults), so each set is exactly its own changes; every input is read back below
          inputs: p.laid.inputs
            .filter((inp) => values.get(inp.key) !== (i === 0 ? inp.value : p.sets[i - 1].get(inp.key)))
            .map((inp) => ({ row: inp.range.top, col: inp.range.left, value: values.get(inp.key) })),
        })),
      });
    }
    // A file LibreOffice cannot read as a spreadsheet must be reported, not skipped.
    const bad = join(dir, "broken.xlsx");
    writeFileSync(bad, "PK\u0003\u0004 this is not a workbook");
    files.push({ path: bad, sheet: "Broken", sets: [{ label: "load", inputs: [] }] });
    writeFileSync(join(dir, "job.json"), JSON.stringify({ files }));
    execFileSync(PYTHON, [DRIVER, join(dir, "job.json"), join(dir, "result.json")], { stdio: "inherit", timeout: 170_000 });
    job = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")) as JobResult;
    const calc = job.files.flatMap((f) => f.sets ?? []).reduce((s, r) => s + r.calcSeconds, 0);
    const load = job.files.reduce((s, f) => s + (f.loadSeconds ?? 0), 0);
    console.log(
      `LibreOffice: soffice start-up ${job.startupSeconds.toFixed(2)} s, loading ${job.files.length} files ${load.toFixed(2)} s, ` +
        `calculateAll() over ${prepared.reduce((s, p) => s + p.sets.length, 0)} input sets ${calc.toFixed(3)} s, shut-down ${job.stopSeconds.toFixed(2)} s, whole job ${job.totalSeconds.toFixed(2)} s`,
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a file it cannot load instead of passing it silently", () => {
    const broken = job.files[job.files.length - 1];
    expect(broken.loadError).toBeTruthy();
  });

  describe.each(prepared.map((p) => [p.label, p] as const))("%s", (_label, p) => {
    const file = (): FileResult => job.files[prepared.indexOf(p)];

    it("loads, and every formula of the plan arrives as a formula", () => {
      expect(file().loadError).toBeUndefined();
      const planFormulas = p.laid.plan.blocks.reduce((s, b) => s + b.cells.flat().filter((c) => c?.formula !== undefined).length, 0);
      for (const set of file().sets ?? []) expect(set.formulaCount).toBe(planFormulas);
    });

    it("defines every plan name over the planned cells", () => {
      const names = (file().sets ?? [])[0].names;
      for (const n of p.laid.plan.names) {
        const expected = `$${p.laid.plan.sheetName}.${rangeAddress(n.range, true)}`;
        expect(names[n.name], n.name).toBe(expected);
      }
    });

    describe.each(p.labels.map((s, i) => [s, i] as const))("input set: %s", (_set, i) => {
      const result = (): SheetResult => (file().sets as SheetResult[])[i];

      it("has no error cell and the master check is 0", () => {
        expect(result().errors).toEqual([]);
        expect(cellsOf(result(), p.laid.plan.masterCheck)).toEqual([0]);
      });

      it("holds the inputs that were written (the cells are live inputs)", () => {
        for (const inp of p.laid.inputs) expect(cellsOf(result(), inp.range)[0], inp.key).toEqual(p.sets[i].get(inp.key));
      });

      it("matches src/core on every named value, computed from the sheet's own inputs", () => {
        // read the inputs back from the recalculated sheet, not from the set we wrote
        const sheetInputs = new Map(p.laid.inputs.map((inp) => [inp.key, cellsOf(result(), inp.range)[0]]));
        const expected = p.template.reference((k) => {
          const v = sheetInputs.get(k);
          if (v === undefined) throw new Error(`no input ${k}`);
          return v;
        }, p.laid.years);
        let compared = 0;
        for (const n of p.laid.plan.names) {
          const actual = cellsOf(result(), n.range);
          const want = expected[n.name];
          if (actual.every((v) => typeof v === "string")) continue; // text: Scenario, Profile, covenant flags
          if (want === undefined) {
            expect(n.kind, `${n.name} is a named ${n.kind} without a reference value`).toBe("input");
            continue;
          }
          const wants = Array.isArray(want) ? want : [want];
          expect(actual.length, n.name).toBe(wants.length);
          actual.forEach((a, j) => {
            if (typeof a !== "number" || !close(a, wants[j])) {
              expect.fail(`${n.name}[${j}]: LibreOffice ${String(a)}, core ${wants[j]}`);
            }
          });
          compared++;
        }
        expect(compared).toBeGreaterThan(5);
      });
    });
  });
});
