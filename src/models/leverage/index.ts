/**
 * CoreWeave leverage (version 2): can CoreWeave carry its debt through the 5 GW
 * build-out? Each facility rolled forward from its Dec 31 2025 balance, the year's
 * cash waterfall with new debt as the closed-form funding plug at a minimum cash
 * balance, cash taxes, CFADS, and interest coverage, DSCR and net leverage against
 * covenant levels. Operating cash flow is counted once. Defaults: docs/sources.md
 * §Debt, §Balance sheet, §Estimates; the economics: docs/models.md, leverage.
 */
import { headlinesAtDefaults } from "../headlinesAtDefaults";
import { yearTimelineSection } from "../yearTimeline";
import { secondaryLine, yearColumnChart } from "../yearChart";
import type { ModelTemplate } from "../../plan/template";
import { facilitySection, outputSection, sourcesUsesSection, waterfallSection } from "./calculations";
import { checksSection } from "./checks";
import { covenantInputs, debtInputs, operatingInputs } from "./inputs";
import { leverageReference } from "./reference";

export { leverageReference } from "./reference";

/** The CoreWeave leverage model. */
export const leverage: ModelTemplate = {
  id: "leverage",
  title: { en: "CoreWeave leverage", fr: "Endettement de CoreWeave" },
  question: {
    en: "Can CoreWeave carry its $21.4 B of debt, and the new debt the 5 GW build-out needs, and when would covenants bite?",
    fr: "CoreWeave peut-il porter ses 21,4 Md$ de dette, et la dette nouvelle qu'exige le plan de 5 GW, et quand les covenants seraient-ils franchis ?",
  },
  sheetName: "Leverage",
  description:
    "Facilities from Dec 31 2025; new debt tops cash up to a minimum; coverage, DSCR and net leverage against covenants. Debt excludes leases.",
  defaultYears: 10,
  sections: [
    // one column per period of PeriodLength years, not per year
    yearTimelineSection("Fiscal year", "{Years@prev}+{PeriodLength}"),
    operatingInputs,
    debtInputs,
    covenantInputs,
    facilitySection,
    waterfallSection,
    outputSection,
    sourcesUsesSection,
    checksSection,
  ],
  charts: [
    yearColumnChart(
      "Net leverage, interest coverage and DSCR",
      [
        { name: "Net leverage", key: "NetLeverage" },
        secondaryLine("Interest coverage", "InterestCoverage"),
        secondaryLine("DSCR", "DSCR"),
      ],
      "net leverage (x EBITDA)",
      "coverage (x)",
    ),
  ],
  reference: leverageReference,
  headlines: () =>
    headlinesAtDefaults(leverage, [
      { key: "PeakDebt", en: "Peak debt", fr: "Dette maximale", format: "usd" },
      { key: "MaxNetLeverage", en: "Highest net leverage", fr: "Levier net maximal", format: "multiple" },
      { key: "MinDSCR", en: "Lowest DSCR", fr: "DSCR minimal", format: "multiple" },
    ]),
};
