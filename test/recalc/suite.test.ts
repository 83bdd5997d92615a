/**
 * The deal workbook proven in LibreOffice and Gnumeric. The suite is exported
 * (coreweave-deal.xlsx: one sheet per model plus the Summary, names scoped to
 * their sheets, links as formulas on the other sheets' names), changed in the
 * file, recalculated by each engine and read back, every sheet. For every case
 * and engine:
 * - every formula of every plan arrives as a formula (links included);
 * - every linked cell equals its source cell of the same year, compared here from
 *   the values read back (independently of the Summary's link checks);
 * - every named value of every sheet equals src/core: each model's reference()
 *   fed its defaults, the case's changes and the values its links read, in link
 *   order (suiteReference), so a change to the Summary's scenario, to capacity's
 *   gigawatts and profile, or to the deal's price flows through leverage,
 *   valuation, dilution and circularity to the Summary;
 * - no cell is an error and SuiteCheck is 0;
 * - the engines agree.
 * Tampering: overwriting linked cells with numbers fires exactly their link
 * checks and SuiteCheck; overwriting a Scenario or FirstYear link fires its check.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEAL_SUITE } from "../../src/models/suite";
import { summaryValues } from "../../src/models/summary";
import { suiteReference, type SuiteEdits } from "../../src/models/suiteReference";
import { itemKinds } from "../../src/plan/suite";
import { linkCheckKey } from "../../src/models/summary";
import type { CellValue, EngineName, RecalculatedSheet } from "./engine";
import { cellsOf, probeEngines } from "./harness";
import { recalcSuites, type SuiteCase, type SuiteOutcome, type WrittenSuite } from "./suiteHarness";

const REL = 1e-9;
const ABS_ZERO = 1e-6;
const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= Math.max(ABS_ZERO * Number(Math.max(Math.abs(a), Math.abs(b)) < ABS_ZERO), REL * Math.max(Math.abs(a), Math.abs(b)));
const asNumber = (v: CellValue): CellValue => (typeof v === "boolean" ? Number(v) : v);

const status = probeEngines();
const ci = Boolean(process.env.CI);
// Checked when the file loads, not in beforeAll: with no engine every test here is skipped, and
// vitest then runs no hook, so a check there would let CI pass on a silent skip.
if (ci && status.missing.length) throw new Error(`CI is set but engines are missing: ${status.missing.map((m) => m.reason).join("; ")}`);
const run = status.available.length === 0 && !ci ? describe.skip : describe;
const YEARS = DEAL_SUITE.defaultYears;
const sheetsWithLinks = DEAL_SUITE.sheets.filter((s) => s.links.length > 0);

/** Cases whose every value must match src/core: the defaults and changes that flow through the links. */
const FLOW: SuiteCase[] = [
  { label: "defaults", edits: {} },
  { label: "Summary scenario bear", edits: { summary: { Scenario: "bear" } } },
  { label: "Summary scenario bull", edits: { summary: { Scenario: "bull" } } },
  { label: "capacity 3 GW from 2027 on B200", edits: { capacity: { Profile: "B200", ...Object.fromEntries(Array.from({ length: YEARS }, (_, i) => [`Gigawatts#${i}`, i === 0 ? 1.5 : 3])) } } },
  { label: "deal at $80 for $3 B", edits: { dilution: { PricePerShare: 80, Investment: 3e9 } } },
  { label: "Summary first year 2027", edits: { summary: { FirstYear: 2027 } } },
  { label: "sheet names taken", edits: {}, existing: ["Summary", "Capacity", "leverage (2)"] },
  { label: "defaults over 30 years", edits: {}, years: 30 },
  { label: "one year, GPUs headline in it", edits: { summary: { GpuYear: 2026 } }, years: 1 },
];

/** Every link that does not come from the Summary, its first linked cell overwritten (a middle year of a row). */
const overwrites: Record<string, Record<string, number>> = {};
const overwritten: string[] = [];
for (const s of sheetsWithLinks) {
  for (const l of s.links.filter((x) => x.from.sheet !== "summary")) {
    const row = itemKinds(s.template, "inputs").get(l.input) === "timeline";
    (overwrites[s.id] ??= {})[row ? `${l.input}#${l.firstYearOnly ? 0 : 3}` : l.input] = 12_345;
    overwritten.push(linkCheckKey(s.id, l));
  }
}
/** One case per Summary link: the linked Scenario or FirstYear overwritten with a number. */
const SUMMARY_TAMPER: { c: SuiteCase; check: string }[] = sheetsWithLinks.flatMap((s) =>
  s.links.filter((l) => l.from.sheet === "summary").map((l) => ({ c: { label: `${s.id} ${l.input} overwritten`, edits: { [s.id]: { [l.input]: l.input === "FirstYear" ? 2027 : 1 } } }, check: linkCheckKey(s.id, l) })),
);
const TAMPER: SuiteCase = { label: "every link from another model overwritten", edits: overwrites };
/** A calculated cell of one sheet typed over, or a bad input: that sheet's master check and SuiteCheck fire, as numbers. */
const SHEET_TAMPER: { c: SuiteCase; sheets: string[] }[] = [
  { c: { label: "valuation discount factor of 2029 overwritten", edits: { valuation: { "DiscountFactor#3": 0.5 } } }, sheets: ["valuation"] },
  { c: { label: "valuation active terminal growth overwritten", edits: { valuation: { TerminalGrowth: 0.05 } } }, sheets: ["valuation"] },
  { c: { label: "dilution new shares overwritten", edits: { dilution: { NewShares: 1e6 } } }, sheets: ["dilution"] },
  { c: { label: "circularity cumulative cash in of 2026 overwritten", edits: { circularity: { "CumulativeCashIn#0": 1 } } }, sheets: ["circularity"] },
  // the converts' price missing (a blank reads 0) while principal is outstanding: dilution and its link into valuation
  { c: { label: "dilution conversion price 0", edits: { dilution: { ConversionPrice: 0 } } }, sheets: ["dilution", "valuation"] },
];
const CASES = [...FLOW, TAMPER, ...SUMMARY_TAMPER.map((t) => t.c), ...SHEET_TAMPER.map((t) => t.c)];

run("the deal workbook recalculated in LibreOffice and Gnumeric", () => {
  let written: WrittenSuite[] = [];
  let outcomes = new Map<EngineName, SuiteOutcome[]>();

  beforeAll(async () => {
    const r = await recalcSuites(CASES, status.available);
    written = r.written;
    outcomes = r.outcomes;
    for (const [e, s] of r.seconds) console.log(`${e}: ${CASES.length} suite files in ${s.toFixed(1)} s`);
  }, 400_000);

  const sheetsOf = (engine: EngineName, i: number): Map<string, RecalculatedSheet> => {
    const o = outcomes.get(engine)?.[i];
    if (!o?.sheets) throw new Error(`${engine} did not load ${written[i]?.path}: ${o?.loadError}`);
    return o.sheets;
  };
  const named = (engine: EngineName, i: number, sheet: string, name: string): CellValue[] => {
    const laid = written[i].laid.find((l) => l.id === sheet);
    const n = laid?.plan.names.find((x) => x.name === name);
    if (!laid || !n) throw new Error(`no name ${sheet}!${name}`);
    return cellsOf(sheetsOf(engine, i).get(sheet)?.cells ?? [], n.range);
  };

  describe.each(status.available.map((e) => [e.name] as const))("%s", (engine) => {
    describe.each(FLOW.map((c, i) => [c.label, i] as const))("%s", (_label, i) => {
      it("every formula arrives as a formula; no cell is an error; SuiteCheck is 0", () => {
        for (const l of written[i].laid) {
          const sheet = sheetsOf(engine, i).get(l.id) as RecalculatedSheet;
          const cells = l.plan.blocks.flatMap((b) => b.cells.flat());
          const formulas = cells.filter((c) => c?.formula !== undefined).length;
          // LibreOffice reads a TRUE/FALSE constant (valuation's MidYear) back as the formula =TRUE()
          const booleans = engine === "LibreOffice" ? cells.filter((c) => typeof c?.value === "boolean").length : 0;
          expect(sheet.formulaCount, l.id).toBe(formulas + booleans);
          expect(sheet.errors, `${l.id} (${l.plan.sheetName})`).toEqual([]);
        }
        expect(named(engine, i, "summary", "SuiteCheck")).toEqual([0]);
      });

      it("every linked cell equals its source cell of the same year", () => {
        let cells = 0;
        for (const s of sheetsWithLinks) {
          for (const l of s.links) {
            const target = named(engine, i, s.id, l.input);
            const sources = l.from.names.map((n) => named(engine, i, l.from.sheet, n));
            const want = (j: number): CellValue => (sources.length === 1 ? (sources[0].length === 1 ? sources[0][0] : sources[0][j]) : sources.reduce((a, src) => a + Number(src.length === 1 ? src[0] : src[j]), 0));
            const linked = l.firstYearOnly ? target.slice(0, 1) : target;
            linked.forEach((v, j) => expect([`${s.id}.${l.input}[${j}]`, v]).toEqual([`${s.id}.${l.input}[${j}]`, want(j)]));
            cells += linked.length;
          }
        }
        expect(cells).toBeGreaterThan(25);
      });

      it("every named value of every sheet equals src/core fed the linked values", () => {
        const c = written[i].c;
        const ref = suiteReference(DEAL_SUITE.sheets, c.years ?? YEARS, c.edits as SuiteEdits, (read) => summaryValues(DEAL_SUITE.sheets.slice(1), read));
        let compared = 0;
        for (const l of written[i].laid) {
          const values = ref.get(l.id)?.values ?? {};
          for (const n of l.plan.names) {
            const want = values[n.name];
            if (want === undefined) continue;
            const actual = cellsOf(sheetsOf(engine, i).get(l.id)?.cells ?? [], n.range).map(asNumber);
            const wants = Array.isArray(want) ? want : [want];
            expect(actual.length, `${l.id}!${n.name}`).toBe(wants.length);
            actual.forEach((a, j) => {
              const w = wants[j];
              if (Number.isNaN(w)) {
                // core's NaN is the text n.m., or none for a payback year never reached (src/models/circularity/reference.ts)
                if (a !== "n.m." && a !== "none") expect.fail(`${l.id}!${n.name}[${j}]: ${engine} ${String(a)}, core n.m. or none`);
              } else if (typeof a !== "number" || !close(a, w)) expect.fail(`${l.id}!${n.name}[${j}]: ${engine} ${String(a)}, core ${w}`);
            });
            compared++;
          }
        }
        expect(compared).toBeGreaterThan(200);
      });
    });

    it("changing the Summary's scenario, capacity or the deal moves the Summary's headlines", () => {
      const headline = (i: number, key: string): CellValue => named(engine, i, "summary", key)[0];
      const base = FLOW.findIndex((c) => c.label === "defaults");
      const moved = (label: string, keys: string[]): void => {
        const i = FLOW.findIndex((c) => c.label === label);
        for (const k of keys) expect(headline(i, k), `${label}: ${k}`).not.toEqual(headline(base, k));
      };
      moved("Summary scenario bear", ["PeakDebt", "MinDSCR"]);
      moved("capacity 3 GW from 2027 on B200", ["GpusInGpuYear", "PeakDebt", "RevenueMultiple"]);
      moved("deal at $80 for $3 B", ["DealPrice", "ValueTransfer", "InvestorStakeAfterDiluted", "PeakDebt", "FirstYearSelfFundedShare"]);
      // and through the valuation sheet (its value per share is n.m. while the equity value is negative)
      const ev = (label: string): CellValue => named(engine, FLOW.findIndex((c) => c.label === label), "valuation", "EnterpriseValue")[0];
      for (const label of ["Summary scenario bear", "Summary scenario bull", "capacity 3 GW from 2027 on B200"]) expect(ev(label), label).not.toEqual(ev("defaults"));
    });

    it("overwriting linked cells with numbers fires exactly their link checks and SuiteCheck", () => {
      const i = CASES.indexOf(TAMPER);
      const fired = DEAL_SUITE.sheets[0].template.sections.flatMap((s) => s.items).flatMap((it) => (it.type === "scalar" && it.key.startsWith("Link_") && named(engine, i, "summary", it.key)[0] !== 0 ? [it.key] : []));
      expect(fired.sort()).toEqual([...overwritten].sort());
      expect(named(engine, i, "summary", "SuiteCheck")[0]).toBeGreaterThan(0);
    });

    it.each(SHEET_TAMPER.map((t) => [t.c.label, t] as const))("%s fires that sheet's master check and SuiteCheck, as numbers", (_label, t) => {
      const i = CASES.indexOf(t.c);
      for (const id of t.sheets) {
        const master = named(engine, i, "summary", `Check_${id}`)[0];
        expect(typeof master === "number" && master > 0, `Check_${id} ${String(master)}`).toBe(true);
      }
      const suite = named(engine, i, "summary", "SuiteCheck")[0];
      expect(typeof suite === "number" && suite > 0, `SuiteCheck ${String(suite)}`).toBe(true);
    });

    it.each(SUMMARY_TAMPER.map((t) => [t.c.label, t] as const))("%s fires its link check and SuiteCheck", (_label, t) => {
      const i = CASES.indexOf(t.c);
      expect(named(engine, i, "summary", t.check)[0]).toBeGreaterThan(0);
      const suite = named(engine, i, "summary", "SuiteCheck")[0];
      expect(typeof suite === "number" && suite > 0, `SuiteCheck ${String(suite)}`).toBe(true);
    });
  });

  it.skipIf(status.available.length < 2)("the engines agree on every named value of every sheet", () => {
    const [a, b] = status.available.map((e) => e.name);
    FLOW.forEach((_c, i) => {
      for (const l of written[i].laid) {
        for (const n of l.plan.names) {
          const [va, vb] = [cellsOf(sheetsOf(a, i).get(l.id)?.cells ?? [], n.range), cellsOf(sheetsOf(b, i).get(l.id)?.cells ?? [], n.range)];
          va.forEach((x, j) => {
            const y = vb[j];
            if (typeof x === "number" && typeof y === "number") expect(close(x, y), `${l.id}!${n.name}[${j}]: ${x} vs ${y}`).toBe(true);
            else expect(asNumber(y), `${l.id}!${n.name}[${j}]`).toEqual(asNumber(x));
          });
        }
      }
    });
  });
});
