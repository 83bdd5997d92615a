/**
 * The shape of a model template: a model is DATA that src/workbook/layout.ts turns
 * into a SheetPlan. Templates never contain A1 addresses: formulas refer to inputs
 * and rows by key, in braces, and the layout resolves each key to an address.
 *
 * Reference syntax inside a template formula (`formula`, `first`, conditional
 * formats), with the address it becomes:
 * - `{Key}`        a scalar input or calculation -> absolute cell `$C$12`;
 *                  a timeline row, from a timeline row -> same column, relative `F30`;
 *                  a group of timeline rows, from a timeline row -> that column of the group `F30:F39`
 * - `{Key@prev}`   a timeline row, previous column (relative); not allowed in the first column
 * - `{Key@all}`    the whole extent, absolute: a timeline row `$D$30:$I$30`, a table row,
 *                  a table column (`{Table.Col@all}`), a table header (`headerKey`), a group
 * - `{Key@first}`, `{Key@last}`  first / last cell of a timeline row, absolute
 * - `{Key@todate}` a timeline row from its first column to this one, `$D$30:F30`
 * - `{Row.Col}`    one cell of a table, absolute
 */
import type { CellStyle, ChartType, NameKind, NumberBounds, PlanValue } from "./plan";

/** A number format code and the unit label shown beside it. */
export interface Format {
  /** Excel number format code */
  code: string;
  /** unit label for the unit column, e.g. "$ m" */
  unit: string;
  /** alignment of the value cells (flags are centred); numbers right, text left when absent */
  align?: "Left" | "Center" | "Right";
}

/**
 * What a numeric input accepts, checked by Excel data validation with an input
 * message: a whole number (years, counts) or a decimal (rates, shares in [0, 1],
 * PUE >= 1), with an inclusive `min` and/or `max`. The layout writes the messages
 * from the item's label and format (percent formats show the bounds as percentages).
 */
export type InputBounds = { type: "whole" | "decimal" } & NumberBounds;

/** What a row of a section holds: an input (blue, with a source note) or a computed line. */
export type SectionRole = "timeline" | "inputs" | "calculations" | "outputs" | "checks";

/** Fields every item shares. */
interface ItemBase {
  /** key other formulas use; also the defined name when `name` is set */
  key: string;
  label: string;
  /**
   * source note: required for inputs. Cite docs/sources.md by section (or a
   * better source); when `estimate` is set the layout prefixes "Estimate:".
   */
  note?: string;
  /** the default is derived, not disclosed */
  estimate?: boolean;
  /** define the key as a (sheet-scoped) name covering the item's cells */
  name?: boolean;
}

/** Fields every scalar shares. */
interface ScalarBase extends ItemBase {
  type: "scalar";
  format: Format;
  conditionalFormats?: TemplateConditionalFormat[];
  bold?: boolean;
}

/** The dropdown of a text input: the allowed values and the message shown on anything else. */
export interface ListChoice {
  values: string[];
  errorMessage: string;
}

/** A scalar input: a constant in column C (blue), with a dropdown list XOR numeric bounds. */
export type ScalarInput = ScalarBase & { value: PlanValue; formula?: never } & (
    | { /** in-cell dropdown */ list?: ListChoice; bounds?: never }
    | { /** Excel data validation of the number */ bounds?: InputBounds; list?: never }
  );

/** A scalar calculation: one formula in column C. */
export interface ScalarCalculation extends ScalarBase {
  formula: string;
  value?: never;
  list?: never;
  bounds?: never;
}

/** One value in column C: an input (a constant) XOR a calculation (a formula). */
export type ScalarItem = ScalarInput | ScalarCalculation;

/** Fields every timeline row shares. */
interface TimelineBase extends ItemBase {
  type: "timeline";
  format: Format;
  /** timeline rows sharing a group can be summed per column as `{Group}` */
  group?: string;
  conditionalFormats?: TemplateConditionalFormat[];
  bold?: boolean;
}

/** A timeline input row: one value per year; a longer timeline repeats the last value. */
export interface TimelineInput extends TimelineBase {
  /** at least one value */
  values: readonly number[];
  formula?: never;
  first?: never;
  /** Excel data validation of every year's value */
  bounds?: InputBounds;
}

/** A timeline calculation row: one formula copied across, the first column optionally its own. */
export interface TimelineCalculation extends TimelineBase {
  /** formula of every column (or of every column but the first when `first` is given) */
  formula: string;
  /** formula of the first timeline column, where `{Key@prev}` has no previous column */
  first?: string;
  values?: never;
  bounds?: never;
}

/** One row across the timeline: input values XOR a formula (with an optional first-column formula). */
export type TimelineItem = TimelineInput | TimelineCalculation;

/** A table cell: a constant (an input) or a formula. */
export type TableCell = PlanValue | { formula: string };

/** A column of a table: its key (`{Table.Col@all}`), header text and format. */
export interface TableColumn {
  key: string;
  header: string;
  format: Format;
  /** Excel data validation of the column's input cells (a record's `bounds` overrides it) */
  bounds?: InputBounds;
  /** the column's input cells take one of these values (e.g. repayment types) */
  list?: string[];
}

/** A record of a table: one cell per column. */
export interface TableRow {
  key: string;
  label: string;
  unit?: string;
  cells: TableCell[];
  /** per-row format overriding the columns' formats (scenario tables mix units) */
  format?: Format;
  /** Excel data validation of the record's input cells, overriding the columns' */
  bounds?: InputBounds;
  note?: string;
  estimate?: boolean;
  name?: boolean;
}

/** A small table starting in column C: one column per field, one row per record. */
export interface TableItem {
  type: "table";
  /** key of the table; `{Key.Col@all}` addresses a column */
  key: string;
  /** label of the header row */
  label: string;
  columns: TableColumn[];
  /**
   * One unit per cell: each header shows its column's unit, "Balance ($ m)", and
   * the unit column stays empty (for tables whose columns mix units; records then
   * carry no `unit`).
   */
  unitsInHeader?: boolean;
  /** optional key addressing the header cells, e.g. for MATCH over scenario names */
  headerKey?: string;
  rows: TableRow[];
  /** a name covering the body from row `fromRow` and column `fromCol` (0-based, default 0) to the end */
  bodyName?: { name: string; kind: NameKind; comment: string; fromRow?: number; fromCol?: number };
}

/** A sub-heading row inside a section. */
export interface HeadingItem {
  type: "heading";
  label: string;
}

export type TemplateItem = ScalarItem | TimelineItem | TableItem | HeadingItem;

/** Formula relative to the first cell of the item, e.g. `{InterestCoverage}<{MinCoverage}`. */
export interface TemplateConditionalFormat {
  when: string;
  style: Pick<CellStyle, "bold" | "fontColor" | "fill">;
}

export interface TemplateSection {
  role: SectionRole;
  title: string;
  items: TemplateItem[];
}

export interface TemplateChart {
  type: ChartType;
  title: string;
  /** key of the categories (a timeline row, or a table column as `Table.Col`) */
  categories: string;
  series: { name: string; key: string; secondaryAxis?: boolean; type?: ChartType }[];
  valueAxisTitle?: string;
  secondaryValueAxisTitle?: string;
}

/** Text in the two languages of the task pane. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** A headline figure for the task pane's model card. */
export interface Headline {
  key: string;
  en: string;
  fr: string;
  value: number;
  format: "percent" | "shares" | "usd" | "multiple" | "count" | "gw";
}

/** Reads an input of the model by key (`Key` or `Row.Col`): the value the sheet holds. */
export type InputReader = (key: string) => number | string;

/** Named values of a model computed by src/core: scalars, or one number per column / cell. */
export type ReferenceValues = Record<string, number | number[]>;

/** A prebuilt model. */
export interface ModelTemplate {
  id: string;
  title: Bilingual;
  /** the one question the model answers */
  question: Bilingual;
  /** preferred sheet name, <= 31 characters */
  sheetName: string;
  /** one or two sentences shown under the title */
  description: string;
  /** timeline length by default (years); undefined for a model without a timeline */
  defaultYears?: number;
  sections: TemplateSection[];
  charts: TemplateChart[];
  /**
   * The model recomputed by src/core from its inputs, keyed by defined name: what
   * every named calculation, output and check must equal in any spreadsheet engine.
   * @param input reads an input by key; `years` is the timeline length laid out
   */
  reference(input: InputReader, years: number): ReferenceValues;
  /** two or three headline figures at the default inputs, computed by src/core */
  headlines(): Headline[];
}
