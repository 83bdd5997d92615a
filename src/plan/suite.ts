/**
 * The shape of a suite: several model templates laid out as the sheets of one
 * workbook, some inputs of a sheet linked to names of another sheet. Like a
 * template, a suite is DATA: src/models/suite.ts describes the CoreWeave deal
 * workbook, src/workbook/suiteLayout.ts turns it into one SheetPlan per sheet.
 *
 * Cross-sheet reference syntax inside a suite formula (the Summary sheet's
 * headlines and checks): `{sheetId!Name}` is the defined name `Name` of the
 * sheet whose suite id is `sheetId`; the layout writes it with the sheet name
 * actually used, quoted (`'Capacity (2)'!Name`), since a name may be taken when
 * the suite is inserted. `{Key}` keeps its template meaning (a key of the
 * sheet's own template).
 */
import type { Bilingual, Format, ModelTemplate } from "./template";

/** Where a linked input takes its value: the sum of one or more names of one sheet. */
export interface SuiteSource {
  /** suite id of the source sheet (a model id, or `summary`) */
  sheet: string;
  /** defined names of the source sheet, summed; each a scalar or a timeline row */
  names: readonly string[];
}

/**
 * A linked input: the input `input` of the sheet that declares the link becomes
 * a formula reading `from`. A scalar input reads scalar names; a timeline input
 * reads, per column, the same year of the source's timeline rows
 * (`INDEX(row,1,MATCH(year,Years,FALSE))`) or scalars; `firstYearOnly` links the
 * first column only (the other years stay inputs).
 */
export interface SuiteLink {
  input: string;
  from: SuiteSource;
  firstYearOnly?: boolean;
}

/** A headline figure on the Summary sheet, read from the sheet that declares it. */
export interface SuiteHeadline {
  key: string;
  label: string;
  format: Format;
  /** formula in suite syntax, e.g. `{valuation!ValuePerShare}` */
  formula: string;
  /** the same figure from the sheets' reference values (src/core), independently of the formula */
  reference(read: SuiteReader): number;
}

/**
 * Reads a value of the suite computed by src/core: a sheet's named output or
 * input (`Key`; a timeline row as one number per year). NaN stands for `n.m.`.
 */
export type SuiteReader = (sheet: string, name: string) => number | number[];

/** One sheet of a suite: a template, the links into its inputs and its headlines. */
export interface SuiteSheet {
  /** suite id: the template's id */
  id: string;
  template: ModelTemplate;
  links: readonly SuiteLink[];
  headlines: readonly SuiteHeadline[];
}

/** A workbook of linked sheets. */
export interface SuiteTemplate {
  id: string;
  title: Bilingual;
  /** file name of the export, without `.xlsx` */
  fileName: string;
  /** the sheets in workbook order, the summary first */
  sheets: readonly SuiteSheet[];
  /** timeline length of every sheet with a timeline (years) */
  defaultYears: number;
}

/** Matches `{sheetId!Name}`: group 1 the sheet id, group 2 the name. */
export const SUITE_REF = /\{([A-Za-z_][\w]*)!([A-Za-z_][\w.]*)\}/g;

/**
 * The named scalars and timeline rows of a template by name, with their kind.
 * @param template a model template
 * @param role     "inputs": only constant inputs (what a link may replace); all named items otherwise
 */
export function itemKinds(template: ModelTemplate, role?: "inputs"): Map<string, "scalar" | "timeline"> {
  const out = new Map<string, "scalar" | "timeline">();
  for (const section of template.sections) {
    if (role && section.role !== role) continue;
    for (const item of section.items) {
      if (item.type !== "scalar" && item.type !== "timeline") continue;
      if (!item.name) continue;
      if (role && item.formula !== undefined) continue;
      out.set(item.key, item.type);
    }
  }
  return out;
}
