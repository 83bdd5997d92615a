/**
 * The mutable state of one layout (pass 2): the cells, styles, names, rules and
 * inputs written so far, with the few helpers every item writer shares.
 */
import { cellAddress, type CellStyle, type ConditionalFormat, type DataValidation, type NameKind, type PlanCell, type PlanName, type RangeRef, type StyleRange } from "../../plan/plan";
import type { Format, SectionRole, TemplateConditionalFormat } from "../../plan/template";
import { NOTE_FONT } from "./grid";
import type { KeyMap } from "./keyMap";
import { resolveReferences } from "./resolveReferences";

/** An input cell the analyst may change, with its default. */
export interface InputCell {
  /** `Key` for a scalar, `Row.Col` for a table cell, `Key#i` for year i (0-based) of a timeline row */
  key: string;
  range: RangeRef;
  value: string | number | boolean;
}

/** A timeline row of formulas, for consistency checks. */
export interface TimelineRow {
  key: string;
  row: number;
  left: number;
  cols: number;
  /** the first column has its own formula (`first`) */
  firstDiffers: boolean;
}

/** A 1x1 range. */
export function cellRef(row: number, col: number): RangeRef {
  return { top: row, left: col, rows: 1, cols: 1 };
}

/** The kind of the names a section defines. */
export function nameKind(role: SectionRole): NameKind {
  switch (role) {
    case "inputs":
      return "input";
    case "outputs":
      return "output";
    case "checks":
      return "check";
    case "timeline":
      return "timeline";
    case "calculations":
      return "calculation";
  }
}

/** Accumulates what the item writers produce; the layout turns it into a SheetPlan. */
export class SheetBuilder {
  /** row -> column -> cell */
  readonly cells = new Map<number, Map<number, PlanCell>>();
  readonly styles: StyleRange[] = [];
  readonly names: PlanName[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly validations: DataValidation[] = [];
  /** `row,col` of the source notes: texts that may run over the empty cells to their right */
  readonly notes = new Set<string>();
  readonly inputs: InputCell[] = [];
  readonly timelineRows: TimelineRow[] = [];

  constructor(readonly keys: KeyMap) {}

  /**
   * Write one cell.
   * @throws Error when the cell was already written (two items overlap: a layout bug)
   */
  put(row: number, col: number, cell: PlanCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    if (line.has(col)) throw new Error(`${this.keys.modelId}: cell ${cellAddress(row, col)} written twice`);
    line.set(col, cell);
  }

  /** Style a range; later styles override earlier ones where they overlap. */
  style(range: RangeRef, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /** A template formula as a cell formula: references resolved, "=" prefixed. */
  formula(formula: string, col: number | undefined, where: string): string {
    return "=" + resolveReferences(formula, col, where, this.keys);
  }

  /** A source note (grey italics) at (row, col); "Estimate: " prefixed for derived defaults. Nothing when `note` is undefined. */
  note(row: number, col: number, note: string | undefined, estimate: boolean | undefined): void {
    if (note === undefined) return;
    this.put(row, col, { value: estimate ? `Estimate: ${note}` : note });
    this.notes.add(`${row},${col}`);
    this.style(cellRef(row, col), { italic: true, fontColor: NOTE_FONT });
  }

  /** Conditional formats of an item, resolved relative to the first cell of `range`. */
  conditional(range: RangeRef, list: readonly TemplateConditionalFormat[] | undefined, col: number | undefined, where: string): void {
    for (const cf of list ?? []) this.conditionalFormats.push({ range, formula: this.formula(cf.when, col, where), style: cf.style });
  }

  /** Align the value cells of an item whose format asks for it (flags are centred). */
  align(range: RangeRef, format: Format): void {
    if (format.align !== undefined) this.style(range, { horizontalAlignment: format.align });
  }

  /** Define a sheet-scoped name. */
  name(name: string, range: RangeRef, kind: NameKind, comment: string): void {
    this.names.push({ name, range, kind, comment });
  }
}
