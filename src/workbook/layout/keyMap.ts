/**
 * Every key a template defines, and where it landed on the sheet. Row placement
 * fills it; reference resolution and the writers read it.
 */
import type { RangeRef } from "../../plan/plan";
import { COL_TIMELINE } from "./grid";

/** What a key denotes: one cell, a timeline row, a fixed range, or a group of timeline rows. */
export type KeyEntry =
  | { kind: "cell"; row: number; col: number }
  | { kind: "timeline"; row: number }
  | { kind: "range"; range: RangeRef }
  | { kind: "group"; top: number; rows: number };

/** Keys of one template laid out with a given timeline length. */
export class KeyMap {
  private readonly entries = new Map<string, KeyEntry>();
  /** every key -> its cells, in registration order */
  readonly ranges = new Map<string, RangeRef>();

  /**
   * @param modelId the template's id, for error messages
   * @param years   timeline length (0 for a model without a timeline)
   */
  constructor(
    readonly modelId: string,
    readonly years: number,
  ) {}

  /** Column of the last timeline year (0-based). */
  get lastTimelineCol(): number {
    return COL_TIMELINE + this.years - 1;
  }

  /** The cells of timeline row `row`. */
  timelineRange(row: number): RangeRef {
    return { top: row, left: COL_TIMELINE, rows: 1, cols: this.years };
  }

  /**
   * Define `key`.
   * @throws Error when the key is already defined (a template mistake)
   */
  register(key: string, entry: KeyEntry): void {
    if (this.entries.has(key)) throw new Error(`${this.modelId}: duplicate key ${key}`);
    this.entries.set(key, entry);
    this.ranges.set(key, this.rangeOf(entry));
  }

  /** The entry of `key`, or undefined. */
  entry(key: string): KeyEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * The cells of `key`.
   * @throws Error for an unknown key, naming `where` it was used
   */
  range(key: string, where: string): RangeRef {
    const r = this.ranges.get(key);
    if (!r) throw new Error(`${this.modelId}: ${where} refers to unknown key ${key}`);
    return r;
  }

  private rangeOf(e: KeyEntry): RangeRef {
    switch (e.kind) {
      case "cell":
        return { top: e.row, left: e.col, rows: 1, cols: 1 };
      case "timeline":
        return this.timelineRange(e.row);
      case "range":
        return e.range;
      case "group":
        return { top: e.top, left: COL_TIMELINE, rows: e.rows, cols: this.years };
    }
  }
}
