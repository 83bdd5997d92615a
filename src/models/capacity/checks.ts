/**
 * The capacity model's checks (docs/models.md, "Checks that can fail"): each
 * roll-forward recomputed from its flows in a form other than the rows' own, so
 * a calculated cell typed over with a number is caught; one count per family of
 * input rules; a count of formula cells in error; the master check.
 *
 * The master check is IF(ErrorCount, ErrorCount, sum of |checks|): an unknown
 * scenario or profile turns dozens of cells into #N/A, and the master check then
 * shows how many (non-zero) instead of an error of its own, while ListCheck
 * names the cause.
 */
import { CHECK, USD_M } from "../formats";
import { countBelow0, countNonNumbers, countOutside01, roundCheck } from "../checkFormulas";
import { checkScalar, countScalar } from "../checkItems";
import type { TemplateSection } from "../../plan/template";
import { gpusOf } from "./calculations";
import { PROFILE_NAMES } from "./inputs";

/** Σ over vintages of spend x min(life, years it depreciates within the timeline) / life. */
function depreciationOverTimeline(spend: string, life: string): string {
  const within = `({YearsAfter@all}<{${life}})`;
  return (
    `(SUMPRODUCT(({YearsAfter@all}>={${life}})*${spend})*{${life}}` +
    `+SUMPRODUCT(${within}*{YearsAfter@all}*${spend})+SUMPRODUCT(${within}*${spend}))/{${life}}`
  );
}

const abs = (key: string): string => `ABS({${key}})`;

/** Checks whose cells may be #N/A when an input is bad (counted by ErrorCount). */
const RECOMPUTED = ["DriverCheck", "GpusBeforeCheck", "GpuRollCheck", "GpusInServiceCheck", "ReplacementCheck", "RevenueCheck", "CapexCheck", "DepreciationCheck", "OutputCheck"];
const DOMAIN = ["ListCheck", "PowerPathCheck", "ShareCheck", "NonNegativeCheck", "PhysicsCheck", "YearsCheck", "NumberInputCheck"];

/** An active driver against its table looked up another way (SUMIF on the label, not INDEX/MATCH): equal to the last bit when untouched. */
const driverTies = (driver: string, table: string, column: string, label: string): string => `ABS({${driver}}-SUMIF({${table}.label@all},{${label}},{${table}.${column}@all}))`;
const DRIVERS = [
  driverTies("Utilization", "Scen", "Utilization", "Scenario"),
  driverTies("PriceFactor", "Scen", "PriceFactor", "Scenario"),
  driverTies("EbitdaMargin", "Scen", "EbitdaMargin", "Scenario"),
  driverTies("SystemWatts", "Profiles", "SystemWatts", "Profile"),
  driverTies("GpusPerSystem", "Profiles", "GpusPerSystem", "Profile"),
  driverTies("CapexPerGpu", "Profiles", "CapexPerGpu", "Profile"),
  "ABS({PricePerGpuHour}-SUMIF({Profiles.label@all},{Profile},{Profiles.PricePerGpuHour@all})*SUMIF({Scen.label@all},{Scenario},{Scen.PriceFactor@all}))",
  "ABS({WattsPerGpu}-SUMIF({Profiles.label@all},{Profile},{Profiles.SystemWatts@all})/SUMIF({Profiles.label@all},{Profile},{Profiles.GpusPerSystem@all}))",
];
/** Number inputs that hold text or nothing (an inactive scenario or profile row included, which no formula reads until it is chosen). */
const NUMERIC_INPUT_RANGES = ["Scen.Utilization", "Scen.PriceFactor", "Scen.EbitdaMargin", "Profiles.SystemWatts", "Profiles.GpusPerSystem", "Profiles.CapexPerGpu", "Profiles.PricePerGpuHour", "Gigawatts"];
const NUMERIC_INPUT_CELLS = [
  "FirstYear", "GigawattsBefore", "PUE", "WattsPerGigawatt", "MWPerGW", "GuardDigits", "CapexPerMW", "HoursPerYear",
  "GpuLife", "FacilityLife", "OpeningDepreciation", "OpeningDepreciationYears", "OpeningFleetAge", "CheckDecimals",
];
/** Scalar calculations and outputs whose errors the error count includes (timeline rows are counted by group). */
const SCALARS = [
  "ScenarioRow", "Utilization", "PriceFactor", "EbitdaMargin", "ProfileRow", "SystemWatts", "GpusPerSystem", "WattsPerGpu", "CapexPerGpu", "PricePerGpuHour",
  "GpusBefore", "GpusFinalYear", "RevenueFinalYear", "TotalCapex", "DepreciationRecomputed", ...RECOMPUTED, ...DOMAIN,
];

/** The checks section; its last scalar is the master check. */
export const checks: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent)",
  items: [
    { type: "heading", label: "Recomputed from the flows (typed-over cells show here)" },
    checkScalar("DriverCheck", "Active scenario and profile drivers - their table rows", DRIVERS.join("+")),
    {
      type: "timeline",
      key: "GpuCountCheck",
      label: "GPUs: the row - a recount from power, by year",
      format: CHECK,
      formula: `{GPUs}-${gpusOf("{Gigawatts}")}`,
      name: true,
    },
    checkScalar("GpusBeforeCheck", "GPUs at Dec 31 2025 - a recount from power", `{GpusBefore}-${gpusOf("{GigawattsBefore}")}`),
    checkScalar("GpuRollCheck", "GPU roll-forward: GPUs before + added - GPUs last year", "{GpusBefore}+SUM({GpusAdded@all})-{GPUs@last}"),
    checkScalar("GpusInServiceCheck", "GPUs in service: sum - sum of average year ends", "SUM({GpusInService@all})-(SUM({GPUs@all})-{GPUs@last}+AVERAGE({GpusBefore},{GPUs@last}))"),
    checkScalar(
      "ReplacementCheck",
      "GPUs replaced: sum - lives ending inside the timeline",
      "SUM({ReplacedGpus@all})-SUMPRODUCT({GpusAdded@all}*{LivesLeft@all})-INT(({YearNumber@last}+{OpeningFleetAge})/{GpuLife})*{GpusBefore}",
    ),
    checkScalar(
      "RevenueCheck",
      "Revenue and EBITDA: sums - totals recomputed",
      `ABS(${roundCheck("SUM({Revenue@all})-SUM({GpusInService@all})*{HoursPerYear}*{PricePerGpuHour}*{Utilization}")})+ABS(${roundCheck("SUM({EBITDA@all})-SUM({Revenue@all})*{EbitdaMargin}")})`,
    ),
    checkScalar(
      "CapexCheck",
      "Capex and maintenance capex: sums - recomputed",
      `ABS(${roundCheck("SUM({Capex@all})-(SUMIF({GigawattsAdded@all},\">0\")*{MWPerGW}*{CapexPerMW}+(SUM({GpusAdded@all})+SUM({ReplacedGpus@all}))*{CapexPerGpu})")})` +
        `+ABS(${roundCheck("SUM({MaintenanceCapex@all})-SUM({GpusInService@all})*{CapexPerGpu}/{GpuLife}")})`,
    ),
    {
      type: "scalar",
      key: "DepreciationRecomputed",
      label: "Depreciation over the timeline, vintage by vintage",
      format: USD_M,
      formula:
        "MIN({OpeningDepreciationYears},{YearNumber@last})*{OpeningDepreciation}+" +
        depreciationOverTimeline("({GpuCapex@all}+{ReplacementCapex@all})", "GpuLife") +
        "+" +
        depreciationOverTimeline("{FacilityCapex@all}", "FacilityLife"),
    },
    checkScalar("DepreciationCheck", "Depreciation: sum of the row - vintage by vintage", roundCheck("SUM({Depreciation@all})-{DepreciationRecomputed}")),
    checkScalar(
      "OutputCheck",
      "Last-year GPUs and revenue, total capex, GPUs bought, year counters - recomputed",
      `ABS({GpusFinalYear}-${gpusOf("{Gigawatts@last}")})+ABS(${roundCheck("{RevenueFinalYear}-{GpusInService@last}*{HoursPerYear}*{PricePerGpuHour}*{Utilization}")})` +
        `+ABS(${roundCheck("{TotalCapex}-SUMIF({GigawattsAdded@all},\">0\")*{MWPerGW}*{CapexPerMW}-(SUM({GpusAdded@all})+SUM({ReplacedGpus@all}))*{CapexPerGpu}")})` +
        "+ABS(SUM({GpusBought@all})-SUM({GpusAdded@all})-SUM({ReplacedGpus@all}))" +
        // the helper rows: YearNumber runs 1..N evenly, YearNumber + YearsAfter = N every year
        "+ABS({YearNumber@first}-COLUMNS({Years@first}))+ABS({YearNumber@last}-COLUMNS({Years@all}))" +
        "+ABS(SUM({YearNumber@all})-COLUMNS({Years@all})*AVERAGE({YearNumber@first},{YearNumber@last}))" +
        "+ABS(SUM({YearNumber@all})+SUM({YearsAfter@all})-COLUMNS({Years@all})*COLUMNS({Years@all}))",
    ),
    { type: "heading", label: "Inputs outside their domain (count of cells)" },
    countScalar("ListCheck", "Scenario or profile not in its table", "NOT(COUNTIF({Scen.label@all},{Scenario}))+NOT(COUNTIF({Profiles.label@all},{Profile}))"),
    countScalar("PowerPathCheck", "Power online below 0 or falling", countBelow0("Gigawatts@all", "GigawattsBefore", "GigawattsAdded@all")),
    countScalar(
      "ShareCheck",
      "Utilization or EBITDA margin outside 0-100 %",
      countOutside01("Scen.Utilization@all", "Scen.EbitdaMargin@all"),
    ),
    countScalar(
      "NonNegativeCheck",
      "Price factor, prices, capex or depreciation below 0",
      countBelow0("Scen.PriceFactor@all", "Profiles.CapexPerGpu@all", "Profiles.PricePerGpuHour@all", "CapexPerMW", "OpeningDepreciation"),
    ),
    countScalar(
      "PhysicsCheck",
      "PUE below 1, power or GPUs per system, hours, units",
      'COUNTIF({PUE},"<1")+COUNTIF({Profiles.SystemWatts@all},"<=0")+COUNTIF({Profiles.GpusPerSystem@all},"<1")+' +
        PROFILE_NAMES.map((n) => `(INT({Profile_${n}.GpusPerSystem})<>{Profile_${n}.GpusPerSystem})`).join("+") +
        '+COUNTIF({HoursPerYear},"<=0")+COUNTIF({HoursPerYear},">8784")+COUNTIF({WattsPerGigawatt},"<>1000000000")+COUNTIF({MWPerGW},"<>1000")',
    ),
    countScalar(
      "YearsCheck",
      "Years, lives and age not whole or out of range",
      '(INT({FirstYear})<>{FirstYear})+COUNTIF({FirstYear},"<1900")+COUNTIF({FirstYear},">9999")' +
        '+(INT({GpuLife})<>{GpuLife})+COUNTIF({GpuLife},"<1")+COUNTIF({GpuLife},">50")' +
        '+(INT({FacilityLife})<>{FacilityLife})+COUNTIF({FacilityLife},"<1")+COUNTIF({FacilityLife},">100")' +
        '+(INT({OpeningDepreciationYears})<>{OpeningDepreciationYears})+COUNTIF({OpeningDepreciationYears},"<0")+COUNTIF({OpeningDepreciationYears},">100")' +
        '+(INT({OpeningFleetAge})<>{OpeningFleetAge})+COUNTIF({OpeningFleetAge},"<0")+({OpeningFleetAge}>={GpuLife})' +
        '+(INT({GuardDigits})<>{GuardDigits})+COUNTIF({GuardDigits},"<0")+COUNTIF({GuardDigits},">15")' +
        '+(INT({CheckDecimals})<>{CheckDecimals})+COUNTIF({CheckDecimals},"<0")+COUNTIF({CheckDecimals},">10")',
    ),
    countScalar(
      "NumberInputCheck",
      "Number inputs holding text or nothing",
      [...NUMERIC_INPUT_RANGES.map((k) => `ROWS({${k}@all})*COLUMNS({${k}@all})-COUNT({${k}@all})`), ...NUMERIC_INPUT_CELLS.map((k) => `NOT(ISNUMBER({${k}}))`)].join("+"),
    ),
    countScalar(
      "ErrorCount",
      "Formula cells in error",
      `${["Years", "Calc", "Out", "GpuCountCheck"].map(countNonNumbers).join("+")}+${SCALARS.map((k) => `ISERROR({${k}})`).join("+")}`,
    ),
    {
      ...checkScalar("MasterCheck", "Master check", `IF({ErrorCount},{ErrorCount},SUMIF({GpuCountCheck@all},">0")-SUMIF({GpuCountCheck@all},"<0")+${[...RECOMPUTED, ...DOMAIN].map(abs).join("+")})`),
      bold: true,
    },
  ],
};
