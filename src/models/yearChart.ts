/**
 * The models' charts over the years: clustered columns for the yearly series,
 * and lines with markers on a secondary axis for a series in another unit or scale.
 */
import type { TemplateChart } from "../plan/template";

type Series = TemplateChart["series"][number];

/**
 * A series drawn as a line with markers against the secondary value axis.
 * @param name the legend text
 * @param key the timeline row plotted
 */
export const secondaryLine = (name: string, key: string): Series => ({ name, key, type: "lineMarkers", secondaryAxis: true });

/**
 * A clustered-column chart whose categories are the `Years` timeline.
 * @param series the series in legend order; plain `{ name, key }` are columns, secondaryLine ones are lines
 * @param valueAxisTitle the primary axis title (the columns' unit)
 * @param secondaryValueAxisTitle the secondary axis title, for charts with secondaryLine series
 */
export function yearColumnChart(title: string, series: Series[], valueAxisTitle: string, secondaryValueAxisTitle?: string): TemplateChart {
  return {
    type: "columnClustered",
    title,
    categories: "Years",
    series,
    valueAxisTitle,
    ...(secondaryValueAxisTitle !== undefined ? { secondaryValueAxisTitle } : {}),
  };
}
