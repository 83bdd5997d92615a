/**
 * The circularity model's checks fire in LibreOffice and Gnumeric: each running
 * total, flow, ratio, output and grid cell overwritten with a number, and each
 * kind of bad input (a share outside 0-100 %, a grid floor above its cap, a
 * negative spend, investment, support or price, a fractional year, text in a
 * number input, text typed over a formula), moves the master check and the named
 * check that covers it. The untampered export is the control: nothing fires there.
 */
import { beforeAll, expect, it } from "vitest";
import { circularity } from "../../src/models/circularity";
import { referenceAtDefaults } from "../../src/models/defaults";
import type { RecalcCase } from "./cases";
import { checksNeverFired, describeWithEngines, expectFiresAsListed, tamperInEveryEngine, type FiringCase, type TamperResult } from "./tamper";

const at = (key: string, i: number): number => (referenceAtDefaults(circularity)[key] as number[])[i];

const LIST: { label: string; edits: RecalcCase["edits"]; fires: string[] }[] = [
  { label: "untampered (control)", edits: {}, fires: [] },
  // running totals: each is recomputed as SUM(flows to date) in CumulativeCheck
  { label: "cumulative gross profit of year 4 overwritten", edits: { "CumulativeGrossProfit#3": 1e9 }, fires: ["CumulativeCheck"] },
  { label: "cumulative cash in of year 1 overwritten", edits: { "CumulativeCashIn#0": 0 }, fires: ["CumulativeCheck"] },
  // the last running total is the total the outputs use: TotalsCheck recomputes it as SUM(flows)
  { label: "cumulative revenue of the last year overwritten", edits: { "CumulativeNvidiaRevenue#9": 1 }, fires: ["CumulativeCheck", "TotalsCheck"] },
  // yearly flows: the running totals follow them, the totals recomputed from the inputs do not
  { label: "Nvidia revenue of year 3 overwritten", edits: { "NvidiaRevenue#2": 5e9 }, fires: ["FlowCheck"] },
  { label: "Nvidia gross profit of year 5 overwritten", edits: { "NvidiaGrossProfit#4": 0 }, fires: ["FlowCheck"] },
  { label: "Nvidia cash in of year 1 overwritten", edits: { "NvidiaCashIn#0": 1e9 }, fires: ["FlowCheck"] },
  { label: "self-funded share of year 2 overwritten", edits: { "SelfFundedShare#1": 0.5 }, fires: ["SelfFundedCheck"] },
  { label: "first-year self-funded share output overwritten", edits: { FirstYearSelfFundedShare: 0.9 }, fires: ["SelfFundedCheck"] },
  // outputs
  { label: "revenue multiple overwritten", edits: { RevenueMultiple: 10 }, fires: ["TotalsCheck", "GridCheck"] },
  { label: "total GPU spend overwritten", edits: { TotalGpuSpend: 1 }, fires: ["TotalsCheck", "GridCheck"] },
  { label: "stake value overwritten", edits: { StakeValue: 1 }, fires: ["TotalsCheck"] },
  { label: "payback year overwritten", edits: { PaybackYear: 2030 }, fires: ["PaybackCheck"] },
  { label: "payback flag of year 3 overwritten", edits: { "PaidBack#2": 0 }, fires: ["PaybackCheck"] },
  { label: "grid cell overwritten", edits: { "SensShareP1.M1": 1 }, fires: ["GridCheck"] },
  { label: "grid spend-scale axis cell overwritten", edits: { "SensSpendScale.P2": 3 }, fires: ["GridCheck"] },
  { label: "grid content-share axis cell overwritten", edits: { "SensContentShare.M1": 0.3 }, fires: ["GridCheck"] },
  // bad inputs
  { label: "content share above 100 %", edits: { NvidiaContentShare: 1.2 }, fires: ["ShareCheck"] },
  { label: "gross margin below 0", edits: { NvidiaGrossMargin: -0.1 }, fires: ["ShareCheck"] },
  { label: "memo revenue share above 100 %", edits: { NvidiaShareOfCoreWeaveRevenue: 1.5 }, fires: ["ShareCheck"] },
  { label: "grid floor above the grid cap", edits: { GridShareMin: 0.9, GridShareMax: 0.5 }, fires: ["ShareCheck"] },
  { label: "negative GPU spend in year 4", edits: { "GpuSpend#3": -1e9 }, fires: ["NonNegativeCheck"] },
  { label: "negative equity investment", edits: { "NvidiaEquityInvested#0": -2e9 }, fires: ["NonNegativeCheck"] },
  { label: "negative other support in year 6", edits: { "NvidiaOtherSupport#5": -1 }, fires: ["NonNegativeCheck"] },
  { label: "negative stake price", edits: { StakePrice: -1 }, fires: ["NonNegativeCheck"] },
  { label: "negative spend scale step", edits: { SpendScaleStep: -0.2 }, fires: ["NonNegativeCheck"] },
  { label: "fractional first year", edits: { FirstYear: 2026.5 }, fires: ["YearsCheck"] },
  { label: "text in the content share", edits: { NvidiaContentShare: "high" }, fires: ["ErrorCount"] },
  { label: "text other than n.m. in the stake price", edits: { StakePrice: "high" }, fires: ["ErrorCount"] },
  { label: "text typed over a revenue cell", edits: { "NvidiaRevenue#3": "n.m." }, fires: ["ErrorCount"] },
  // review: more typed-over outputs and the content share of the brief
  { label: "content share 1.5", edits: { NvidiaContentShare: 1.5 }, fires: ["ShareCheck"] },
  { label: "gross-profit multiple overwritten", edits: { GrossProfitMultiple: 10 }, fires: ["TotalsCheck"] },
  { label: "total gross profit overwritten", edits: { TotalGrossProfit: 1e9 }, fires: ["TotalsCheck"] },
  { label: "total cash in overwritten", edits: { TotalCashIn: 1e9 }, fires: ["TotalsCheck"] },
  { label: "first payback flag of year 5 overwritten", edits: { "FirstPayback#4": 1 }, fires: ["PaybackCheck"] },
  { label: "gross profit of the year without spend overwritten", edits: { "NvidiaGrossProfit#5": 1e9 }, fires: ["FlowCheck"] },
];
const CASES: FiringCase[] = LIST.map((c) => ({ ...c, template: circularity }));

describeWithEngines("circularity: tampered exports fire their checks in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine(CASES);
  }, 120_000);

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("measures the overwritten running total exactly: |typed - sum of gross profit to date|, then the same gap carried", () => {
    const r = results[CASES.findIndex((c) => c.label.startsWith("cumulative gross profit of year 4"))];
    // year 4 shows 1e9 instead of the true running total; year 5 adds its flow to the typed value
    const gap = at("CumulativeGrossProfit", 3) - 1e9;
    for (const e of r.engines) {
      const row = e.checks.CumulativeCheck as number[];
      expect(row.slice(0, 3), e.engine).toEqual([0, 0, 0]);
      expect(row[3], e.engine).toBeCloseTo(gap, 2);
      expect(row[4], e.engine).toBeCloseTo(gap, 2);
    }
  });
});

it("shows every check of the sheet firing in at least one case", () => {
  expect(checksNeverFired(circularity, CASES)).toEqual([]);
});
