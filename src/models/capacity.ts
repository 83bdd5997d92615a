/**
 * AI-factory capacity: what does "5 GW by 2030" mean in GPUs, capex, revenue
 * capacity and the funding the leverage model's debt draws must cover?
 * Defaults: docs/sources.md §Operations, §Power per GPU and §Estimates; the economics
 * are written out in docs/models.md.
 *
 * GPU counts are whole GPUs exactly as GW_TO_GPUS counts them:
 * floor(GW x 1e9 x GPUs per system / (system watts x PUE)). The sheet keeps
 * system watts and GPUs per system apart (GB200 = 120,000 / 72 has no finite
 * decimal) and rounds the quotient to `GuardDigits` decimals before INT, so a
 * double quotient of 499,999.99999999994 counts as the exact 500,000. The guard
 * is exact whenever the true quotient is an integer or at least 10^-GuardDigits
 * from one, which holds for inputs typed with a few significant digits.
 */
import { D, GPU_PROFILES, gigawattsToGpus, type Dec } from "../core";
import { num, referenceAtDefaults, text } from "./defaults";
import { CHECK, COUNT, DIGITS, GPUS, GW, HOURS, MW_PER_GW, PERCENT, RATIO, TEXT, USD_M, USD_PER_GPU, USD_PER_HOUR, USD_PER_MW, WATTS, WATTS_PER_GW, YEAR, YEARS } from "./formats";
import type { Headline, InputReader, ModelTemplate, ReferenceValues, TableItem } from "../plan/template";

/** Where every default is sourced; notes cite it by section (`docs/sources.md §Operations`). */
const FACTS = "docs/sources.md";
const PROFILE_NAMES = Object.keys(GPU_PROFILES);

const profiles: TableItem = {
  type: "table",
  key: "Profiles",
  label: "GPU power profiles",
  columns: [
    { key: "Name", header: "Profile", format: TEXT },
    { key: "SystemWatts", header: "System watts", format: { code: "#,##0", unit: "W" } },
    { key: "GpusPerSystem", header: "GPUs / system", format: COUNT },
  ],
  rows: PROFILE_NAMES.map((name) => {
    const p = GPU_PROFILES[name];
    return {
      key: `Profile_${name}`,
      label: p.label,
      unit: "W, GPUs",
      cells: [name, p.systemWatts, p.gpusPerSystem],
      estimate: p.estimate,
      note: `${FACTS} §Power per GPU (${p.source})`,
    };
  }),
};

/** GW -> whole GPUs, as GW_TO_GPUS counts them (see the file comment for the guard). */
const gpusOf = (gw: string): string => `INT(ROUND(${gw}*{WattsPerGigawatt}*{GpusPerSystem}/({SystemWatts}*{PUE}),{GuardDigits}))`;

/** The AI-factory capacity model. */
export const capacity: ModelTemplate = {
  id: "capacity",
  title: { en: "AI-factory capacity (5 GW by 2030)", fr: "Capacité des usines d'IA (5 GW en 2030)" },
  question: {
    en: "How many GPUs do 5 GW of AI factories hold, what do they cost, and how much must be borrowed each year?",
    fr: "Combien de GPU tiennent dans 5 GW d'usines d'IA, combien coûtent-ils et combien faut-il emprunter chaque année ?",
  },
  sheetName: "Capacity",
  description:
    "Facility power online per year toward 5 GW by 2030, whole GPUs it supports for a GPU profile and PUE (as GW_TO_GPUS counts them), capex per MW and per GPU, revenue capacity from the price per GPU-hour and utilization, and the funding gap (capex less operating cash flow) that new debt must cover.",
  defaultYears: 6,
  sections: [
    {
      role: "timeline",
      title: "Timeline",
      items: [{ type: "timeline", key: "Years", label: "Year", format: YEAR, first: "{FirstYear}", formula: "{Years@prev}+{PeriodLength}", name: true }],
    },
    {
      role: "inputs",
      title: "Inputs: power and GPUs",
      items: [
        { type: "scalar", key: "FirstYear", label: "First year modelled", format: YEAR, value: 2025, name: true, note: `active power > 850 MW at the end of 2025 (${FACTS} §Operations)` },
        { type: "scalar", key: "PeriodLength", label: "Years per timeline column", format: YEARS, value: 1, note: "Modelling choice: a yearly timeline" },
        {
          type: "timeline",
          key: "Gigawatts",
          label: "Facility power online at year end",
          format: GW,
          values: [0.85, 1.7, 2.5, 3.3, 4.2, 5],
          name: true,
          estimate: true,
          note: `2025 > 850 MW, 2026 > 1.7 GW target, 2030 the 5 GW ambition (${FACTS} §Operations); 2027-2029 interpolated`,
        },
        { type: "scalar", key: "GigawattsBefore", label: "Facility power online before the first year", format: GW, value: 0.59, name: true, note: `590 MW active power, Q3 2025 (${FACTS} §Operations)` },
        { type: "scalar", key: "Profile", label: "GPU profile", format: TEXT, value: "GB200", name: true, list: { values: PROFILE_NAMES, errorMessage: `Choose one of ${PROFILE_NAMES.join(" ")}.` }, note: `GB200 NVL72, CoreWeave's current build (${FACTS} §Power per GPU); pick any profile of the table` },
        profiles,
        { type: "scalar", key: "PUE", label: "Power usage effectiveness (facility / IT power)", format: RATIO, value: 1.2, name: true, note: `liquid-cooled AI builds 1.05-1.25; 1.2 is the GW_TO_GPUS default (${FACTS} §Power per GPU)` },
        { type: "scalar", key: "WattsPerGigawatt", label: "Watts per gigawatt", format: WATTS_PER_GW, value: 1e9, note: `Definition: 1 GW = 1,000,000,000 W (${FACTS} §Definitions)` },
        { type: "scalar", key: "MWPerGW", label: "Megawatts per gigawatt", format: MW_PER_GW, value: 1000, note: `Definition: 1 GW = 1,000 MW (${FACTS} §Definitions)` },
        { type: "scalar", key: "GuardDigits", label: "GPU count rounding guard", format: DIGITS, value: 6, note: "Modelling choice: quotients are rounded to 6 decimals before INT so floating-point noise cannot drop a whole GPU" },
      ],
    },
    {
      role: "inputs",
      title: "Inputs: capex, revenue and cash flow",
      items: [
        { type: "scalar", key: "CapexPerMW", label: "Facility capex per MW (power, shell, cooling)", format: USD_PER_MW, value: 10e6, name: true, estimate: true, note: `calibrated with the GPU capex so that 2026's +0.85 GW costs about $30 B, the low end of FY2026 capex guidance $30-35 B (${FACTS} §Operations)` },
        { type: "scalar", key: "CapexPerGpu", label: "Capex per GPU (GPU, system, network)", format: USD_PER_GPU, value: 50_000, name: true, estimate: true, note: `see facility capex: calibrated to FY2026 capex guidance $30-35 B (${FACTS} §Operations)` },
        { type: "scalar", key: "PricePerGpuHour", label: "Price per GPU-hour", format: USD_PER_HOUR, value: 2.5, name: true, estimate: true, note: `assumption; FY2025 revenue about $5.13 B on about 0.85 GW (${FACTS} §Operations) implies roughly $1.7-2.5 per GPU-hour` },
        { type: "scalar", key: "HoursPerYear", label: "Hours per year", format: HOURS, value: 8760, note: `Definition: 365 days x 24 hours (${FACTS} §Definitions)` },
        { type: "scalar", key: "Utilization", label: "Utilization (hours sold / hours available)", format: PERCENT, value: 0.8, name: true, estimate: true, note: `assumption: no utilization is disclosed (${FACTS} §Estimates)` },
        { type: "scalar", key: "EbitdaMargin", label: "Operating cash flow margin (adjusted EBITDA)", format: PERCENT, value: 0.61, name: true, note: `Q3 2025 adjusted EBITDA margin 61 % (${FACTS} §Operations)` },
        { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 2, note: "Modelling choice: checks round differences to cents, so floating-point noise reads 0" },
      ],
    },
    {
      role: "calculations",
      title: "Calculations",
      items: [
        { type: "scalar", key: "ProfileRow", label: "Row of the chosen profile", format: COUNT, formula: "MATCH({Profile},{Profiles.Name@all},FALSE)" },
        { type: "scalar", key: "SystemWatts", label: "System power of the profile", format: { code: "#,##0", unit: "W" }, formula: "INDEX({Profiles.SystemWatts@all},{ProfileRow})", name: true },
        { type: "scalar", key: "GpusPerSystem", label: "GPUs per system", format: COUNT, formula: "INDEX({Profiles.GpusPerSystem@all},{ProfileRow})", name: true },
        { type: "scalar", key: "WattsPerGpu", label: "All-in IT watts per GPU (system watts / GPUs)", format: WATTS, formula: "{SystemWatts}/{GpusPerSystem}", name: true },
        { type: "scalar", key: "GpusBefore", label: "GPUs supported before the first year", format: GPUS, formula: gpusOf("{GigawattsBefore}"), name: true },
        { type: "timeline", key: "GigawattsAdded", label: "Facility power added", format: GW, first: "{Gigawatts}-{GigawattsBefore}", formula: "{Gigawatts}-{Gigawatts@prev}", name: true },
        { type: "timeline", key: "GPUs", label: "GPUs supported (whole GPUs)", format: GPUS, formula: gpusOf("{Gigawatts}"), name: true, bold: true },
        { type: "timeline", key: "GpusAdded", label: "GPUs added", format: GPUS, first: "{GPUs}-{GpusBefore}", formula: "{GPUs}-{GPUs@prev}", name: true },
        { type: "timeline", key: "FacilityCapex", label: "Facility capex", format: USD_M, formula: "{GigawattsAdded}*{MWPerGW}*{CapexPerMW}", name: true },
        { type: "timeline", key: "GpuCapex", label: "GPU capex", format: USD_M, formula: "{GpusAdded}*{CapexPerGpu}", name: true },
        { type: "timeline", key: "RevenueCapacity", label: "Revenue capacity (GPUs x hours x price x utilization)", format: USD_M, formula: "{GPUs}*{HoursPerYear}*{PricePerGpuHour}*{Utilization}", name: true },
        { type: "timeline", key: "OperatingCashFlow", label: "Operating cash flow (revenue capacity x margin)", format: USD_M, formula: "{RevenueCapacity}*{EbitdaMargin}", name: true },
      ],
    },
    {
      role: "outputs",
      title: "Outputs",
      items: [
        { type: "timeline", key: "Capex", label: "Capex", format: USD_M, formula: "{FacilityCapex}+{GpuCapex}", name: true },
        { type: "timeline", key: "FundingGap", label: "Funding gap (capex - operating cash flow): new money needed", format: USD_M, formula: "{Capex}-{OperatingCashFlow}", name: true },
        { type: "scalar", key: "GpusFinalYear", label: "GPUs supported in the final year", format: GPUS, formula: "{GPUs@last}", name: true },
        { type: "scalar", key: "TotalCapex", label: "Capex over the timeline", format: USD_M, formula: "SUM({Capex@all})", name: true },
        { type: "scalar", key: "TotalFundingGap", label: "Funding gap over the timeline", format: USD_M, formula: "SUM({FundingGap@all})", name: true },
      ],
    },
    {
      role: "checks",
      title: "Checks (each 0 when the model is consistent)",
      items: [
        { type: "scalar", key: "GpuRollCheck", label: "GPUs before + GPUs added = GPUs in the final year", format: CHECK, formula: "{GpusBefore}+SUM({GpusAdded@all})-{GPUs@last}", name: true },
        {
          type: "scalar",
          key: "CapexCheck",
          label: "Capex = power added x capex per MW + GPUs added x capex per GPU",
          format: CHECK,
          formula: "ROUND(SUM({Capex@all})-(SUM({GigawattsAdded@all})*{MWPerGW}*{CapexPerMW}+SUM({GpusAdded@all})*{CapexPerGpu}),{CheckDecimals})",
          name: true,
        },
        { type: "scalar", key: "MasterCheck", label: "Master check", format: CHECK, formula: "ABS({GpuRollCheck})+ABS({CapexCheck})", name: true, bold: true },
      ],
    },
  ],
  charts: [
    {
      type: "columnClustered",
      title: "GPUs and gigawatts online",
      categories: "Years",
      series: [
        { name: "GPUs", key: "GPUs" },
        { name: "Gigawatts", key: "Gigawatts", type: "lineMarkers", secondaryAxis: true },
      ],
      valueAxisTitle: "GPUs",
      secondaryValueAxisTitle: "GW",
    },
  ],
  reference: capacityReference,
  headlines: () => {
    const v = referenceAtDefaults(capacity);
    return [
      { key: "GpusFinalYear", en: "GPUs at 5 GW (2030)", fr: "GPU à 5 GW (2030)", value: v.GpusFinalYear as number, format: "count" },
      { key: "TotalCapex", en: "Capex 2025-2030", fr: "Investissements 2025-2030", value: v.TotalCapex as number, format: "usd" },
      { key: "TotalFundingGap", en: "Funding gap 2025-2030", fr: "Besoin de financement 2025-2030", value: v.TotalFundingGap as number, format: "usd" },
    ] satisfies Headline[];
  },
};

/**
 * The capacity model computed by src/core from the sheet's inputs: GPUs with
 * `gigawattsToGpus(GW, {systemWatts, gpusPerSystem}, PUE)` (exact decimals, the
 * GW_TO_GPUS contract), money in exact decimals.
 * Assumes WattsPerGigawatt = 1e9 and MWPerGW = 1000 (definitions).
 * @param input reads the model's inputs by key (`Gigawatts#i`, `Profile_GB200.SystemWatts`, ...)
 * @param years timeline length
 * @returns every named series (one number per year) and scalar; checks 0
 */
export function capacityReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const profile = text(input, "Profile");
  const row = PROFILE_NAMES.find((n) => text(input, `Profile_${n}.Name`) === profile);
  if (!row) throw new Error(`unknown profile ${profile}`);
  const power = { systemWatts: d(`Profile_${row}.SystemWatts`), gpusPerSystem: d(`Profile_${row}.GpusPerSystem`) };
  const pue = d("PUE");
  const gw = Array.from({ length: years }, (_, i) => d(`Gigawatts#${i}`));
  const gpus = gw.map((g) => gigawattsToGpus(g, power, pue));
  const gpusBefore = gigawattsToGpus(d("GigawattsBefore"), power, pue);
  const gwAdded = gw.map((g, i) => g.minus(i === 0 ? d("GigawattsBefore") : gw[i - 1]));
  const gpusAdded = gpus.map((g, i) => g.minus(i === 0 ? gpusBefore : gpus[i - 1]));
  const facilityCapex = gwAdded.map((g) => g.times(d("MWPerGW")).times(d("CapexPerMW")));
  const gpuCapex = gpusAdded.map((g) => g.times(d("CapexPerGpu")));
  const capex = facilityCapex.map((c, i) => c.plus(gpuCapex[i]));
  const revenue = gpus.map((g) => g.times(d("HoursPerYear")).times(d("PricePerGpuHour")).times(d("Utilization")));
  const ocf = revenue.map((r) => r.times(d("EbitdaMargin")));
  const gap = capex.map((c, i) => c.minus(ocf[i]));
  const n = (xs: Dec[]): number[] => xs.map((x) => x.toNumber());
  const sum = (xs: Dec[]): Dec => xs.reduce((a, b) => a.plus(b), new D(0));
  return {
    Years: Array.from({ length: years }, (_, i) => num(input, "FirstYear") + i * num(input, "PeriodLength")),
    FirstYear: num(input, "FirstYear"),
    Gigawatts: n(gw),
    GigawattsBefore: d("GigawattsBefore").toNumber(),
    PUE: pue.toNumber(),
    CapexPerMW: d("CapexPerMW").toNumber(),
    CapexPerGpu: d("CapexPerGpu").toNumber(),
    PricePerGpuHour: d("PricePerGpuHour").toNumber(),
    Utilization: d("Utilization").toNumber(),
    EbitdaMargin: d("EbitdaMargin").toNumber(),
    SystemWatts: power.systemWatts.toNumber(),
    GpusPerSystem: power.gpusPerSystem.toNumber(),
    WattsPerGpu: power.systemWatts.div(power.gpusPerSystem).toNumber(),
    GpusBefore: gpusBefore.toNumber(),
    GigawattsAdded: n(gwAdded),
    GPUs: n(gpus),
    GpusAdded: n(gpusAdded),
    FacilityCapex: n(facilityCapex),
    GpuCapex: n(gpuCapex),
    RevenueCapacity: n(revenue),
    OperatingCashFlow: n(ocf),
    Capex: n(capex),
    FundingGap: n(gap),
    GpusFinalYear: gpus[years - 1].toNumber(),
    TotalCapex: sum(capex).toNumber(),
    TotalFundingGap: sum(gap).toNumber(),
    GpuRollCheck: 0,
    CapexCheck: 0,
    MasterCheck: 0,
  };
}
