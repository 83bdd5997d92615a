/**
 * How much of Nvidia's money comes back to Nvidia? Nvidia's revenue and gross
 * profit from CoreWeave's GPU spend against the cash Nvidia puts into CoreWeave
 * (the $2 B of January 2026 and any other support), per year and cumulated; the
 * revenue and gross-profit multiples of that cash, the payback year, the
 * self-funded share and the value of Nvidia's stake. Defaults: docs/sources.md
 * §The deal, §Nvidia ties and margins and §Estimates; what the metrics mean and
 * do not mean (vendor financing against round-tripping): docs/models.md.
 */
import { headlinesAtDefaults } from "../headlinesAtDefaults";
import { yearTimelineSection } from "../yearTimeline";
import { secondaryLine, yearColumnChart } from "../yearChart";
import type { ModelTemplate } from "../../plan/template";
import { outputsSection, yearlySection } from "./calculations";
import { checksSection } from "./checks";
import { conventionInputs, linkInputs, nvidiaInputs } from "./inputs";
import { circularityReference } from "./reference";
import { sensitivityAxes, sensitivityGrid } from "./sensitivity";

export { circularityReference } from "./reference";

/** The Nvidia–CoreWeave circularity model. */
export const circularity: ModelTemplate = {
  id: "circularity",
  title: { en: "Nvidia–CoreWeave circularity", fr: "Circularité Nvidia–CoreWeave" },
  question: {
    en: "How many dollars of GPU sales does each dollar Nvidia puts into CoreWeave bring back to Nvidia?",
    fr: "Combien de dollars de ventes de GPU chaque dollar investi par Nvidia dans CoreWeave lui rapporte-t-il ?",
  },
  sheetName: "Circularity",
  description:
    "Nvidia's revenue and gross profit from CoreWeave's GPU spend against the cash Nvidia puts in, FY2026-FY2035: multiples, payback, stake value.",
  defaultYears: 10,
  sections: [
    yearTimelineSection("Year"),
    linkInputs,
    nvidiaInputs,
    conventionInputs,
    yearlySection,
    outputsSection([sensitivityAxes, sensitivityGrid]),
    checksSection,
  ],
  charts: [
    yearColumnChart(
      "Nvidia cash in against Nvidia revenue from CoreWeave",
      [
        { name: "Nvidia revenue from CoreWeave", key: "NvidiaRevenue" },
        { name: "Nvidia cash in", key: "NvidiaCashIn" },
        secondaryLine("Cumulative revenue", "CumulativeNvidiaRevenue"),
        secondaryLine("Cumulative cash in", "CumulativeCashIn"),
      ],
      "$ per year",
      "$ cumulative",
    ),
  ],
  reference: circularityReference,
  headlines: () =>
    headlinesAtDefaults(circularity, [
      { key: "RevenueMultiple", en: "Nvidia revenue per $ put in", fr: "Revenu de Nvidia par $ investi", format: "multiple" },
      { key: "FirstYearSelfFundedShare", en: "FY2026 self-funded share", fr: "Part autofinancée en 2026", format: "percent" },
      { key: "TotalNvidiaRevenue", en: "Nvidia revenue from CoreWeave, FY2026-FY2035", fr: "Revenu de Nvidia tiré de CoreWeave, 2026-2035", format: "usd" },
    ]),
};
