/**
 * AI-factory capacity (version 2): what CoreWeave's power build-out toward 5 GW
 * means in GPUs, revenue, EBITDA, capex (growth, facility and replacement),
 * maintenance capex and depreciation, FY2026-FY2035 from the Dec 31 2025 fleet.
 * Defaults: docs/sources.md §Operations, §Power per GPU, §Depreciation policy and
 * §Estimates; the economics, formula by formula, are in docs/models.md.
 *
 * GPU counts are whole GPUs exactly as GW_TO_GPUS counts them:
 * floor(GW x 1e9 x GPUs per system / (system watts x PUE)). The sheet keeps
 * system watts and GPUs per system apart (GB200 = 120,000 / 72 has no finite
 * decimal) and rounds the quotient to `GuardDigits` decimals before INT, so a
 * double quotient of 499,999.99999999994 counts as the exact 500,000. The guard
 * is exact whenever the true quotient is an integer or at least 10^-GuardDigits
 * from one, which holds for inputs typed with a few significant digits.
 */
import { headlinesAtDefaults } from "../headlinesAtDefaults";
import { yearTimelineSection } from "../yearTimeline";
import { secondaryLine, yearColumnChart } from "../yearChart";
import type { ModelTemplate } from "../../plan/template";
import { driverCalculations, outputs, timelineCalculations } from "./calculations";
import { checks } from "./checks";
import { capexInputs, powerInputs } from "./inputs";
import { capacityReference } from "./reference";

export { capacityReference } from "./reference";

/** The AI-factory capacity model. */
export const capacity: ModelTemplate = {
  id: "capacity",
  title: { en: "AI-factory capacity (5 GW by 2030)", fr: "Capacité des usines d'IA (5 GW en 2030)" },
  question: {
    en: "How many GPUs do 5 GW of AI factories hold, what do they earn, and what do they cost to build and to keep?",
    fr: "Combien de GPU tiennent dans 5 GW d'usines d'IA, que rapportent-ils, et combien coûtent-ils à construire et à renouveler ?",
  },
  sheetName: "Capacity",
  description:
    "Power online toward 5 GW in whole GPUs; revenue on the average fleet; capex for power and GPUs added and replaced; depreciation by vintage. FY2026-FY2035.",
  defaultYears: 10,
  sections: [
    yearTimelineSection("Year"),
    powerInputs,
    capexInputs,
    driverCalculations,
    timelineCalculations,
    outputs,
    checks,
  ],
  charts: [
    yearColumnChart(
      "GPUs and gigawatts online",
      [
        { name: "GPUs", key: "GPUs" },
        secondaryLine("Gigawatts", "Gigawatts"),
      ],
      "GPUs",
      "GW",
    ),
  ],
  reference: capacityReference,
  headlines: () =>
    headlinesAtDefaults(capacity, [
      { key: "GpusFinalYear", en: "GPUs at the end of FY2035", fr: "GPU fin 2035", format: "count" },
      { key: "RevenueFinalYear", en: "Revenue FY2035", fr: "Chiffre d'affaires 2035", format: "usd" },
      { key: "TotalCapex", en: "Capex FY2026-FY2035", fr: "Investissements 2026-2035", format: "usd" },
    ]),
};
