/**
 * Nvidia–CoreWeave dilution (version 2): what does Nvidia's $2 B primary purchase
 * of Class A shares at $87.20 do to its economic, voting and fully diluted stake,
 * and what does the discount to market transfer to it? Defaults: docs/sources.md
 * §The deal, §Shares and dilutive securities, §December 2025 convertible notes and
 * §Estimates; the economics are written out in docs/models.md.
 */
import { headlinesAtDefaults } from "../headlinesAtDefaults";
import type { ModelTemplate } from "../../plan/template";
import { capShares, capStakes, capVotes } from "./capTable";
import { checksSection } from "./checks";
import { inputsSection } from "./inputs";
import { outputsSection } from "./outputs";
import { dilutionReference } from "./reference";
import { sensitivityAxes, sensitivityGrid } from "./sensitivity";

export { dilutionReference } from "./reference";

/** The Nvidia–CoreWeave dilution model. */
export const dilution: ModelTemplate = {
  id: "dilution",
  title: { en: "Nvidia–CoreWeave dilution", fr: "Dilution Nvidia–CoreWeave" },
  question: {
    en: "What stake and votes does Nvidia's $2 B share purchase give it, and how much are the others diluted?",
    fr: "Quelle part du capital et des votes l'achat d'actions de 2 Md$ donne-t-il à Nvidia, et quelle dilution pour les autres ?",
  },
  sheetName: "Dilution",
  description:
    "Nvidia buys new Class A shares (January 2026): cap table, economic, voting and fully diluted stakes, and the value of the discount.",
  sections: [
    inputsSection,
    outputsSection,
    {
      role: "calculations",
      title: "Calculations: cap table by holder and sensitivity",
      items: [capShares, capVotes, capStakes, { type: "heading", label: "Sensitivity" }, sensitivityAxes, sensitivityGrid],
    },
    checksSection,
  ],
  charts: [
    {
      type: "columnClustered",
      title: "Ownership before and after the deal",
      categories: "CapStake.label",
      series: [
        { name: "Economic before", key: "CapStake.EconBefore" },
        { name: "Economic after", key: "CapStake.EconAfter" },
        { name: "Voting before", key: "CapStake.VotingBefore" },
        { name: "Voting after", key: "CapStake.VotingAfter" },
      ],
      valueAxisTitle: "share of total",
    },
  ],
  reference: (input) => dilutionReference(input),
  headlines: () =>
    headlinesAtDefaults(dilution, [
      { key: "InvestorStakeAfter", en: "Nvidia stake after", fr: "Part de Nvidia après", format: "percent" },
      { key: "VotingStakeAfter", en: "Nvidia votes after", fr: "Droits de vote de Nvidia après", format: "percent" },
      { key: "NewShares", en: "New shares", fr: "Actions nouvelles", format: "shares" },
    ]),
};
