/**
 * The capacity model computed by src/core (capacityRows) from the sheet's inputs,
 * independently of the sheet's formulas: every named calculation, output and
 * check. Money in exact decimals, GPUs exactly as GW_TO_GPUS counts them.
 * Assumes the definitions WattsPerGigawatt = 1e9 and MWPerGW = 1,000 (the
 * PhysicsCheck flags a sheet where they were changed).
 */
import { D, capacityRows, type Dec } from "../../core";
import { num, text } from "../defaults";
import type { InputReader, ReferenceValues } from "../../plan/template";
import { PROFILE_NAMES, SCENARIOS } from "./inputs";

/** The table row whose label matches `value` as MATCH(...,FALSE) does: case-insensitively. */
function rowOf(names: readonly string[], value: string, what: string): string {
  const found = names.find((n) => n.toUpperCase() === value.toUpperCase());
  if (found === undefined) throw new Error(`unknown ${what} ${value}`);
  return found;
}

const numbers = (xs: readonly Dec[]): number[] => xs.map((x) => x.toNumber());
const sum = (xs: readonly Dec[]): Dec => xs.reduce((a, b) => a.plus(b), new D(0));

/** Every check of the sheet; 0 at legal inputs. */
const CHECKS = [
  "DriverCheck", "GpusBeforeCheck", "GpuRollCheck", "GpusInServiceCheck", "ReplacementCheck", "RevenueCheck", "CapexCheck", "DepreciationCheck", "OutputCheck",
  "ListCheck", "PowerPathCheck", "ShareCheck", "NonNegativeCheck", "PhysicsCheck", "YearsCheck", "NumberInputCheck", "ErrorCount", "MasterCheck",
];

/**
 * @param input reads the model's inputs by key (`Gigawatts#i`, `Profile_GB200.SystemWatts`, `Scen_bear.Utilization`, ...)
 * @param years timeline length, 1..100
 * @returns every named series (one number per year) and scalar
 * @throws Error for a scenario or profile outside the tables (a test mistake: the sheet flags it instead)
 * @throws InputError when an input leaves its domain (capacityRows)
 */
export function capacityReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const scen = `Scen_${rowOf(SCENARIOS, text(input, "Scenario"), "scenario")}`;
  const profile = `Profile_${rowOf(PROFILE_NAMES, text(input, "Profile"), "profile")}`;
  const power = { systemWatts: d(`${profile}.SystemWatts`), gpusPerSystem: d(`${profile}.GpusPerSystem`) };
  const utilization = d(`${scen}.Utilization`);
  const priceFactor = d(`${scen}.PriceFactor`);
  const ebitdaMargin = d(`${scen}.EbitdaMargin`);
  const capexPerGpu = d(`${profile}.CapexPerGpu`);
  const pricePerGpuHour = d(`${profile}.PricePerGpuHour`).times(priceFactor);
  const gigawatts = Array.from({ length: years }, (_, i) => d(`Gigawatts#${i}`));
  const gigawattsBefore = d("GigawattsBefore");
  const rows = capacityRows({
    firstYear: num(input, "FirstYear"),
    gigawatts,
    gigawattsBefore,
    power,
    pue: d("PUE"),
    capexPerGpu,
    pricePerGpuHour,
    utilization,
    ebitdaMargin,
    hoursPerYear: d("HoursPerYear"),
    capexPerMW: d("CapexPerMW"),
    gpuLife: num(input, "GpuLife"),
    facilityLife: num(input, "FacilityLife"),
    openingDepreciation: d("OpeningDepreciation"),
    openingDepreciationYears: num(input, "OpeningDepreciationYears"),
    openingFleetAge: num(input, "OpeningFleetAge"),
  });
  const previous = [gigawattsBefore, ...gigawatts.slice(0, -1)];
  return {
    Years: rows.years,
    Utilization: utilization.toNumber(),
    PriceFactor: priceFactor.toNumber(),
    EbitdaMargin: ebitdaMargin.toNumber(),
    SystemWatts: power.systemWatts.toNumber(),
    GpusPerSystem: power.gpusPerSystem.toNumber(),
    WattsPerGpu: power.systemWatts.div(power.gpusPerSystem).toNumber(),
    CapexPerGpu: capexPerGpu.toNumber(),
    PricePerGpuHour: pricePerGpuHour.toNumber(),
    GpusBefore: rows.gpusBefore.toNumber(),
    GPUs: numbers(rows.gpus),
    GpusInService: numbers(rows.gpusInService),
    GigawattsAdded: numbers(gigawatts.map((g, i) => g.minus(previous[i] as Dec))),
    GpusAdded: numbers(rows.gpusAdded),
    ReplacedGpus: numbers(rows.replacedGpus),
    GpusBought: numbers(rows.gpusAdded.map((a, i) => a.plus(rows.replacedGpus[i] as Dec))),
    FacilityCapex: numbers(rows.facilityCapex),
    GpuCapex: numbers(rows.gpuCapex),
    ReplacementCapex: numbers(rows.replacementCapex),
    Revenue: numbers(rows.revenue),
    EBITDA: numbers(rows.ebitda),
    Capex: numbers(rows.capex),
    MaintenanceCapex: numbers(rows.maintenanceCapex),
    Depreciation: numbers(rows.depreciation),
    GpusFinalYear: (rows.gpus[years - 1] as Dec).toNumber(),
    RevenueFinalYear: (rows.revenue[years - 1] as Dec).toNumber(),
    TotalCapex: sum(rows.capex).toNumber(),
    GpuCountCheck: rows.gpus.map(() => 0),
    ...Object.fromEntries(CHECKS.map((k) => [k, 0])),
  };
}
