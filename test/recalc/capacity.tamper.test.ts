/**
 * The capacity model's checks fire in LibreOffice and Gnumeric: each calculated
 * block overwritten with a number, and each kind of bad input, moves the master
 * check away from 0 through the named check that covers it, and the master check
 * stays a number (an unknown scenario turns cells into #N/A, but the master check
 * counts them instead of becoming #N/A itself). The untampered export is the
 * control: nothing fires there. One soffice process serves the batch.
 */
import { beforeAll, expect, it } from "vitest";
import { capacity } from "../../src/models/capacity";
import { referenceAtDefaults } from "../../src/models/defaults";
import { checksNeverFired, describeWithEngines, expectFiresAsListed, firingCaseOf, tamperInEveryEngine, type TamperResult } from "./tamper";

const c = firingCaseOf(capacity);

const CASES = [
  c("untampered (control)", {}, []),
  // calculated cells overwritten with a number: the block that recomputes them fires
  c("GPUs of 2029 overwritten", { "GPUs#3": 2e6 }, ["GpuCountCheck"]),
  c("GPUs at Dec 31 2025 overwritten", { GpusBefore: 400_000 }, ["GpusBeforeCheck"]),
  c("GPUs added in 2028 overwritten", { "GpusAdded#2": 123 }, ["GpuRollCheck"]),
  c("GPUs in service in 2030 overwritten", { "GpusInService#4": 1 }, ["GpusInServiceCheck"]),
  c("GPUs replaced in 2030 overwritten", { "ReplacedGpus#4": 0 }, ["ReplacementCheck"]),
  c("GPUs bought in 2026 overwritten", { "GpusBought#0": 0 }, ["ReplacementCheck"]),
  c("revenue of 2027 overwritten", { "Revenue#1": 1 }, ["RevenueCheck"]),
  c("EBITDA of 2027 overwritten", { "EBITDA#1": 1 }, ["RevenueCheck"]),
  c("facility capex of 2026 overwritten", { "FacilityCapex#0": 0 }, ["CapexCheck"]),
  c("GPU capex of 2027 overwritten", { "GpuCapex#1": 0 }, ["CapexCheck"]),
  c("replacement capex of 2030 overwritten", { "ReplacementCapex#4": 0 }, ["CapexCheck"]),
  c("capex of 2028 overwritten", { "Capex#2": 0 }, ["CapexCheck"]),
  c("maintenance capex of 2026 overwritten", { "MaintenanceCapex#0": 0 }, ["CapexCheck"]),
  c("change in power of 2027 overwritten", { "GigawattsAdded#1": 2 }, ["CapexCheck"]),
  c("depreciation of 2029 overwritten", { "Depreciation#3": 0 }, ["DepreciationCheck"]),
  c("opening-asset depreciation of 2026 overwritten", { "OpeningAssetDepreciation#0": 0 }, ["DepreciationCheck"]),
  c("GPU depreciation of 2031 overwritten", { "GpuDepreciation#5": 0 }, ["DepreciationCheck"]),
  c("a GPU count overwritten with text", { "GPUs#1": "n/a" }, ["ErrorCount"]),
  // review: active drivers and scalar outputs typed over were silent (master 0)
  c("utilization overwritten", { Utilization: 0.95 }, ["DriverCheck"]),
  c("price factor overwritten", { PriceFactor: 1.2 }, ["DriverCheck"]),
  c("EBITDA margin overwritten", { EbitdaMargin: 0.7 }, ["DriverCheck"]),
  c("the profile's row overwritten", { ProfileRow: 7 }, ["DriverCheck"]),
  c("system power overwritten", { SystemWatts: 60_000 }, ["DriverCheck"]),
  c("GPUs per system overwritten", { GpusPerSystem: 144 }, ["DriverCheck"]),
  c("capex per GPU overwritten", { CapexPerGpu: 25_000 }, ["DriverCheck"]),
  c("price per GPU-hour overwritten", { PricePerGpuHour: 3 }, ["DriverCheck"]),
  c("watts per GPU overwritten", { WattsPerGpu: 1000 }, ["DriverCheck"]),
  c("GPUs at the end of the last year overwritten", { GpusFinalYear: 3e6 }, ["OutputCheck"]),
  c("revenue of the last year overwritten", { RevenueFinalYear: 60e9 }, ["OutputCheck"]),
  c("capex over the timeline overwritten", { TotalCapex: 100e9 }, ["OutputCheck"]),
  c("GPUs bought in the last year overwritten", { "GpusBought#9": 1 }, ["OutputCheck"]),
  c("a year counter overwritten where it changes nothing else", { "YearNumber#5": 100 }, ["OutputCheck"]),
  c("years after a year overwritten where it changes nothing else", { "YearsAfter#5": 100 }, ["OutputCheck"]),
  // bad inputs: the rule family's count fires
  c("scenario outside the list", { Scenario: "stress" }, ["ListCheck", "ErrorCount"]),
  c("profile outside the list", { Profile: "A100" }, ["ListCheck", "ErrorCount"]),
  c("falling power", { "Gigawatts#6": 4 }, ["PowerPathCheck", "GpuRollCheck"]),
  c("negative power before the first year", { GigawattsBefore: -0.1 }, ["PowerPathCheck"]),
  c("utilization 150 %", { "Scen_base.Utilization": 1.5 }, ["ShareCheck"]),
  c("negative bear margin", { "Scen_bear.EbitdaMargin": -0.1 }, ["ShareCheck"]),
  c("negative price factor", { "Scen_bull.PriceFactor": -1 }, ["NonNegativeCheck"]),
  c("negative capex per GPU", { "Profile_H100.CapexPerGpu": -5 }, ["NonNegativeCheck"]),
  c("negative facility capex", { CapexPerMW: -1 }, ["NonNegativeCheck"]),
  c("PUE 0.5", { PUE: 0.5 }, ["PhysicsCheck"]),
  c("half a GPU per system", { "Profile_GB200.GpusPerSystem": 72.5 }, ["PhysicsCheck"]),
  c("9,000 hours a year", { HoursPerYear: 9000 }, ["PhysicsCheck"]),
  c("a changed definition", { WattsPerGigawatt: 1e6 }, ["PhysicsCheck"]),
  c("GPU life of 2.5 years", { GpuLife: 2.5 }, ["YearsCheck"]),
  c("facility life 0", { FacilityLife: 0 }, ["YearsCheck", "ErrorCount"]),
  c("opening fleet as old as the GPU life", { OpeningFleetAge: 6 }, ["YearsCheck"]),
  c("first year 2026.5", { FirstYear: 2026.5 }, ["YearsCheck"]),
  c("text in PUE", { PUE: "high" }, ["ErrorCount"]),
  // review: text in a row no formula reads yet, and digits above their bounds, left the master check at 0
  c("text in an inactive profile's capex", { "Profile_H100.CapexPerGpu": "x" }, ["NumberInputCheck"]),
  c("text in an inactive scenario's utilization", { "Scen_bear.Utilization": "x" }, ["NumberInputCheck"]),
  c("check rounding 20 digits", { CheckDecimals: 20 }, ["YearsCheck"]),
  c("guard digits 20", { GuardDigits: 20 }, ["YearsCheck"]),
];

const at = (label: string): number => CASES.findIndex((x) => x.label === label);
const defaults = referenceAtDefaults(capacity);
const series = (k: string): number[] => defaults[k] as number[];

describeWithEngines("capacity: tampered exports fire the checks in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine(CASES);
  }, 300_000);

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("measures a typed-over roll-forward flow exactly", () => {
    // GpuRollCheck = GpusBefore + SUM(GpusAdded) - GPUs(last): year 2's 412,500 replaced by 123
    for (const e of results[at("GPUs added in 2028 overwritten")].engines) expect(e.checks.GpuRollCheck, e.engine).toBe(123 - series("GpusAdded")[2]);
    // ReplacementCheck: 2030's 425,000 opening-fleet GPUs typed as 0
    for (const e of results[at("GPUs replaced in 2030 overwritten")].engines) expect(e.checks.ReplacementCheck, e.engine).toBe(-425_000);
  });

  it("counts one unknown list value and shows the error cells it causes in the master check", () => {
    for (const label of ["scenario outside the list", "profile outside the list"]) {
      for (const e of results[at(label)].engines) {
        expect(e.checks.ListCheck, `${label} ${e.engine}`).toBe(1);
        expect(e.master, `${label} ${e.engine}`).toBe(e.checks.ErrorCount);
        expect(e.errors.length, `${label} ${e.engine}`).toBeGreaterThan(10);
      }
    }
  });

  it("counts each falling year once, and the roll-forward shows the GPUs that disappear", () => {
    // 5 GW -> 4 GW in 2032: one falling year (2033 back to 5 GW is a rise)
    for (const e of results[at("falling power")].engines) {
      expect(e.checks.PowerPathCheck, e.engine).toBe(1);
      // GPUs added are never negative: 2,500,000 - 2,000,000 = 500,000 GPUs vanish in 2032 and are re-added in 2033
      expect(e.checks.GpuRollCheck, e.engine).toBe(500_000);
    }
  });
});

it("shows every check of the sheet firing in at least one case", () => {
  expect(checksNeverFired(capacity, CASES, ["DepreciationRecomputed"])).toEqual([]);
});
