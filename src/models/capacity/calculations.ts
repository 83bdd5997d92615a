/**
 * The capacity model's calculations and outputs, one formula per row
 * (docs/models.md, capacity). No constants: 0, 1 and 2 enter through MAX of two
 * cells, counts of columns (COLUMNS) and AVERAGE, so every number is an input.
 *
 * Vintages without circularity: `ReplacedGpus` of a year looks up the GPUs bought
 * GpuLife years earlier with a SUMIF over the columns BEFORE this one
 * (`{Key@first}:{Key@prev}`), so no cell refers to its own column of the
 * `GpusBought` row it feeds. Depreciation sums the spend of this and earlier
 * columns (`@todate`) whose age is below the life, full year in the year of spend.
 */
import { COUNT, GPUS, PERCENT, USD_M, USD_PER_GPU, WATTS, MULTIPLE } from "../formats";
import { GW3, USD_PER_HOUR3 } from "./inputs";
import type { Format, TemplateSection } from "../../plan/template";

const INDEX_FORMAT: Format = { code: "0", unit: "number" };
const SYSTEM_WATTS: Format = { code: "#,##0", unit: "W" };

/** GW -> whole GPUs, as GW_TO_GPUS counts them (guard digits: see the model's file comment). */
export const gpusOf = (gw: string): string => `INT(ROUND(${gw}*{WattsPerGigawatt}*{GpusPerSystem}/({SystemWatts}*{PUE}),{GuardDigits}))`;

/** 1 in the year the opening fleet reaches the end of its life: year number + age = life. */
const OPENING_REPLACED = "({YearNumber}+{OpeningFleetAge}={GpuLife})*{GpusBefore}";

/** Straight-line depreciation of `spend` (a `@todate` range expression) over `life`, full year in the year of spend. */
const straightLine = (spend: string, life: string): string => `SUMPRODUCT(({Years}-{Years@todate}<{${life}})*${spend})/{${life}}`;

/** Active scenario and profile: the named cells the timeline rows use. */
export const driverCalculations: TemplateSection = {
  role: "calculations",
  title: "Calculations: active scenario and profile",
  items: [
    { type: "scalar", key: "ScenarioRow", label: "Row of the chosen scenario", format: COUNT, formula: "MATCH({Scenario},{Scen.label@all},FALSE)" },
    { type: "scalar", key: "Utilization", label: "Utilization (hours sold / hours available)", format: PERCENT, formula: "INDEX({Scen.Utilization@all},{ScenarioRow})", name: true },
    { type: "scalar", key: "PriceFactor", label: "Price factor of the scenario", format: MULTIPLE, formula: "INDEX({Scen.PriceFactor@all},{ScenarioRow})", name: true },
    { type: "scalar", key: "EbitdaMargin", label: "EBITDA margin", format: PERCENT, formula: "INDEX({Scen.EbitdaMargin@all},{ScenarioRow})", name: true },
    { type: "scalar", key: "ProfileRow", label: "Row of the chosen profile", format: COUNT, formula: "MATCH({Profile},{Profiles.label@all},FALSE)" },
    { type: "scalar", key: "SystemWatts", label: "System power of the profile", format: SYSTEM_WATTS, formula: "INDEX({Profiles.SystemWatts@all},{ProfileRow})", name: true },
    { type: "scalar", key: "GpusPerSystem", label: "GPUs per system", format: GPUS, formula: "INDEX({Profiles.GpusPerSystem@all},{ProfileRow})", name: true },
    { type: "scalar", key: "WattsPerGpu", label: "All-in IT watts per GPU (system power / GPUs)", format: WATTS, formula: "{SystemWatts}/{GpusPerSystem}", name: true },
    { type: "scalar", key: "CapexPerGpu", label: "Capex per GPU (GPU, system, network)", format: USD_PER_GPU, formula: "INDEX({Profiles.CapexPerGpu@all},{ProfileRow})", name: true },
    { type: "scalar", key: "PricePerGpuHour", label: "Price per GPU-hour (profile price x factor)", format: USD_PER_HOUR3, formula: "INDEX({Profiles.PricePerGpuHour@all},{ProfileRow})*{PriceFactor}", name: true },
    { type: "scalar", key: "GpusBefore", label: "GPUs at Dec 31 2025 (whole GPUs)", format: GPUS, formula: gpusOf("{GigawattsBefore}"), name: true },
  ],
};

/** The yearly rows: fleet, replacement by vintage, capex by kind, depreciation by vintage. */
export const timelineCalculations: TemplateSection = {
  role: "calculations",
  title: "Calculations: fleet, capex and depreciation",
  items: [
    { type: "heading", label: "Simplification: capex in the year power comes online" },
    { type: "heading", label: "Simplification: one GPU profile for the whole fleet" },
    { type: "heading", label: "Simplification: revenue is GPU-hours only" },
    { type: "timeline", key: "YearNumber", label: "Year of the timeline (1 = first)", format: INDEX_FORMAT, group: "Calc", formula: "COLUMNS({Years@todate})" },
    { type: "timeline", key: "YearsAfter", label: "Years after this one in the timeline", format: INDEX_FORMAT, group: "Calc", formula: "{YearNumber@last}-{YearNumber}" },
    { type: "timeline", key: "LivesLeft", label: "Whole GPU lives after this year in the timeline", format: INDEX_FORMAT, group: "Calc", formula: "INT({YearsAfter}/{GpuLife})" },
    { type: "timeline", key: "GPUs", label: "GPUs at year end (whole GPUs)", format: GPUS, group: "Calc", formula: gpusOf("{Gigawatts}"), name: true, bold: true },
    { type: "timeline", key: "GpusInService", label: "GPUs in service (average of the year ends)", format: GPUS, group: "Calc", first: "AVERAGE({GpusBefore},{GPUs})", formula: "AVERAGE({GPUs@prev},{GPUs})", name: true },
    { type: "timeline", key: "GigawattsAdded", label: "Change in facility power online", format: GW3, group: "Calc", first: "{Gigawatts}-{GigawattsBefore}", formula: "{Gigawatts}-{Gigawatts@prev}", name: true },
    { type: "timeline", key: "GpusAdded", label: "GPUs added (growth of the fleet)", format: GPUS, group: "Calc", first: "MAX({GPUs},{GpusBefore})-{GpusBefore}", formula: "MAX({GPUs},{GPUs@prev})-{GPUs@prev}", name: true },
    {
      type: "timeline",
      key: "ReplacedGpus",
      label: "GPUs replaced (bought one GPU life earlier)",
      format: GPUS,
      group: "Calc",
      first: OPENING_REPLACED,
      formula: `SUMIF({Years@first}:{Years@prev},{Years}-{GpuLife},{GpusBought@first}:{GpusBought@prev})+${OPENING_REPLACED}`,
      name: true,
    },
    { type: "timeline", key: "GpusBought", label: "GPUs bought (added + replaced)", format: GPUS, group: "Calc", formula: "{GpusAdded}+{ReplacedGpus}", name: true },
    {
      type: "timeline",
      key: "FacilityCapex",
      label: "Facility capex (power added x capex per MW)",
      format: USD_M,
      group: "Calc",
      first: "(MAX({Gigawatts},{GigawattsBefore})-{GigawattsBefore})*{MWPerGW}*{CapexPerMW}",
      formula: "(MAX({Gigawatts},{Gigawatts@prev})-{Gigawatts@prev})*{MWPerGW}*{CapexPerMW}",
      name: true,
    },
    { type: "timeline", key: "GpuCapex", label: "GPU capex (GPUs added x capex per GPU)", format: USD_M, group: "Calc", formula: "{GpusAdded}*{CapexPerGpu}", name: true },
    { type: "timeline", key: "ReplacementCapex", label: "Replacement capex (GPUs replaced x capex per GPU)", format: USD_M, group: "Calc", formula: "{ReplacedGpus}*{CapexPerGpu}", name: true },
    { type: "timeline", key: "OpeningAssetDepreciation", label: "Depreciation of the Dec 31 2025 assets", format: USD_M, group: "Calc", formula: "({YearNumber}<={OpeningDepreciationYears})*{OpeningDepreciation}" },
    { type: "timeline", key: "GpuDepreciation", label: "Depreciation of GPU and replacement capex", format: USD_M, group: "Calc", formula: straightLine("({GpuCapex@todate}+{ReplacementCapex@todate})", "GpuLife") },
    { type: "timeline", key: "FacilityDepreciation", label: "Depreciation of facility capex, by vintage", format: USD_M, group: "Calc", formula: straightLine("{FacilityCapex@todate}", "FacilityLife") },
  ],
};

/** What other sheets link: revenue, EBITDA, capex, maintenance capex, depreciation. */
export const outputs: TemplateSection = {
  role: "outputs",
  title: "Outputs",
  items: [
    { type: "timeline", key: "Revenue", label: "Revenue (GPUs in service x hours x price x use)", format: USD_M, group: "Out", formula: "{GpusInService}*{HoursPerYear}*{PricePerGpuHour}*{Utilization}", name: true },
    { type: "timeline", key: "EBITDA", label: "EBITDA (revenue x margin)", format: USD_M, group: "Out", formula: "{Revenue}*{EbitdaMargin}", name: true },
    { type: "timeline", key: "Capex", label: "Capex (facility + GPU + replacement)", format: USD_M, group: "Out", formula: "{FacilityCapex}+{GpuCapex}+{ReplacementCapex}", name: true },
    { type: "timeline", key: "MaintenanceCapex", label: "Maintenance capex (credit proxy, not in capex)", format: USD_M, group: "Out", formula: "{GpusInService}*{CapexPerGpu}/{GpuLife}", name: true },
    { type: "timeline", key: "Depreciation", label: "Depreciation", format: USD_M, group: "Out", formula: "{OpeningAssetDepreciation}+{GpuDepreciation}+{FacilityDepreciation}", name: true },
    { type: "scalar", key: "GpusFinalYear", label: "GPUs at the end of the last year", format: GPUS, formula: "{GPUs@last}", name: true },
    { type: "scalar", key: "RevenueFinalYear", label: "Revenue in the last year", format: USD_M, formula: "{Revenue@last}", name: true },
    { type: "scalar", key: "TotalCapex", label: "Capex over the timeline", format: USD_M, formula: "SUM({Capex@all})", name: true },
  ],
};
