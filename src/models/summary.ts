/**
 * The Summary sheet of the deal workbook, built from the suite's other sheets:
 * the one `Scenario` and `FirstYear` every sheet links to, the headline figures
 * each sheet declares, each sheet's master check, one check per link (the linked
 * cells equal their source, cell by cell) and `SuiteCheck`, their sum, which is
 * the Summary's master check.
 *
 * Formulas use the suite syntax `{sheet!Name}` (src/plan/suite.ts) for the other
 * sheets' names; the suite layout writes them with the sheet names actually used.
 */
import { CHECK, TEXT, YEAR } from "./formats";
import { suiteReference } from "./suiteReference";
import { itemKinds, type SuiteLink, type SuiteReader, type SuiteSheet } from "../plan/suite";
import type { Headline, ModelTemplate, ReferenceValues, ScalarItem, TemplateItem } from "../plan/template";

/** The Summary's suite id. */
export const SUMMARY_ID = "summary";
/** Inputs of the Summary every sheet that has one links to. */
export const SUMMARY_LINKED_INPUTS = ["Scenario", "FirstYear"] as const;

const FACTS = "docs/sources.md";

/** The Summary's own inputs. */
const INPUTS: ScalarItem[] = [
  { type: "scalar", key: "Scenario", label: "Scenario of every sheet", format: TEXT, value: "base", name: true, list: { values: ["base", "bull", "bear"], errorMessage: "Choose base, bull or bear." }, note: "Modelling choice: the Capacity and Valuation sheets read it to pick a row of their scenario tables" },
  { type: "scalar", key: "FirstYear", label: "First year of every timeline", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `Modelling choice: FY2026 first, balances at Dec 31 2025 (${FACTS} §Balance sheet)` },
  { type: "scalar", key: "GpuYear", label: "Headline year for the GPU count", format: YEAR, value: 2030, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `Modelling choice: 2030, the year of the 5 GW target (${FACTS} §Operations)` },
];

/** `Link_<sheet>_<input>`: the name of a link's check. */
export const linkCheckKey = (sheet: string, l: SuiteLink): string => `Link_${sheet}_${l.input}`;

/**
 * How many cells of one link differ from their source, as a number: the count of
 * mismatches (plus mismatched years for a row), or every linked cell when the
 * comparison is an error (a source or a linked cell in error).
 */
function linkCheckFormula(target: SuiteSheet, l: SuiteLink, sources: readonly SuiteSheet[]): string {
  const t = target.id;
  const source = sources.find((s) => s.id === l.from.sheet) as SuiteSheet;
  const kinds = itemKinds(source.template);
  const sourceExpr = l.from.names.map((n) => `{${source.id}!${n}}`).join("+");
  const isRow = itemKinds(target.template, "inputs").get(l.input) === "timeline";
  // the first year's cell by its year (SUMIF: Gnumeric cannot INDEX a one-cell row); a missing year reads 0 and differs
  const cell = l.firstYearOnly ? `SUMIF({${t}!Years},{FirstYear},{${t}!${l.input}})` : `{${t}!${l.input}}`;
  let mismatches = `SUMPRODUCT(--(${cell}<>${sourceExpr}))`;
  if (isRow && !l.firstYearOnly && l.from.names.some((n) => kinds.get(n) === "timeline")) mismatches += `+SUMPRODUCT(--({${t}!Years}<>{${source.id}!Years}))`;
  const cells = l.firstYearOnly ? `ROWS({${t}!${l.input}})` : `ROWS({${t}!${l.input}})*COLUMNS({${t}!${l.input}})`;
  return `IF(ISERROR(${mismatches}),${cells},${mismatches})`;
}

const check = (key: string, label: string, formula: string): ScalarItem => ({ type: "scalar", key, label, format: CHECK, formula, name: true });

/** The checks: each sheet's master check, each link, errors among the headlines, SuiteCheck. */
function checkItems(sheets: readonly SuiteSheet[]): TemplateItem[] {
  const masters = sheets.map((s) => check(`Check_${s.id}`, `${s.template.sheetName}: master check`, `{${s.id}!MasterCheck}`));
  const all: SuiteSheet[] = [...sheets, { id: SUMMARY_ID, template: { ...PLACEHOLDER, sections: [{ role: "inputs", title: "", items: INPUTS }] }, links: [], headlines: [] }];
  const sheetName = (id: string): string => (id === SUMMARY_ID ? "Summary" : (sheets.find((x) => x.id === id)?.template.sheetName ?? id));
  // "Revenue <- Capacity", "BasicShares <- Dilution ClassAShares + ClassBShares": the source's names only when they differ
  const label = (l: SuiteLink): string => `${l.input}${l.firstYearOnly ? " (first year)" : ""} <- ${sheetName(l.from.sheet)}${l.from.names.join() === l.input ? "" : ` ${l.from.names.join(" + ")}`}`;
  const linkGroups = sheets.filter((s) => s.links.length > 0).map((s) => ({ heading: `Links into ${s.template.sheetName} (cells unlike their source)`, items: s.links.map((l) => check(linkCheckKey(s.id, l), label(l), linkCheckFormula(s, l, all))) }));
  const links = linkGroups.flatMap((g) => g.items);
  const headlines = sheets.flatMap((s) => s.headlines.map((h) => `{${h.key}}`));
  const errors = headlines.length > 0 ? [check("HeadlineErrors", "Headline figures in error", `--ISERROR(${headlines.join(")+ISERROR(")})`)] : [];
  const parts = [...masters, ...links, ...errors];
  return [
    { type: "heading", label: "Master check of each sheet" },
    ...masters,
    ...linkGroups.flatMap((g): TemplateItem[] => [{ type: "heading", label: g.heading }, ...g.items]),
    ...errors,
    check("SuiteCheck", "Suite check (0 = every sheet and every link holds)", parts.map((p) => `{${(p as ScalarItem).key}}`).join("+")),
  ];
}

/** Fields every Summary shares whatever the sheets. */
const PLACEHOLDER: Omit<ModelTemplate, "sections"> = {
  id: SUMMARY_ID,
  title: { en: "CoreWeave deal workbook: summary", fr: "Classeur de l'opération CoreWeave : synthèse" },
  question: {
    en: "What is CoreWeave worth per share against Nvidia's $87.20, can it carry its debt, and how much of Nvidia's money comes back to Nvidia?",
    fr: "Que vaut CoreWeave par action face aux 87,20 $ de Nvidia, peut-il porter sa dette, et quelle part de l'argent de Nvidia lui revient ?",
  },
  sheetName: "Summary",
  // short enough to print inside the print area (a longer line is cut at its right edge)
  description: "Scenario and first year of all sheets, headline figures, sheet and link checks.",
  charts: [],
  reference: () => ({}),
  headlines: () => [],
};

/**
 * The Summary's values from the other sheets' reference values: each headline by
 * its own reference rule, every check 0 (the reference sheets are consistent).
 */
export function summaryValues(sheets: readonly SuiteSheet[], read: SuiteReader): ReferenceValues {
  const out: ReferenceValues = {};
  for (const s of sheets) for (const h of s.headlines) out[h.key] = h.reference(read);
  for (const item of checkItems(sheets)) if (item.type === "scalar") out[item.key] = 0;
  return out;
}

/**
 * The Summary template for `sheets` (the suite's sheets other than the Summary).
 * Its reference() recomputes the whole suite with the Summary's inputs.
 */
export function summaryTemplate(sheets: readonly SuiteSheet[]): ModelTemplate {
  const outputs: TemplateItem[] = sheets.flatMap((s) =>
    s.headlines.length === 0 ? [] : [{ type: "heading", label: s.template.sheetName } as TemplateItem, ...s.headlines.map((h): TemplateItem => ({ type: "scalar", key: h.key, label: h.label, format: { ...h.format, align: h.format.align ?? "Right" }, formula: h.formula, name: true }))],
  );
  const template: ModelTemplate = {
    ...PLACEHOLDER,
    sections: [
      { role: "inputs", title: "Inputs: scenario and timeline of every sheet", items: INPUTS },
      { role: "outputs", title: "Headline figures", items: outputs },
      { role: "checks", title: "Checks", items: checkItems(sheets) },
    ],
    reference: (input) => {
      const years = Math.max(...sheets.map((s) => s.template.defaultYears ?? 0));
      const edits = { [SUMMARY_ID]: Object.fromEntries(INPUTS.map((i) => [i.key, input(i.key)])) };
      const all = [{ id: SUMMARY_ID, template, links: [], headlines: [] }, ...sheets];
      return suiteReference(all, years, edits, (read) => summaryValues(sheets, read)).get(SUMMARY_ID)?.values ?? {};
    },
    headlines: () => {
      const v = template.reference((k) => INPUTS.find((i) => i.key === k)?.value as number | string, 0);
      const pick = (key: string, en: string, fr: string, format: Headline["format"]): Headline[] => (typeof v[key] === "number" && Number.isFinite(v[key]) ? [{ key, en, fr, value: v[key] as number, format }] : []);
      // The value per share is n.m. when the equity is worth nothing on these inputs: the card then shows
      // the (negative) equity value that explains it rather than dropping the valuation altogether.
      const perShare = pick("ValuePerShare", "Value per share (vs $87.20)", "Valeur par action (vs 87,20 $)", "usd");
      return [
        ...(perShare.length > 0 ? perShare : pick("EquityValue", "Equity value (per share: n.m.)", "Valeur des fonds propres (par action : n.s.)", "usd")),
        ...pick("PeakDebt", "Peak debt", "Dette maximale", "usd"),
        ...pick("GpusInGpuYear", "GPUs at the end of 2030", "GPU fin 2030", "count"),
      ];
    },
  };
  return template;
}
