/**
 * The yearly rows of the capacity model (docs/models.md, capacity): from year-end
 * facility power to GPUs, revenue, capex by kind, replacement by vintage and
 * depreciation by vintage. Pure decimals; the model's reference() converts them.
 *
 * Conventions: GPUs are whole (exact floor); revenue earns on the average fleet of
 * the year; capex falls in the year power comes online; GPUs reaching the end of
 * their life are bought again (the opening fleet too); depreciation is straight-line
 * from the year of spend, a full year in that year.
 */
import { D, type Dec } from "./decimal";
import { gigawattsToGpus, type PowerPerGpu } from "./capacity";
import { checkDomains, checkWholeNumber } from "./domain";
import { InputError } from "./inputError";
import { checkRanges } from "./rangeRules";

/** The capacity model's inputs, with the active scenario and profile already resolved. */
export interface CapacityInput {
  /** first timeline year, e.g. 2026; opening balances are at Dec 31 of the year before */
  firstYear: number;
  /** facility power online at each year end, GW, >= 0; one per timeline year (1..100) */
  gigawatts: readonly Dec[];
  /** facility power online at Dec 31 of the year before, GW, >= 0 */
  gigawattsBefore: Dec;
  /** power per GPU of the profile, an exact fraction system watts / GPUs per system */
  power: PowerPerGpu;
  /** power usage effectiveness, >= 1 */
  pue: Dec;
  /** $ per GPU, >= 0 */
  capexPerGpu: Dec;
  /** $ per GPU-hour, >= 0 */
  pricePerGpuHour: Dec;
  /** share of hours sold, 0..1 */
  utilization: Dec;
  /** EBITDA / revenue, 0..1 */
  ebitdaMargin: Dec;
  /** hours in a year, > 0 and at most 8,784 (a leap year) */
  hoursPerYear: Dec;
  /** facility capex, $ per MW, >= 0 */
  capexPerMW: Dec;
  /** GPU useful life, whole years 1..50 */
  gpuLife: number;
  /** facility useful life, whole years 1..100 */
  facilityLife: number;
  /** depreciation of the assets in service at the opening date, $ per year, >= 0 */
  openingDepreciation: Dec;
  /** years it lasts, whole 0..100 */
  openingDepreciationYears: number;
  /** average whole years the opening fleet has been in service, 0 <= age < gpuLife */
  openingFleetAge: number;
}

/** One value per timeline year, in the units of CapacityInput ($, GPUs). */
export interface CapacityRows {
  years: number[];
  /** whole GPUs at the opening date */
  gpusBefore: Dec;
  gpus: Dec[];
  gpusInService: Dec[];
  revenue: Dec[];
  ebitda: Dec[];
  gpusAdded: Dec[];
  facilityCapex: Dec[];
  gpuCapex: Dec[];
  replacedGpus: Dec[];
  replacementCapex: Dec[];
  capex: Dec[];
  maintenanceCapex: Dec[];
  depreciation: Dec[];
}

const MW_PER_GW = 1000;
const MAX_HOURS = 8784;

function checkCapacityInput(a: CapacityInput): void {
  checkWholeNumber("FirstYear", a.firstYear, 1900, 9999);
  checkWholeNumber("timeline years", a.gigawatts.length, 1, 100);
  checkDomains([
    ...a.gigawatts.map((g) => ["Gigawatts", g, "nonNegative"] as const),
    ["GigawattsBefore", a.gigawattsBefore, "nonNegative"],
    ["CapexPerGpu", a.capexPerGpu, "nonNegative"],
    ["PricePerGpuHour", a.pricePerGpuHour, "nonNegative"],
    ["HoursPerYear", a.hoursPerYear, "positive"],
    ["CapexPerMW", a.capexPerMW, "nonNegative"],
    ["OpeningDepreciation", a.openingDepreciation, "nonNegative"],
  ]);
  if (a.hoursPerYear.gt(MAX_HOURS)) throw new InputError("value", `HoursPerYear must be at most ${MAX_HOURS}`);
  checkRanges([
    ["PUE", a.pue, "atLeastOne"],
    ["Utilization", a.utilization, "fraction"],
    ["EbitdaMargin", a.ebitdaMargin, "fraction"],
  ]);
  checkWholeNumber("GpuLife", a.gpuLife, 1, 50);
  checkWholeNumber("FacilityLife", a.facilityLife, 1, 100);
  checkWholeNumber("OpeningDepreciationYears", a.openingDepreciationYears, 0, 100);
  checkWholeNumber("OpeningFleetAge", a.openingFleetAge, 0, a.gpuLife - 1);
}

/**
 * GPUs bought again in each year: GpusAdded + ReplacedGpus of the year GpuLife
 * earlier (when in the timeline), plus the opening fleet in the year
 * FirstYear - 1 + GpuLife - OpeningFleetAge (index GpuLife - 1 - age), from where
 * the recursion replaces it again every GpuLife years.
 */
function replacements(added: readonly Dec[], gpusBefore: Dec, life: number, age: number): Dec[] {
  const replaced: Dec[] = [];
  for (let i = 0; i < added.length; i++) {
    let r = new D(0);
    if (i - life >= 0) r = r.plus(added[i - life] as Dec).plus(replaced[i - life] as Dec);
    if (i === life - 1 - age) r = r.plus(gpusBefore);
    replaced.push(r);
  }
  return replaced;
}

/**
 * Straight-line depreciation by vintage, full year in the year of spend.
 * @param spend amounts per year
 * @param life  whole years
 * @returns per year: the sum over vintages s <= t < s + life of spend[s] / life
 */
function straightLine(spend: readonly Dec[], life: number): Dec[] {
  return spend.map((_, t) => {
    let sum = new D(0);
    for (let s = Math.max(0, t - life + 1); s <= t; s++) sum = sum.plus(spend[s] as Dec);
    return sum.div(life);
  });
}

/**
 * The capacity model's yearly rows.
 * - GPUs = floor(GW x 1e9 x GPUs per system / (system watts x PUE)), exact;
 * - GpusInService = (previous year-end GPUs + this year's) / 2 (first year: GpusBefore);
 * - Revenue = GpusInService x HoursPerYear x PricePerGpuHour x Utilization; EBITDA = Revenue x EbitdaMargin;
 * - GpusAdded = max(0, GPUs - previous); FacilityCapex = max(0, GW - previous) x 1,000 x CapexPerMW;
 *   GpuCapex = GpusAdded x CapexPerGpu; ReplacementCapex = ReplacedGpus x CapexPerGpu;
 *   Capex = the three together;
 * - MaintenanceCapex = GpusInService x CapexPerGpu / GpuLife (a CFADS convention, not a cash flow);
 * - Depreciation = OpeningDepreciation in the first OpeningDepreciationYears years
 *   + (GpuCapex + ReplacementCapex) over GpuLife + FacilityCapex over FacilityLife, by vintage.
 * @param a the inputs (see CapacityInput for units and domains)
 * @returns one Dec per timeline year in every row
 * @throws InputError("value") when an input leaves its domain
 */
export function capacityRows(a: CapacityInput): CapacityRows {
  checkCapacityInput(a);
  const gpusOf = (gw: Dec) => gigawattsToGpus(gw, a.power, a.pue);
  const gpusBefore = gpusOf(a.gigawattsBefore);
  const gpus = a.gigawatts.map(gpusOf);
  const prevGpus = [gpusBefore, ...gpus.slice(0, -1)];
  const prevGw = [a.gigawattsBefore, ...a.gigawatts.slice(0, -1)];
  const gpusInService = gpus.map((g, i) => g.plus(prevGpus[i] as Dec).div(2));
  const revenue = gpusInService.map((g) => g.times(a.hoursPerYear).times(a.pricePerGpuHour).times(a.utilization));
  const gpusAdded = gpus.map((g, i) => D.max(0, g.minus(prevGpus[i] as Dec)));
  const facilityCapex = a.gigawatts.map((g, i) => D.max(0, g.minus(prevGw[i] as Dec)).times(MW_PER_GW).times(a.capexPerMW));
  const gpuCapex = gpusAdded.map((n) => n.times(a.capexPerGpu));
  const replacedGpus = replacements(gpusAdded, gpusBefore, a.gpuLife, a.openingFleetAge);
  const replacementCapex = replacedGpus.map((n) => n.times(a.capexPerGpu));
  const gpuSpend = gpuCapex.map((c, i) => c.plus(replacementCapex[i] as Dec));
  const gpuDep = straightLine(gpuSpend, a.gpuLife);
  const facilityDep = straightLine(facilityCapex, a.facilityLife);
  return {
    years: a.gigawatts.map((_, i) => a.firstYear + i),
    gpusBefore,
    gpus,
    gpusInService,
    revenue,
    ebitda: revenue.map((r) => r.times(a.ebitdaMargin)),
    gpusAdded,
    facilityCapex,
    gpuCapex,
    replacedGpus,
    replacementCapex,
    capex: gpuSpend.map((c, i) => c.plus(facilityCapex[i] as Dec)),
    maintenanceCapex: gpusInService.map((g) => g.times(a.capexPerGpu).div(a.gpuLife)),
    depreciation: gpuDep.map((g, i) =>
      g.plus(facilityDep[i] as Dec).plus(i < a.openingDepreciationYears ? a.openingDepreciation : 0),
    ),
  };
}
