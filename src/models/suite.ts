/**
 * The CoreWeave deal workbook: which sheets, which of their inputs link to which
 * names of another sheet, and what the Summary shows of each. Adding a sheet is
 * ONE entry of SHEETS: its template, the links into its inputs, its headlines.
 * Every sheet with a `Scenario` or `FirstYear` input links it to the Summary's.
 *
 * The links are docs/models.md, "The suite". A link from a sheet that is not in
 * SHEETS (a model still being built) is skipped and listed in
 * `DEAL_SUITE_SKIPPED`; a link to or from a declared sheet whose name does not
 * exist throws when this module loads (the suite tests load it).
 */
import { capacity } from "./capacity";
import { circularity } from "./circularity";
import { dilution } from "./dilution";
import { COUNT, GPUS, MULTIPLE, PERCENT, PERCENT2, USD_M, USD_PER_SHARE, YEAR } from "./formats";
import { leverage } from "./leverage";
import { summaryTemplate, SUMMARY_ID, SUMMARY_LINKED_INPUTS } from "./summary";
import { valuation } from "./valuation";
import { itemKinds, type SuiteHeadline, type SuiteLink, type SuiteReader, type SuiteSheet, type SuiteSource, type SuiteTemplate } from "../plan/suite";
import type { Format, ModelTemplate } from "../plan/template";

/** One sheet of the suite as declared: the template, the links into it by input key, its headlines. */
export interface SuiteEntry {
  template: ModelTemplate;
  links?: Record<string, SuiteSource | { from: SuiteSource; firstYearOnly: true }>;
  headlines?: SuiteHeadline[];
}

/** A scalar reference value; throws for a row (a headline reads one cell). */
function scalarOf(v: number | number[]): number {
  if (Array.isArray(v)) throw new Error("suite: a headline reads a timeline row as one cell");
  return v;
}

/** The value of row `name` of `sheet` in the Summary's headline year (NaN when the timeline lacks it). */
function yearOf(r: SuiteReader, sheet: string, name: string): number {
  const years = r(sheet, "Years") as number[];
  const i = years.indexOf(scalarOf(r(SUMMARY_ID, "GpuYear")));
  return i < 0 ? Number.NaN : (r(sheet, name) as number[])[i];
}

/** A headline that shows the output `key` of `sheet` as it is. */
const mirror = (sheet: string, key: string, label: string, format: Format): SuiteHeadline => ({ key, label, format, formula: `{${sheet}!${key}}`, reference: (r) => scalarOf(r(sheet, key)) });

/** The sum of `names` of the sheet `sheet`. */
const from = (sheet: string, ...names: string[]): SuiteSource => ({ sheet, names });
const sameNames = (sheet: string, names: readonly string[]): Record<string, SuiteSource> => Object.fromEntries(names.map((n) => [n, from(sheet, n)]));

/** The sheets after the Summary, in workbook order. */
export const SHEETS: readonly SuiteEntry[] = [
  {
    template: capacity,
    headlines: [
      {
        key: "GpusInGpuYear",
        label: "GPUs at the end of the headline year",
        format: GPUS,
        // SUMIF, not INDEX: Gnumeric cannot INDEX a one-year row; n.m. when the year is not in the timeline
        formula: 'IF(COUNTIF({capacity!Years},{GpuYear}),SUMIF({capacity!Years},{GpuYear},{capacity!GPUs}),"n.m.")',
        reference: (r) => yearOf(r, "capacity", "GPUs"),
      },
    ],
  },
  {
    template: leverage,
    links: { ...sameNames("capacity", ["Revenue", "EBITDA", "Capex", "MaintenanceCapex", "Depreciation"]), EquityRaised: { from: from("dilution", "Investment"), firstYearOnly: true } },
    headlines: [
      mirror("leverage", "PeakDebt", "Peak debt", USD_M),
      mirror("leverage", "MinDSCR", "Lowest DSCR", MULTIPLE),
      mirror("leverage", "CovenantBreaches", "Covenant breaches (covenant-years)", COUNT),
    ],
  },
  {
    template: valuation,
    links: {
      ...sameNames("capacity", ["EBITDA", "Depreciation", "Capex"]),
      DebtAtValuation: from("leverage", "TotalDebtReported"),
      CashAtValuation: from("leverage", "OpeningCash"),
      TaxRate: from("leverage", "TaxRate"),
      BasicShares: from("dilution", "ClassAShares", "ClassBShares"),
      SharePrice: from("dilution", "MarketPrice"),
      DealPrice: from("dilution", "PricePerShare"),
      ...sameNames("dilution", ["Options", "OptionStrike", "Rsus", "ConvertPrincipal", "ConversionPrice"]),
    },
    headlines: [
      // the value per share is n.m. when the equity is worth nothing: the equity value says by how much
      mirror("valuation", "EquityValue", "Equity value (per share n.m. when below 0)", USD_M),
      mirror("valuation", "ValuePerShare", "Value per share (fully diluted)", USD_PER_SHARE),
      mirror("valuation", "DealPrice", "Deal price of Nvidia's new shares", USD_PER_SHARE),
      mirror("valuation", "UpsideToDealPrice", "Upside to the deal price", PERCENT),
    ],
  },
  {
    template: dilution,
    headlines: [
      mirror("dilution", "ValueTransfer", "Value transfer to Nvidia (new shares x discount)", USD_M),
      mirror("dilution", "InvestorStakeAfterDiluted", "Nvidia's fully diluted stake after the deal", PERCENT2),
    ],
  },
  {
    template: circularity,
    links: {
      GpuSpend: from("capacity", "GpuCapex", "ReplacementCapex"),
      NvidiaEquityInvested: { from: from("dilution", "Investment"), firstYearOnly: true },
      InvestorSharesAfter: from("dilution", "InvestorSharesAfter"),
      StakePrice: from("valuation", "ValuePerShare"),
    },
    headlines: [
      mirror("circularity", "RevenueMultiple", "Nvidia revenue from CoreWeave / Nvidia cash in", MULTIPLE),
      mirror("circularity", "FirstYearSelfFundedShare", "First-year self-funded share (cash in / Nvidia revenue)", PERCENT),
      mirror("circularity", "PaybackYear", "Payback year of Nvidia's cash in", YEAR),
    ],
  },
];

/** Links every entry receives from the Summary, for the inputs it has. */
function summaryLinks(template: ModelTemplate): SuiteLink[] {
  const kinds = itemKinds(template, "inputs");
  return SUMMARY_LINKED_INPUTS.filter((k) => kinds.has(k)).map((k) => ({ input: k, from: from(SUMMARY_ID, k) }));
}

/** The entry's own links as SuiteLinks. */
function entryLinks(e: SuiteEntry): SuiteLink[] {
  return Object.entries(e.links ?? {}).map(([input, l]) => ("firstYearOnly" in l ? { input, from: l.from, firstYearOnly: true } : { input, from: l }));
}

/**
 * The suite from its entries: the Summary first, links validated.
 * @param entries the sheets after the Summary
 * @returns the suite and the links skipped because their source sheet is not declared
 * @throws Error when two entries share an id, or a link names an input or a source
 *         name that its (declared) sheet does not have, or reads a row into a scalar
 */
export function buildSuite(entries: readonly SuiteEntry[]): { suite: SuiteTemplate; skipped: string[] } {
  const ids = new Set<string>([SUMMARY_ID]);
  for (const e of entries) {
    if (ids.has(e.template.id)) throw new Error(`suite: sheet ${e.template.id} declared twice`);
    ids.add(e.template.id);
  }
  const skipped: string[] = [];
  const sheets: SuiteSheet[] = entries.map((e) => {
    const links = [...summaryLinks(e.template), ...entryLinks(e)].filter((l) => {
      if (ids.has(l.from.sheet)) return true;
      skipped.push(`${e.template.id}.${l.input} <- ${l.from.sheet} (not in the suite)`);
      return false;
    });
    return { id: e.template.id, template: e.template, links, headlines: e.headlines ?? [] };
  });
  const summary: SuiteSheet = { id: SUMMARY_ID, template: summaryTemplate(sheets), links: [], headlines: [] };
  const all = [summary, ...sheets];
  for (const s of sheets) for (const l of s.links) validateLink(all, s, l);
  const years = Math.max(...sheets.map((s) => s.template.defaultYears ?? 0));
  return { suite: { id: "coreweave-deal", title: { en: "CoreWeave deal workbook", fr: "Classeur de l'opération CoreWeave" }, fileName: "coreweave-deal", sheets: all, defaultYears: years }, skipped };
}

/** Throws unless the link's input and source names exist with compatible kinds. */
function validateLink(all: readonly SuiteSheet[], target: SuiteSheet, l: SuiteLink): void {
  const where = `suite: link ${target.id}.${l.input} <- ${l.from.sheet}!${l.from.names.join("+")}`;
  const inputKind = itemKinds(target.template, "inputs").get(l.input);
  if (inputKind === undefined) throw new Error(`${where}: ${target.id} has no named input ${l.input}`);
  if (l.firstYearOnly && inputKind !== "timeline") throw new Error(`${where}: firstYearOnly needs a timeline input`);
  const source = all.find((s) => s.id === l.from.sheet) as SuiteSheet;
  const kinds = itemKinds(source.template);
  for (const n of l.from.names) {
    const k = kinds.get(n);
    if (k === undefined) throw new Error(`${where}: ${source.id} defines no name ${n}`);
    if (k === "timeline" && (inputKind === "scalar" || l.firstYearOnly)) throw new Error(`${where}: ${n} is a timeline row, ${l.input} one cell`);
  }
}

const built = buildSuite(SHEETS);

/** The CoreWeave deal workbook. */
export const DEAL_SUITE: SuiteTemplate = built.suite;

/** Links skipped because their source sheet is not in the suite (empty when every sheet is declared). */
export const DEAL_SUITE_SKIPPED: readonly string[] = built.skipped;
