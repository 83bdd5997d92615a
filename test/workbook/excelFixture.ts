/**
 * A hand-made SheetPlan shaped like the leverage model, with a timeline of any
 * length, using every plan feature (blocks with text, numbers, booleans and
 * formulas; styles with borders and indent; names; widths; freeze; list, decimal
 * and whole-number validations with bounds on one or both sides; print setup; a
 * font; a conditional format; a combo chart on two axes). Used until and
 * beside the real plans from `layoutModel`.
 */
import { type CellBlock, type PlanCell, type SheetPlan, cellAddress } from "../../src/plan/plan";

export function fixturePlan(years = 6, sheetName = "Leverage"): SheetPlan {
  const first = 2025;
  const timelineLeft = 3;
  const rows: { key: string; label: string; formula: (col: number) => string; fmt: string }[] = [
    { key: "Revenue", label: "Revenue", formula: (c) => (c === timelineLeft ? "=Revenue0" : `=${cellAddress(8, c - 1)}*(1+Growth)`), fmt: "#,##0.0" },
    { key: "EBITDA", label: "EBITDA", formula: (c) => `=${cellAddress(8, c)}*Margin`, fmt: "#,##0.0" },
    { key: "NetLeverage", label: "Net leverage", formula: (c) => `=IF(${cellAddress(9, c)}=0,0,DebtOpening/${cellAddress(9, c)})`, fmt: '0.0"x"' },
  ];
  const inputs: PlanCell[][] = [
    [{ value: "Revenue year 0" }, { value: 1915.4, numberFormat: "#,##0.0" }, { value: "USD m" }],
    [{ value: "Growth" }, { value: 0.35, numberFormat: "0.0%" }, { value: "%" }],
    [{ value: "Margin" }, { value: 0.62, numberFormat: "0.0%" }, { value: "2030" }],
    [{ value: "Scenario" }, { value: "base" }, { value: "-" }],
    [{ value: "Debt" }, { value: 18800 }, { value: "TRUE" }],
  ];
  const timeline: (PlanCell | null)[][] = [[{ value: "Year" }, null, { value: "May 2025" }, ...Array.from({ length: years }, (_, i) => ({ value: first + i }))]];
  const calc: (PlanCell | null)[][] = rows.map((r) => [
    { value: r.label },
    null,
    { value: "USD m" },
    ...Array.from({ length: years }, (_, i) => ({ formula: r.formula(timelineLeft + i), numberFormat: r.fmt })),
  ]);
  const blocks: CellBlock[] = [
    { top: 0, left: 0, cells: [[{ value: "CoreWeave leverage" }], [{ value: "Debt capacity 2025-2030" }]] },
    { top: 2, left: 0, cells: inputs },
    { top: 7, left: 0, cells: timeline },
    { top: 8, left: 0, cells: calc },
    { top: 12, left: 0, cells: [[{ value: "Master check" }, { formula: "=IF(ISNUMBER(SUM(D9:D11)),0,1)", numberFormat: "0" }, { value: true }]] },
  ];
  const tl = { top: 7, left: timelineLeft, rows: 1, cols: years };
  return {
    modelId: "leverage",
    title: "CoreWeave leverage",
    sheetName,
    rowCount: 13,
    colCount: timelineLeft + years,
    blocks,
    styles: [
      { range: { top: 0, left: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 14 } },
      { range: { top: 2, left: 1, rows: 5, cols: 1 }, style: { fontColor: "#0000FF", fill: "#FFF2CC" } },
      { range: { top: 7, left: 0, rows: 1, cols: timelineLeft + years }, style: { bold: true, borderBottom: "thin", horizontalAlignment: "Right" } },
      { range: { top: 9, left: 0, rows: 1, cols: 1 }, style: { indent: 1, italic: true } },
      { range: { top: 12, left: 0, rows: 1, cols: 3 }, style: { borderTop: "double", wrap: true, bold: false } },
    ],
    names: [
      { name: "Revenue0", range: { top: 2, left: 1, rows: 1, cols: 1 }, kind: "input", comment: "Revenue in the year before the timeline, USD m" },
      { name: "Growth", range: { top: 3, left: 1, rows: 1, cols: 1 }, kind: "input", comment: "Revenue growth per year" },
      { name: "Margin", range: { top: 4, left: 1, rows: 1, cols: 1 }, kind: "input", comment: "EBITDA margin" },
      { name: "Scenario", range: { top: 5, left: 1, rows: 1, cols: 1 }, kind: "input", comment: "base / bull / bear" },
      { name: "DebtOpening", range: { top: 6, left: 1, rows: 1, cols: 1 }, kind: "input", comment: "Debt, USD m" },
      { name: "Years", range: tl, kind: "timeline", comment: "Model years" },
      { name: "Revenue", range: { ...tl, top: 8 }, kind: "calculation", comment: "Revenue, USD m" },
      { name: "NetLeverage", range: { ...tl, top: 10 }, kind: "output", comment: "Net leverage, x" },
    ],
    columnWidths: [28, 12, 12, ...Array.from({ length: years }, () => 10)],
    rowHeights: [{ row: 12, points: 30 }],
    freeze: { rows: 8, cols: 3 },
    conditionalFormats: [{ range: { ...tl, top: 10 }, formula: `=${cellAddress(10, timelineLeft)}>5`, style: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" } }],
    validations: [
      { range: { top: 5, left: 1, rows: 1, cols: 1 }, kind: "list", values: ["base", "bull", "bear"], title: "Scenario", prompt: "Choose one of: base, bull, bear.", errorMessage: "Choose base, bull or bear." },
      { range: { top: 3, left: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1, title: "Growth", prompt: "Enter a number from 0 % to 100 %.", errorMessage: "Growth must be a number from 0 % to 100 %." },
      { range: { top: 6, left: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, title: "Debt", prompt: "Enter a number of at least 0.", errorMessage: "Debt must be a number of at least 0." },
      { range: { top: 2, left: 1, rows: 1, cols: 1 }, kind: "whole", max: 100000, title: "Revenue year 0", prompt: "Enter a whole number of at most 100000.", errorMessage: "Revenue year 0 must be a whole number of at most 100000." },
    ],
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, area: { top: 0, left: 0, rows: 13, cols: timelineLeft + years }, titleRows: { first: 7, last: 7 }, titleColumns: { first: 0, last: 2 } },
    font: { name: "Arial", size: 10 },
    charts: [
      {
        type: "columnClustered",
        title: "Revenue and leverage",
        categories: tl,
        series: [
          { name: "Revenue", values: { ...tl, top: 8 } },
          { name: "Net leverage", values: { ...tl, top: 10 }, secondaryAxis: true, type: "lineMarkers" },
        ],
        anchor: { top: 14, left: 0, rows: 15, cols: 8 },
        valueAxisTitle: "USD m",
        secondaryValueAxisTitle: "x",
      },
    ],
    inputsRange: { top: 2, left: 1, rows: 5, cols: 1 },
    masterCheck: { top: 12, left: 1, rows: 1, cols: 1 },
  };
}
