/**
 * Row placement (pass 1 of the layout): every section and item gets its rows,
 * and every key its cells, before any formula is resolved, so a formula may refer
 * to a row placed below it.
 *
 * Sections run top to bottom from row 5, one blank row between them; every
 * section but the timeline has a header bar; a table is a header row plus one
 * row per record; the rows of the timeline section are frozen.
 */
import type { ModelTemplate, SectionRole, TableItem, TemplateItem } from "../../plan/template";
import { COL_LABEL, COL_VALUE, ROW_FIRST_SECTION, ROW_LEGEND } from "./grid";
import { KeyMap } from "./keyMap";

/** An item and the row it starts on. */
export interface PlacedItem {
  item: TemplateItem;
  row: number;
  role: SectionRole;
}

/** A section's header bar: its row and the last row of the section. */
export interface SectionBar {
  row: number;
  title: string;
  role: SectionRole;
  end: number;
}

/** Where everything goes. */
export interface RowPlacement {
  placed: PlacedItem[];
  bars: SectionBar[];
  /** rows frozen at the top: through the timeline section */
  freezeRows: number;
  keys: KeyMap;
}

/**
 * Place every item of `template` on rows and register its keys.
 * @param template the model
 * @param years    timeline length, 0 for a model without a timeline
 * @throws Error on a duplicate key, a timeline row in a model without a timeline,
 *         or a group whose rows are not contiguous (template mistakes)
 */
export function placeRows(template: ModelTemplate, years: number): RowPlacement {
  const keys = new KeyMap(template.id, years);
  const groups = new Map<string, number[]>();
  const placed: PlacedItem[] = [];
  const bars: SectionBar[] = [];
  let row = ROW_FIRST_SECTION;
  let freezeRows = ROW_LEGEND + 1;
  for (const section of template.sections) {
    const start = row;
    const bar = section.role === "timeline" ? undefined : { row: row++, title: section.title, role: section.role, end: start };
    if (bar) bars.push(bar);
    for (const item of section.items) {
      placed.push({ item, row, role: section.role });
      row += placeItem(item, row, keys, groups, template.defaultYears !== undefined);
    }
    if (bar) bar.end = row - 1;
    else freezeRows = row;
    if (row > start) row++; // a blank row between sections
  }
  for (const [group, rows] of groups) {
    rows.forEach((r, i) => {
      if (r !== rows[0] + i) throw new Error(`${template.id}: group ${group} rows are not contiguous`);
    });
    keys.register(group, { kind: "group", top: rows[0], rows: rows.length });
  }
  return { placed, bars, freezeRows, keys };
}

/** Registers the keys of one item at `row`; returns the number of rows it takes. */
function placeItem(item: TemplateItem, row: number, keys: KeyMap, groups: Map<string, number[]>, hasTimeline: boolean): number {
  switch (item.type) {
    case "heading":
      return 1;
    case "scalar":
      keys.register(item.key, { kind: "cell", row, col: COL_VALUE });
      return 1;
    case "timeline":
      if (!hasTimeline) throw new Error(`${keys.modelId}: timeline row ${item.key} in a model without a timeline`);
      keys.register(item.key, { kind: "timeline", row });
      if (item.group) groups.set(item.group, [...(groups.get(item.group) ?? []), row]);
      return 1;
    case "table":
      placeTable(item, row, keys);
      return 1 + item.rows.length;
  }
}

/** Keys of a table: its header, its label column, each column, each record and each cell. */
function placeTable(item: TableItem, row: number, keys: KeyMap): void {
  const cols = item.columns.length;
  const records = item.rows.length;
  if (item.headerKey) keys.register(item.headerKey, { kind: "range", range: { top: row, left: COL_VALUE, rows: 1, cols } });
  const bodyTop = row + 1;
  keys.register(`${item.key}.label`, { kind: "range", range: { top: bodyTop, left: COL_LABEL, rows: records, cols: 1 } });
  item.columns.forEach((c, j) => {
    keys.register(`${item.key}.${c.key}`, { kind: "range", range: { top: bodyTop, left: COL_VALUE + j, rows: records, cols: 1 } });
  });
  item.rows.forEach((rec, i) => {
    keys.register(rec.key, { kind: "range", range: { top: bodyTop + i, left: COL_VALUE, rows: 1, cols } });
    item.columns.forEach((c, j) => keys.register(`${rec.key}.${c.key}`, { kind: "cell", row: bodyTop + i, col: COL_VALUE + j }));
  });
}
