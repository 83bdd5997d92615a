/**
 * Reference resolution: a template formula with `{Key}` references -> an en-US
 * formula with A1 addresses. The syntax is documented in src/plan/template.ts.
 */
import { cellAddress, rangeAddress } from "../../plan/plan";
import { COL_TIMELINE } from "./grid";
import type { KeyEntry, KeyMap } from "./keyMap";

const REF = /\{([A-Za-z_][\w.]*)(?:@(prev|all|first|last|todate))?\}/g;

/** The modifiers a reference may carry after `@`. */
type Modifier = "prev" | "all" | "first" | "last" | "todate";

/**
 * Replace every `{Key}` / `{Key@mod}` of `formula` by its address.
 * @param formula a template formula, without the leading "="
 * @param col     the 0-based column of the cell being written when it is a timeline
 *                column (relative references resolve to it); undefined elsewhere
 * @param where   names the cell for error messages, e.g. `Revenue year 2`
 * @param keys    the template's keys
 * @throws Error for an unknown key or a reference its key does not allow (a template mistake)
 */
export function resolveReferences(formula: string, col: number | undefined, where: string, keys: KeyMap): string {
  return formula.replace(REF, (_m, key: string, mod: Modifier | undefined) => {
    const e = keys.entry(key);
    if (!e) throw new Error(`${keys.modelId}: ${where} refers to unknown key {${key}}`);
    const bad = (why: string): never => {
      throw new Error(`${keys.modelId}: ${where}: {${key}${mod ? "@" + mod : ""}} ${why}`);
    };
    return address(e, mod, col, keys, bad);
  });
}

function address(e: KeyEntry, mod: Modifier | undefined, col: number | undefined, keys: KeyMap, bad: (why: string) => never): string {
  switch (e.kind) {
    case "cell":
      if (mod && mod !== "all") bad("is a single cell");
      return cellAddress(e.row, e.col, true);
    case "range":
      if (mod !== "all") bad("is a range: write @all");
      return rangeAddress(e.range, true);
    case "group":
      if (mod === "all") return rangeAddress({ top: e.top, left: COL_TIMELINE, rows: e.rows, cols: keys.years }, true);
      if (mod || col === undefined) return bad("is a group: use it from a timeline row, or @all");
      return `${cellAddress(e.top, col)}:${cellAddress(e.top + e.rows - 1, col)}`;
    case "timeline":
      return timelineAddress(e.row, mod, col, keys, bad);
  }
}

function timelineAddress(row: number, mod: Modifier | undefined, col: number | undefined, keys: KeyMap, bad: (why: string) => never): string {
  switch (mod) {
    case "all":
      return rangeAddress(keys.timelineRange(row), true);
    case "first":
      return cellAddress(row, COL_TIMELINE, true);
    case "last":
      return cellAddress(row, keys.lastTimelineCol, true);
    case "prev":
      if (col === undefined || col <= COL_TIMELINE) return bad("has no previous column here");
      return cellAddress(row, col - 1);
    case "todate":
      if (col === undefined) return bad("needs a timeline column");
      return `${cellAddress(row, COL_TIMELINE, true)}:${cellAddress(row, col)}`;
    default:
      if (col === undefined) return bad("is a timeline row: from a scalar use @all, @first or @last");
      return cellAddress(row, col);
  }
}
