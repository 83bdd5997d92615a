/**
 * The valuation model's input sets for the recalculation suite (inputSets.ts):
 * the three scenarios, year-end discounting, no converts, each of the four
 * regimes of the value per share (options exercised or not, notes converted or
 * not), wider grid steps, and 1- and 30-year timelines. At capacity's default
 * rows the equity value is negative (the value per share is n.m.), so the sets
 * that exercise the regimes scale the capex row down (docs/models.md, valuation).
 * MidYear FALSE is written as 0: both engines read a boolean as that number.
 */
import { defaultInputs } from "../../src/models/defaults";
import { valuation } from "../../src/models/valuation";
import type { InputSet } from "./inputSets";

const DEFAULTS = defaultInputs(valuation);
const DEFAULT_YEARS = valuation.defaultYears ?? 0;

/** Every year of the capex row at `share` of its default (a longer timeline repeats the last year, as the layout does). */
export function capexAt(share: number, years = DEFAULT_YEARS): Record<string, number> {
  const at = (i: number): number => Number(DEFAULTS.get(`Capex#${Math.min(i, DEFAULT_YEARS - 1)}`));
  return Object.fromEntries(Array.from({ length: years }, (_, i) => [`Capex#${i}`, share * at(i)]));
}

export const VALUATION_SETS: InputSet[] = [
  { label: "defaults (base)", changes: {} },
  { label: "bull (some grid cells have positive equity)", changes: { Scenario: "bull" } },
  { label: "bear", changes: { Scenario: "bear" } },
  { label: "year-end discounting (MidYear FALSE)", changes: { MidYear: 0 } },
  { label: "capex halved: options exercised, notes stay debt", changes: capexAt(0.5) },
  { label: "no capex: options exercised and notes convert", changes: capexAt(0) },
  { label: "no capex, options out of the money at $300: notes convert only", changes: { ...capexAt(0), OptionStrike: 300 } },
  { label: "capex at 55 %, options out of the money at $150: neither dilutes", changes: { ...capexAt(0.55), OptionStrike: 150 } },
  { label: "no converts, capex halved, year-end flows", changes: { ...capexAt(0.5), ConvertPrincipal: 0, MidYear: 0 } },
  {
    label: "wider grid steps, dearer capital, RONIC 10 %, capex halved",
    changes: { ...capexAt(0.5), WaccStep: 0.02, GrowthStep: 0.01, RiskFreeRate: 0.05, PreTaxCostOfDebt: 0.12, Ronic: 0.1, TaxRate: 0.25, "Scen_base.Beta": 1.6 },
  },
  { label: "1-year timeline", changes: {}, years: 1 },
  { label: "30-year timeline, bull, capex halved", changes: { Scenario: "bull", ...capexAt(0.5, 30) }, years: 30 },
];
export default VALUATION_SETS;
