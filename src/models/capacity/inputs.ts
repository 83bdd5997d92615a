/**
 * The capacity model's inputs (docs/models.md, capacity): timeline, scenario
 * drivers, the power path, GPU profiles with capex and price per GPU, PUE,
 * facility capex, lives and the opening fleet. Every default cites a section of
 * docs/sources.md or states a modelling choice.
 */
import { GPU_PROFILES } from "../../core";
import { DIGITS, HOURS, MULTIPLE, PERCENT, RATIO, TEXT, USD_M, USD_PER_GPU, USD_PER_MW, WATTS_PER_GW, MW_PER_GW, YEAR, YEARS } from "../formats";
import type { Format, TableItem, TemplateSection } from "../../plan/template";

/** Where every default is sourced; notes cite it by section (`docs/sources.md §Operations`). */
const FACTS = "docs/sources.md";

/** The scenarios, in the order of the scenario table. */
export const SCENARIOS = ["base", "bull", "bear"] as const;

/** The built-in GPU profiles, in the order of the profile table. */
export const PROFILE_NAMES = Object.keys(GPU_PROFILES);

/** Capex per GPU and price per GPU-hour of each profile: docs/sources.md §Estimates ($30 and $0.00168 per IT watt). */
const PROFILE_ECONOMICS: Readonly<Record<string, { capex: number; price: number }>> = {
  H100: { capex: 38_250, price: 2.142 },
  H200: { capex: 38_250, price: 2.142 },
  B200: { capex: 53_625, price: 3.003 },
  B300: { capex: 54_375, price: 3.045 },
  GB200: { capex: 50_000, price: 2.8 },
  GB300: { capex: 55_000, price: 3.08 },
  VR200: { capex: 79_166.67, price: 4.433 },
};

/** Power in GW to the MW: 2.525 GW must not read 2.53. */
export const GW3: Format = { code: "0.000", unit: "GW" };
/** Prices per GPU-hour to the tenth of a cent (the per-profile prices have three decimals). */
export const USD_PER_HOUR3: Format = { code: "#,##0.000", unit: "$/GPU-hour" };
const SYSTEM_WATTS: Format = { code: "#,##0", unit: "W" };
/** A list choice, centred so it does not run into the note beside it. */
const CHOICE: Format = { ...TEXT, align: "Center" };
const GPUS_PER_SYSTEM: Format = { code: "#,##0", unit: "GPUs" };

/** Scenario drivers: one row per scenario, one column per driver, units in the headers. */
const scenarioTable: TableItem = {
  type: "table",
  key: "Scen",
  label: "Scenario drivers",
  unitsInHeader: true,
  columns: [
    { key: "Utilization", header: "Utilization", format: PERCENT, bounds: { type: "decimal", min: 0, max: 1 } },
    { key: "PriceFactor", header: "Price factor", format: MULTIPLE, bounds: { type: "decimal", min: 0 } },
    { key: "EbitdaMargin", header: "EBITDA margin", format: PERCENT, bounds: { type: "decimal", min: 0, max: 1 } },
  ],
  rows: [
    { key: "Scen_base", label: "base", cells: [0.8, 1, 0.61], estimate: true, note: `utilization assumed, margin of Q3 2025: ${FACTS} §Estimates` },
    { key: "Scen_bull", label: "bull", cells: [0.9, 1.1, 0.65], note: "Modelling choice: fuller fleet, dearer hours" },
    { key: "Scen_bear", label: "bear", cells: [0.65, 0.8, 0.5], note: "Modelling choice: idle capacity, cheaper hours" },
  ],
};

/** GPU profiles: power from vendor specifications, capex and price per GPU scaled by IT watts. */
const profileTable: TableItem = {
  type: "table",
  key: "Profiles",
  label: "GPU profiles",
  unitsInHeader: true,
  columns: [
    { key: "SystemWatts", header: "System power", format: SYSTEM_WATTS, bounds: { type: "decimal", min: 1 } },
    { key: "GpusPerSystem", header: "GPUs per system", format: GPUS_PER_SYSTEM, bounds: { type: "whole", min: 1 } },
    { key: "CapexPerGpu", header: "Capex per GPU", format: USD_PER_GPU, bounds: { type: "decimal", min: 0 } },
    { key: "PricePerGpuHour", header: "Price per GPU-hour", format: USD_PER_HOUR3, bounds: { type: "decimal", min: 0 } },
  ],
  rows: PROFILE_NAMES.map((name) => {
    const p = GPU_PROFILES[name];
    const e = PROFILE_ECONOMICS[name];
    return {
      key: `Profile_${name}`,
      label: name,
      cells: [p.systemWatts, p.gpusPerSystem, e.capex, e.price],
      estimate: true,
      note: `${FACTS} §Power per GPU; ${FACTS} §Estimates`,
    };
  }),
};

/** Timeline, scenario, power path, GPU profiles and PUE. */
export const powerInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: timeline, scenario, power and GPUs",
  items: [
    { type: "scalar", key: "FirstYear", label: "First year modelled", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: "Modelling choice: from the Dec 31 2025 fleet" },
    { type: "scalar", key: "Scenario", label: "Scenario", format: CHOICE, value: "base", name: true, list: { values: [...SCENARIOS], errorMessage: "Choose base, bull or bear." }, note: "Modelling choice: a row of the table below" },
    scenarioTable,
    {
      type: "timeline",
      key: "Gigawatts",
      label: "Facility power online at year end",
      format: GW3,
      values: [1.7, 2.525, 3.35, 4.175, 5],
      name: true,
      estimate: true,
      bounds: { type: "decimal", min: 0 },
      note: `power path: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "GigawattsBefore", label: "Facility power online at Dec 31 2025", format: GW3, value: 0.85, name: true, bounds: { type: "decimal", min: 0 }, note: `> 850 MW active at the end of 2025: ${FACTS} §Operations` },
    { type: "scalar", key: "Profile", label: "GPU profile of the whole fleet", format: CHOICE, value: "GB200", name: true, list: { values: PROFILE_NAMES, errorMessage: `Choose one of ${PROFILE_NAMES.join(", ")}.` }, note: `GB200 NVL72, the current build: ${FACTS} §Power per GPU` },
    profileTable,
    { type: "scalar", key: "PUE", label: "Power usage effectiveness (facility / IT power)", format: RATIO, value: 1.2, name: true, estimate: true, bounds: { type: "decimal", min: 1 }, note: `liquid-cooled builds 1.05-1.25: ${FACTS} §Estimates` },
    { type: "scalar", key: "WattsPerGigawatt", label: "Watts per gigawatt", format: WATTS_PER_GW, value: 1e9, note: `Definition: ${FACTS} §Definitions` },
    { type: "scalar", key: "MWPerGW", label: "Megawatts per gigawatt", format: MW_PER_GW, value: 1000, note: `Definition: ${FACTS} §Definitions` },
    { type: "scalar", key: "GuardDigits", label: "GPU count rounding guard", format: DIGITS, value: 6, bounds: { type: "whole", min: 0, max: 15 }, note: "Modelling choice: so float noise cannot drop a GPU" },
  ],
};

/** Facility capex, hours, lives, the opening fleet and check rounding. */
export const capexInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: capex, hours, lives and the opening fleet",
  items: [
    { type: "scalar", key: "CapexPerMW", label: "Facility capex per MW (power and cooling)", format: USD_PER_MW, value: 10e6, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `FY2026 capex guidance: ${FACTS} §Estimates` },
    { type: "scalar", key: "HoursPerYear", label: "Hours per year", format: HOURS, value: 8760, name: true, bounds: { type: "decimal", min: 1, max: 8784 }, note: `Definition: 365 x 24: ${FACTS} §Definitions` },
    { type: "scalar", key: "GpuLife", label: "GPU useful life", format: YEARS, value: 6, name: true, bounds: { type: "whole", min: 1, max: 50 }, note: `${FACTS} §Depreciation policy` },
    { type: "scalar", key: "FacilityLife", label: "Facility useful life", format: YEARS, value: 10, name: true, estimate: true, bounds: { type: "whole", min: 1, max: 100 }, note: `middle of 8-12 years: ${FACTS} §Estimates` },
    { type: "scalar", key: "OpeningDepreciation", label: "Depreciation of the Dec 31 2025 assets, a year", format: USD_M, value: 2.5219e9, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `Q3 2025 D&A x 4: ${FACTS} §Estimates` },
    { type: "scalar", key: "OpeningDepreciationYears", label: "Years the opening depreciation lasts", format: YEARS, value: 5, name: true, estimate: true, bounds: { type: "whole", min: 0, max: 100 }, note: `GPU life - fleet age: ${FACTS} §Estimates` },
    { type: "scalar", key: "OpeningFleetAge", label: "Age of the Dec 31 2025 fleet (whole years < GPU life)", format: YEARS, value: 1, name: true, estimate: true, bounds: { type: "whole", min: 0, max: 49 }, note: `${FACTS} §Estimates` },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 2, bounds: { type: "whole", min: 0, max: 10 }, note: "Modelling choice: float noise reads 0" },
  ],
};
