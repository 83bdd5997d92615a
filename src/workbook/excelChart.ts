/** Charts of a plan drawn through Office.js (ExcelApi 1.7; a secondary axis 1.8). */
import { type ChartSpec, type ChartType, type RangeRef, rangeAddress } from "../plan/plan";

const CHART_TYPE: Readonly<Record<ChartType, "Line" | "ColumnClustered" | "BarClustered" | "LineMarkers">> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  lineMarkers: "LineMarkers",
};

/** The plan's first series seeds the chart (`charts.add` needs source data); the rest are added. */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec, at: (r: RangeRef) => Excel.Range, secondary: boolean): void {
  if (spec.series.length === 0) return;
  const first = spec.series[0];
  const seriesBy = first.values.rows === 1 ? "Rows" : "Columns";
  const chart = sheet.charts.add(CHART_TYPE[spec.type], at(first.values), seriesBy);
  chart.title.text = spec.title;
  const a = spec.anchor;
  chart.setPosition(rangeAddress({ top: a.top, left: a.left, rows: 1, cols: 1 }), rangeAddress({ top: a.top + a.rows - 1, left: a.left + a.cols - 1, rows: 1, cols: 1 }));
  let usesSecondary = false;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(at(s.values));
    series.setXAxisValues(at(spec.categories));
    if (s.type !== undefined) series.chartType = CHART_TYPE[s.type];
    if (s.secondaryAxis && secondary) {
      series.axisGroup = "Secondary";
      usesSecondary = true;
    }
  });
  if (spec.valueAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (spec.secondaryValueAxisTitle !== undefined && usesSecondary) chart.axes.getItem("Value", "Secondary").title.text = spec.secondaryValueAxisTitle;
}
