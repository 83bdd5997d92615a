/**
 * The master check: the last scalar of the checks section, 0 when the model is
 * consistent. It is linked at the top (C3, beside the legend) so the analyst sees
 * it without scrolling, and both cells turn red whenever it is not 0.
 */
import type { RangeRef } from "../../plan/plan";
import { cellAddress } from "../../plan/plan";
import type { ModelTemplate, ScalarItem } from "../../plan/template";
import { ALERT_FILL, ALERT_FONT, COL_VALUE, ROW_LEGEND } from "./grid";
import { cellRef, type SheetBuilder } from "./sheetBuilder";

/**
 * Link, style and flag the master check.
 * @returns the master check's cell
 * @throws Error when the checks section does not end with a scalar calculation (a template mistake)
 */
export function writeMasterCheck(b: SheetBuilder, template: ModelTemplate): RangeRef {
  const checks = template.sections.find((s) => s.role === "checks");
  const master = checks?.items.filter((i): i is ScalarItem => i.type === "scalar").at(-1);
  if (!master) throw new Error(`${template.id}: the checks section must end with a master check scalar`);
  const range = b.keys.range(master.key, "the master check");
  const link = cellRef(ROW_LEGEND, COL_VALUE);
  b.put(link.top, link.left, { formula: "=" + cellAddress(range.top, range.left), numberFormat: master.format.code });
  b.style(link, { bold: true, borderTop: "thin", borderBottom: "thin" });
  b.style(range, { bold: true, borderTop: "thin", borderBottom: "double" });
  for (const r of [link, range]) {
    // A nonzero number is TRUE in a condition: red whenever the check is not 0, no constant needed.
    b.conditionalFormats.push({ range: r, formula: `=${cellAddress(r.top, r.left)}`, style: { fill: ALERT_FILL, fontColor: ALERT_FONT } });
  }
  return range;
}
