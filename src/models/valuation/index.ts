/**
 * CoreWeave valuation: what is CoreWeave worth per share against Nvidia's $87.20?
 * A DCF of unlevered free cash flow (capacity's EBITDA, depreciation and capex)
 * at a CAPM, market-weight WACC with mid-year discounting and a value-driver
 * terminal value; the bridge to equity value at Dec 31 2025; the value per fully
 * diluted share by the VALUE_PER_SHARE rule (options by the treasury stock method
 * and the December 2025 converts if converted, solved in closed form); a live
 * 5 x 5 grid over WACC and terminal growth. Defaults: docs/sources.md §Market
 * inputs, §Shares and dilutive securities, §December 2025 convertible notes,
 * §Balance sheet, §Debt and §Estimates; the economics: docs/models.md, valuation.
 */
import { headlinesAtDefaults } from "../headlinesAtDefaults";
import { yearTimelineSection } from "../yearTimeline";
import { yearColumnChart } from "../yearChart";
import type { ModelTemplate } from "../../plan/template";
import { capitalSection, flowSection, perShareSection, valueSection } from "./calculations";
import { checksSection, recomputeSection } from "./checks";
import { balanceSheetInputs, capitalInputs, operatingInputs } from "./inputs";
import { valuationReference } from "./reference";
import { equityGrid, sensitivityAxes, valueGrid } from "./sensitivity";

export { valuationReference } from "./reference";

/** The CoreWeave valuation model. */
export const valuation: ModelTemplate = {
  id: "valuation",
  title: { en: "CoreWeave valuation (DCF)", fr: "Valorisation de CoreWeave (DCF)" },
  question: {
    en: "What is CoreWeave worth per share, against the $87.20 Nvidia paid?",
    fr: "Combien vaut une action CoreWeave, face aux 87,20 $ payés par Nvidia ?",
  },
  sheetName: "Valuation",
  description:
    "DCF at Dec 31 2025 of capacity's cash flows: WACC (CAPM), mid-year factors, value-driver terminal value, equity value, value per diluted share against $87.20.",
  defaultYears: 10,
  sections: [
    yearTimelineSection("Fiscal year"),
    operatingInputs,
    balanceSheetInputs,
    capitalInputs,
    capitalSection,
    flowSection,
    valueSection,
    perShareSection,
    { role: "outputs", title: "Outputs: sensitivity to WACC and terminal growth", items: [sensitivityAxes, equityGrid, valueGrid] },
    recomputeSection,
    checksSection,
  ],
  charts: [
    yearColumnChart(
      "Unlevered free cash flow and its present value",
      [
        { name: "UFCF", key: "UFCF" },
        { name: "Present value", key: "PresentValue" },
      ],
      "$",
    ),
  ],
  reference: valuationReference,
  headlines: () =>
    headlinesAtDefaults(valuation, [
      { key: "WACC", en: "WACC", fr: "CMPC", format: "percent" },
      { key: "EnterpriseValue", en: "Enterprise value (DCF)", fr: "Valeur d'entreprise (DCF)", format: "usd" },
      { key: "MarketEnterpriseValue", en: "Market enterprise value", fr: "Valeur d'entreprise de marché", format: "usd" },
    ]),
};
