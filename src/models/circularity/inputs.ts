/**
 * The circularity model's inputs: the links (CoreWeave's GPU spend from the
 * capacity model, Nvidia's investment and shares from the dilution model, the
 * price its stake is valued at), Nvidia's content share, gross margin and other
 * support, and the grid and check conventions. Linked inputs hold their source
 * model's default outputs, computed at module load by src/core, so a model that
 * inserts alone starts where the deal workbook would.
 */
import { capacity } from "../capacity";
import { dilution } from "../dilution";
import { referenceAtDefaults } from "../defaults";
import { DIGITS, PERCENT, SHARES, USD_M, USD_PER_SHARE, YEAR } from "../formats";
import type { InputBounds, TemplateSection } from "../../plan/template";

/** Where every default is sourced; notes cite it by section. */
const FACTS = "docs/sources.md";
const AT_LEAST_0: InputBounds = { type: "decimal", min: 0 };
const FRACTION: InputBounds = { type: "decimal", min: 0, max: 1 };

/**
 * A number the source model computes at its defaults.
 * @throws Error when the source model does not compute it (a renamed output)
 */
function scalarOf(values: Record<string, number | number[]>, key: string): number {
  const v = values[key];
  if (typeof v !== "number") throw new Error(`circularity: the source model computes no scalar ${key}`);
  return v;
}

/**
 * CoreWeave's GPU spend at the capacity model's defaults: GPUs added plus GPUs
 * replaced, at capex per GPU (`GpuCapex + ReplacementCapex`, facility capex excluded).
 * @throws Error when capacity does not compute both rows over the same timeline
 */
function capacityGpuSpend(): number[] {
  const v = referenceAtDefaults(capacity);
  const [growth, replacement] = [v.GpuCapex, v.ReplacementCapex];
  if (!Array.isArray(growth) || !Array.isArray(replacement) || growth.length !== replacement.length) {
    throw new Error("circularity: capacity computes no GpuCapex and ReplacementCapex rows of one length");
  }
  return growth.map((g, i) => g + replacement[i]);
}

const DILUTION = referenceAtDefaults(dilution);
const DILUTION_INPUTS = new Map(
  dilution.sections.flatMap((s) => s.items).flatMap((i) => (i.type === "scalar" && typeof i.value === "number" ? [[i.key, i.value] as const] : [])),
);
/** The dilution model's default input `key`. */
function dilutionInput(key: string): number {
  const v = DILUTION_INPUTS.get(key);
  if (v === undefined) throw new Error(`circularity: the dilution model has no numeric input ${key}`);
  return v;
}

/** The defaults of the linked inputs (exported for the tests). */
export const LINKED_DEFAULTS = {
  GpuSpend: capacityGpuSpend(),
  NvidiaEquityInvested: [dilutionInput("Investment"), 0],
  InvestorSharesAfter: scalarOf(DILUTION, "InvestorSharesAfter"),
  StakePrice: dilutionInput("MarketPrice"),
} as const;

/** The links: CoreWeave's GPU spend, Nvidia's investment, its shares and their price. */
export const linkInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: GPU spend and Nvidia's investment (links)",
  items: [
    { type: "scalar", key: "FirstYear", label: "First year modelled", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `Modelling choice: FY2026, the year of the deal (${FACTS} §The deal)` },
    {
      type: "timeline",
      key: "GpuSpend",
      label: "CoreWeave's GPU spend (GPUs added + replaced)",
      format: USD_M,
      values: LINKED_DEFAULTS.GpuSpend,
      name: true,
      estimate: true,
      bounds: AT_LEAST_0,
      note: `capacity's GPU + replacement capex: ${FACTS} §Estimates`,
    },
    {
      type: "timeline",
      key: "NvidiaEquityInvested",
      label: "Nvidia's equity investment in CoreWeave",
      format: USD_M,
      values: LINKED_DEFAULTS.NvidiaEquityInvested,
      name: true,
      bounds: AT_LEAST_0,
      note: `$2.0 B in Jan 2026, none after: ${FACTS} §The deal`,
    },
    {
      type: "scalar",
      key: "InvestorSharesAfter",
      label: "Nvidia's CoreWeave shares after the deal",
      format: SHARES,
      value: LINKED_DEFAULTS.InvestorSharesAfter,
      name: true,
      bounds: AT_LEAST_0,
      note: `24,280,000 held + $2.0 B / $87.20 (dilution's output): ${FACTS} §The deal`,
    },
    {
      type: "scalar",
      key: "StakePrice",
      label: "Price the stake is valued at",
      // right-aligned: in the deal workbook it reads valuation's value per share, which may be the text n.m.
      format: { ...USD_PER_SHARE, align: "Right" },
      value: LINKED_DEFAULTS.StakePrice,
      name: true,
      bounds: AT_LEAST_0,
      note: `close on Jan 23 2026 (valuation's value per share in the deal workbook): ${FACTS} §The deal`,
    },
  ],
};

/** Nvidia's side: content share, gross margin, other support, and a memo of its purchases. */
export const nvidiaInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: Nvidia's content, margin and support",
  items: [
    {
      type: "scalar",
      key: "NvidiaContentShare",
      label: "Share of GPU spend paid to Nvidia",
      format: PERCENT,
      value: 0.64,
      name: true,
      estimate: true,
      bounds: FRACTION,
      note: `of a GB200 NVL72 rack: 54-73 %, a price cross-check 60-80 %: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "NvidiaGrossMargin", label: "Nvidia's gross margin", format: PERCENT, value: 0.711, name: true, bounds: FRACTION, note: `FY2026 (to Jan 25 2026), GAAP: ${FACTS} §Nvidia ties and margins` },
    {
      type: "timeline",
      key: "NvidiaOtherSupport",
      label: "Other Nvidia support paid to CoreWeave",
      format: USD_M,
      values: [0],
      name: true,
      bounds: AT_LEAST_0,
      note: `$6.3 B backstop to 2032, contingent: ${FACTS} §Nvidia ties and margins`,
    },
    {
      type: "scalar",
      key: "NvidiaShareOfCoreWeaveRevenue",
      label: "Memo: Nvidia's share of CoreWeave's revenue (FY2024)",
      format: PERCENT,
      value: 0.15,
      name: true,
      bounds: FRACTION,
      note: `2024, second customer after Microsoft; not modelled: ${FACTS} §Nvidia ties and margins`,
    },
  ],
};

/** The sensitivity grid's axes and the check rounding. */
export const conventionInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: sensitivity grid and checks",
  items: [
    { type: "scalar", key: "ContentShareStep", label: "Grid: content share step", format: PERCENT, value: 0.1, name: true, bounds: FRACTION, note: "Modelling choice: grid rows = share +/- 1 and 2 steps" },
    { type: "scalar", key: "GridShareMin", label: "Grid: lowest content share shown", format: PERCENT, value: 0, name: true, bounds: FRACTION, note: "Modelling choice: grid shares clipped to this floor" },
    { type: "scalar", key: "GridShareMax", label: "Grid: highest content share shown", format: PERCENT, value: 1, name: true, bounds: FRACTION, note: "Modelling choice: grid shares clipped to this cap" },
    { type: "scalar", key: "SpendScaleCentre", label: "Grid: GPU spend scale at the centre", format: PERCENT, value: 1, name: true, bounds: AT_LEAST_0, note: "Modelling choice: centre column = the spend row as it stands" },
    { type: "scalar", key: "GridScaleMin", label: "Grid: lowest GPU spend scale shown", format: PERCENT, value: 0, name: true, bounds: AT_LEAST_0, note: "Modelling choice: grid spend scales floored here" },
    { type: "scalar", key: "SpendScaleStep", label: "Grid: GPU spend scale step", format: PERCENT, value: 0.2, name: true, bounds: AT_LEAST_0, note: "Modelling choice: grid columns = scale +/- 1 and 2 steps" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 2, bounds: { type: "whole", min: 0, max: 10 }, note: "Modelling choice: checks round to cents, so float noise reads 0" },
  ],
};
