/**
 * Charts of a template -> ChartSpecs: keys become ranges, and the charts stack
 * below the used area, one under the other.
 */
import type { ChartSpec } from "../../plan/plan";
import type { TemplateChart } from "../../plan/template";
import { COL_LABEL } from "./grid";
import type { KeyMap } from "./keyMap";

/** Chart size in cells. */
const CHART_ROWS = 18;
const CHART_COLS = 8;

/**
 * @param charts   the template's charts
 * @param keys     where every key landed
 * @param rowCount rows used by the cells; the first chart starts one row below
 * @throws Error when a chart refers to an unknown key (a template mistake)
 */
export function planCharts(charts: readonly TemplateChart[], keys: KeyMap, rowCount: number): ChartSpec[] {
  return charts.map((ch, i) => ({
    type: ch.type,
    title: ch.title,
    categories: keys.range(ch.categories, "chart"),
    series: ch.series.map((s) => ({
      name: s.name,
      values: keys.range(s.key, "chart"),
      ...(s.secondaryAxis ? { secondaryAxis: true } : {}),
      ...(s.type ? { type: s.type } : {}),
    })),
    anchor: { top: rowCount + 1 + i * (CHART_ROWS + 1), left: COL_LABEL, rows: CHART_ROWS, cols: CHART_COLS },
    ...(ch.valueAxisTitle ? { valueAxisTitle: ch.valueAxisTitle } : {}),
    ...(ch.secondaryValueAxisTitle ? { secondaryValueAxisTitle: ch.secondaryValueAxisTitle } : {}),
  }));
}
