/**
 * The layout on a tiny hand-made template, every address worked by hand:
 * row 1 title, 2 description, 3 legend + master-check link (C3), 4 blank,
 * 5 the Years row (the timeline section has no header bar), 6 blank,
 * 7 "Inputs" bar, 8 FirstYear (C8), 9 Step (C9), 10 Rate (C10), 11 Flow (D11:E11),
 * 12 blank, 13 "Calculations" bar, 14 Grow (D14:E14), 15 Total (C15),
 * 16 blank, 17 "Checks" bar, 18 MasterCheck (C18). Timeline columns D and E (2 years).
 */
import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { referenceAtDefaults } from "../../src/models/defaults";
import type { Headline, ModelTemplate, ScalarItem, TimelineItem } from "../../src/plan/template";
import { layoutModel, layoutModelDetailed } from "../../src/workbook/layout";
import type { PlanCell, SheetPlan } from "../../src/plan/plan";

const F = { code: "0.00", unit: "u" };

function tiny(overrides: Partial<ModelTemplate> = {}): ModelTemplate {
  return {
    id: "tiny",
    title: { en: "Tiny", fr: "Petit" },
    question: { en: "q", fr: "q" },
    sheetName: "Tiny",
    description: "A tiny model.",
    defaultYears: 2,
    sections: [
      { role: "timeline", title: "Timeline", items: [{ type: "timeline", key: "Years", label: "Year", format: F, first: "{FirstYear}", formula: "{Years@prev}+{Step}", name: true }] },
      {
        role: "inputs",
        title: "Inputs",
        items: [
          { type: "scalar", key: "FirstYear", label: "First year", format: F, value: 2025, note: "docs/sources.md §Operations" },
          { type: "scalar", key: "Step", label: "Step", format: F, value: 1, note: "Modelling choice: yearly" },
          { type: "scalar", key: "Rate", label: "Rate", format: F, value: 0.1, name: true, estimate: true, note: "a guess" },
          { type: "timeline", key: "Flow", label: "Flow", format: F, values: [1, 2], note: "docs/sources.md §Operations" },
        ],
      },
      {
        role: "calculations",
        title: "Calculations",
        items: [
          { type: "timeline", key: "Grow", label: "Grow", format: F, first: "{Flow}*{Rate}", formula: "{Grow@prev}+{Flow}*{Rate}", name: true, conditionalFormats: [{ when: "{Grow}>{Rate}", style: { bold: true } }] },
          { type: "scalar", key: "Total", label: "Total", format: F, formula: "SUM({Grow@all})", name: true },
        ],
      },
      { role: "checks", title: "Checks", items: [{ type: "scalar", key: "MasterCheck", label: "Master", format: F, formula: "{Total}-SUM({Grow@all})", name: true }] },
    ],
    charts: [{ type: "line", title: "Grow", categories: "Years", series: [{ name: "Grow", key: "Grow" }] }],
    reference: () => ({}),
    headlines: () => [],
    ...overrides,
  };
}

function at(plan: SheetPlan, a1: string): PlanCell | null {
  const m = /^([A-Z])([0-9]+)$/.exec(a1) as RegExpExecArray;
  const row = Number(m[2]) - 1;
  const col = m[1].charCodeAt(0) - 65;
  for (const b of plan.blocks) {
    const line = b.cells[row - b.top];
    if (line && col >= b.left && col - b.left < line.length) return line[col - b.left];
  }
  return null;
}

describe("layoutModel on a hand-worked template", () => {
  const plan = layoutModel(tiny());

  it.each([
    ["D5", "=$C$8"], // first year: the FirstYear input, absolute
    ["E5", "=D5+$C$9"], // previous column relative, input absolute
    ["D14", "=D11*$C$10"], // `first`: same column of Flow, Rate absolute
    ["E14", "=D14+E11*$C$10"],
    ["C15", "=SUM($D$14:$E$14)"], // @all: the whole timeline row, absolute
    ["C18", "=$C$15-SUM($D$14:$E$14)"], // scalars are always absolute
    ["C3", "=C18"], // the master check linked at the top
  ])("writes %s as %s", (a1, formula) => {
    expect(at(plan, a1)?.formula).toBe(formula);
  });

  it("writes inputs as values with their formats, and notes beside them", () => {
    expect(at(plan, "C8")).toEqual({ value: 2025, numberFormat: "0.00" });
    expect(at(plan, "E11")).toEqual({ value: 2, numberFormat: "0.00" });
    expect(at(plan, "D10")?.value).toBe("Estimate: a guess"); // estimate flag -> labelled
    expect(at(plan, "F11")?.value).toBe("docs/sources.md §Operations"); // timeline input: note after the timeline
    expect(at(plan, "B10")?.value).toBe("u");
  });

  it("names the cells and the timeline rows", () => {
    expect(plan.names.map((n) => [n.name, n.kind, n.range])).toEqual([
      ["Years", "timeline", { top: 4, left: 3, rows: 1, cols: 2 }],
      ["Rate", "input", { top: 9, left: 2, rows: 1, cols: 1 }],
      ["Grow", "calculation", { top: 13, left: 3, rows: 1, cols: 2 }],
      ["Total", "calculation", { top: 14, left: 2, rows: 1, cols: 1 }],
      ["MasterCheck", "check", { top: 17, left: 2, rows: 1, cols: 1 }],
    ]);
  });

  it("freezes the label columns and the timeline header, and sizes every column", () => {
    expect(plan.freeze).toEqual({ rows: 5, cols: 3 });
    expect(plan.columnWidths).toHaveLength(plan.colCount);
    expect(plan.colCount).toBe(6); // A..E plus the note column F
    expect(plan.rowCount).toBe(18);
    expect(plan.masterCheck).toEqual({ top: 17, left: 2, rows: 1, cols: 1 });
    expect(plan.inputsRange).toEqual({ top: 6, left: 0, rows: 5, cols: 6 });
  });

  it("writes conditional formats relative to the first cell, and chart ranges from keys", () => {
    expect(plan.conditionalFormats[0]).toEqual({ range: { top: 13, left: 3, rows: 1, cols: 2 }, formula: "=D14>$C$10", style: { bold: true } });
    expect(plan.charts[0].series[0].values).toEqual({ top: 13, left: 3, rows: 1, cols: 2 });
    expect(plan.charts[0].anchor.top).toBeGreaterThanOrEqual(plan.rowCount);
  });

  it("styles inputs blue on a light fill", () => {
    const blue = plan.styles.filter((s) => s.style.fontColor === "#0000FF").map((s) => s.range);
    expect(blue).toContainEqual({ top: 7, left: 2, rows: 1, cols: 1 });
    expect(blue).toContainEqual({ top: 10, left: 3, rows: 1, cols: 2 });
  });

  it("stretches the timeline with the years option and repeats the last input value", () => {
    const laid = layoutModelDetailed(tiny(), { years: 4 });
    expect(laid.plan.names.find((n) => n.name === "Grow")?.range.cols).toBe(4);
    expect(laid.inputs.filter((i) => i.key.startsWith("Flow#")).map((i) => i.value)).toEqual([1, 2, 2, 2]);
  });
});

describe("layoutModel rejects template mistakes", () => {
  const withCalc = (formula: string, first?: string): ModelTemplate => {
    const t = tiny();
    t.sections[2].items[0] = { type: "timeline", key: "Grow", label: "Grow", format: F, formula, ...(first ? { first } : {}) };
    return t;
  };
  it.each([
    ["an unknown key", withCalc("{Nope}"), /unknown key \{Nope\}/],
    ["@prev in the first column", withCalc("{Grow@prev}+{Flow}"), /has no previous column/],
    ["a scalar used as a range", withCalc("SUM({Rate@prev})"), /is a single cell/],
    ["a timeline row from a scalar without @all", (() => {
      const t = tiny();
      t.sections[2].items[1] = { type: "scalar", key: "Total", label: "Total", format: F, formula: "{Grow}" };
      return t;
    })(), /from a scalar use @all/],
  ])("%s", (_what, template, message) => {
    expect(() => layoutModel(template)).toThrow(message);
  });

  it("rejects a timeline shorter than one year or longer than 100", () => {
    expect(() => layoutModel(tiny(), { years: 0 })).toThrow(/1\.\.100/);
    expect(() => layoutModel(tiny(), { years: 101 })).toThrow(/1\.\.100/);
  });
});

/** The unit labels (Format.unit) a headline format may show: the pane must not call a multiple a percentage. */
const HEADLINE_UNITS: Record<Headline["format"], string[]> = {
  percent: ["%"],
  shares: ["shares"],
  usd: ["$ m", "$"],
  multiple: ["x"],
  count: ["GPUs", "count"],
  gw: ["GW"],
};

describe("the shipped models' headlines", () => {
  it.each(MODELS.map((m) => [m.id, m] as const))("%s: two or three headlines, each a named cell of the sheet with a matching unit and the reference value", (_id, m) => {
    expect(m.title.en && m.title.fr && m.question.en && m.question.fr).toBeTruthy();
    const h = m.headlines();
    expect(h.length).toBeGreaterThanOrEqual(2);
    expect(h.length).toBeLessThanOrEqual(3);
    expect(new Set(h.map((x) => x.key)).size).toBe(h.length);
    const plan = layoutModel(m);
    const reference = referenceAtDefaults(m);
    for (const x of h) {
      // the analyst can find the figure the pane shows: a defined name over it
      const name = plan.names.find((n) => n.name === x.key);
      expect(name, x.key).toBeDefined();
      // the name's comment ends with the unit of its Format: "(label) (unit)"
      const unit = /\(([^()]*)\)$/.exec(name?.comment ?? "")?.[1];
      expect(HEADLINE_UNITS[x.format], `${x.key} shown as ${x.format}, unit ${unit}`).toContain(unit);
      // a scalar shows its value; a series shows its first year (the labels say which year)
      const want = reference[x.key];
      expect(want, x.key).toBeDefined();
      expect(x.value, x.key).toBe(Array.isArray(want) ? want[0] : want);
      expect(x.en.length * x.fr.length, x.key).toBeGreaterThan(0);
    }
  });
});

describe("impossible template and plan states do not type-check", () => {
  it("a scalar is an input or a calculation, a timeline row values or a formula, a cell a value or a formula", () => {
    // Each object below is kept in an array so that the compiler checks it against the type;
    // `npm run typecheck` fails if any of them becomes acceptable (an unused @ts-expect-error is an error).
    const scalars: ScalarItem[] = [
      { type: "scalar", key: "A", label: "a", format: F, value: 1 },
      { type: "scalar", key: "B", label: "b", format: F, formula: "{A}" },
      // @ts-expect-error both a value and a formula
      { type: "scalar", key: "C", label: "c", format: F, value: 1, formula: "{A}" },
      // @ts-expect-error neither
      { type: "scalar", key: "D", label: "d", format: F },
      // @ts-expect-error a dropdown on a calculation
      { type: "scalar", key: "E", label: "e", format: F, formula: "{A}", list: { values: ["x"], errorMessage: "x" } },
    ];
    const rows: TimelineItem[] = [
      { type: "timeline", key: "V", label: "v", format: F, values: [1] },
      { type: "timeline", key: "W", label: "w", format: F, first: "1", formula: "{W@prev}" },
      // @ts-expect-error values and a formula
      { type: "timeline", key: "X", label: "x", format: F, values: [1], formula: "{V}" },
      // @ts-expect-error a first-column formula on an input row
      { type: "timeline", key: "Y", label: "y", format: F, values: [1], first: "{V}" },
    ];
    const cells: PlanCell[] = [
      { value: 1 },
      { formula: "=A1" },
      // @ts-expect-error both
      { value: 1, formula: "=A1" },
      // @ts-expect-error a number format alone is not a cell
      { numberFormat: "0.0" },
    ];
    expect([scalars.length, rows.length, cells.length]).toEqual([5, 4, 4]);
  });
});

describe("banker-ready sheets: validation, alignment, units, widths, print, font", () => {
  const PCT = { code: "0.0%", unit: "%" };
  const FLAG = { code: "General", unit: "flag", align: "Center" as const };
  /** tiny() with bounds on three inputs, a percent input, a flag row and a table with units in its header. */
  function banker(): ModelTemplate {
    const t = tiny();
    const inputs = t.sections[1].items;
    inputs[0] = { type: "scalar", key: "FirstYear", label: "First year", format: F, value: 2025, note: "n", bounds: { type: "whole", min: 2000, max: 2100 } };
    inputs[2] = { type: "scalar", key: "Rate", label: "Rate", format: PCT, value: 0.1, name: true, note: "n", bounds: { type: "decimal", min: 0, max: 0.25 } };
    inputs[3] = { type: "timeline", key: "Flow", label: "Flow", format: F, values: [1, 2], note: "n", bounds: { type: "decimal", min: 0 } };
    inputs.push({
      type: "table",
      key: "Debt",
      label: "Facility",
      unitsInHeader: true,
      columns: [
        { key: "Balance", header: "Balance", format: { code: "#,##0", unit: "$ m" }, bounds: { type: "decimal", min: 0 } },
        { key: "Kind", header: "Repayment", format: { code: "General", unit: "text" }, list: ["bullet", "amortizing"] },
      ],
      rows: [{ key: "Loan", label: "Term loan", cells: [100, "bullet"], note: "n" }],
    });
    t.sections[2].items.push({ type: "timeline", key: "Breach", label: "Breach", format: FLAG, formula: "IF({Grow}>{Rate},1,0)" });
    return t;
  }
  // Rows: 7 Inputs bar, 8 FirstYear, 9 Step, 10 Rate, 11 Flow, 12 table header, 13 Term loan;
  // 15 Calculations bar, 16 Grow, 17 Total, 18 Breach; 20 Checks bar, 21 MasterCheck.
  const laid = layoutModelDetailed(banker());
  const plan = laid.plan;

  it("writes a validation with an input message for each bounded input, percentages as percentages", () => {
    expect(plan.validations).toEqual([
      { range: { top: 7, left: 2, rows: 1, cols: 1 }, title: "First year", prompt: "Enter a whole number from 2000 to 2100.", errorMessage: "First year must be a whole number from 2000 to 2100.", kind: "whole", min: 2000, max: 2100 },
      { range: { top: 9, left: 2, rows: 1, cols: 1 }, title: "Rate", prompt: "Enter a number from 0 % to 25 %.", errorMessage: "Rate must be a number from 0 % to 25 %.", kind: "decimal", min: 0, max: 0.25 },
      { range: { top: 10, left: 3, rows: 1, cols: 2 }, title: "Flow", prompt: "Enter a number of at least 0.", errorMessage: "Flow must be a number of at least 0.", kind: "decimal", min: 0 },
      { range: { top: 12, left: 2, rows: 1, cols: 1 }, title: "Term loan, Balance", prompt: "Enter a number of at least 0.", errorMessage: "Term loan, Balance must be a number of at least 0.", kind: "decimal", min: 0 },
      { range: { top: 12, left: 3, rows: 1, cols: 1 }, kind: "list", values: ["bullet", "amortizing"], title: "Term loan, Repayment", prompt: "Choose one of: bullet, amortizing.", errorMessage: "Term loan, Repayment must be one of: bullet, amortizing." },
    ]);
  });

  it("shows each table column's unit in its header and leaves the unit column empty", () => {
    expect(at(plan, "C12")?.value).toBe("Balance ($ m)");
    expect(at(plan, "D12")?.value).toBe("Repayment (text)");
    expect(at(plan, "B13")).toBeNull();
    const t = banker();
    const table = t.sections[1].items[4];
    if (table.type !== "table") throw new Error("fixture");
    table.rows[0].unit = "$ m, text";
    expect(() => layoutModel(t)).toThrow(/shows its units in the header; row Loan/);
  });

  it("centres the cells of a format that asks for it (flags)", () => {
    expect(plan.styles).toContainEqual({ range: { top: 17, left: 3, rows: 1, cols: 2 }, style: { horizontalAlignment: "Center" } });
  });

  it("prints landscape, one page wide, every row through the last year, the year row and columns A:C on every page", () => {
    // the timeline ends in column E (2 years from D); the notes in F are left to the screen
    expect(plan.print).toEqual({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, area: { top: 0, left: 0, rows: plan.rowCount, cols: 5 }, titleRows: { first: 4, last: 4 }, titleColumns: { first: 0, last: 2 } });
    expect(plan.colCount).toBe(6);
    const flat = tiny({
      defaultYears: undefined,
      charts: [],
      sections: [
        { role: "inputs", title: "Inputs", items: [{ type: "scalar", key: "Rate", label: "Rate", format: F, value: 0.1, note: "n" }] },
        { role: "checks", title: "Checks", items: [{ type: "scalar", key: "MasterCheck", label: "Master", format: F, formula: "{Rate}-{Rate}" }] },
      ],
    });
    // rows 1-3 title, 5 Inputs bar, 6 Rate (note in D), 7 blank, 8 Checks bar, 9 MasterCheck: A1:C9
    expect(layoutModel(flat).print).toMatchObject({ area: { top: 0, left: 0, rows: 9, cols: 3 }, titleColumns: { first: 0, last: 2 } });
    expect(layoutModel(flat).print.titleRows).toBeUndefined(); // no timeline, no year row to repeat
  });

  it("names one font for every cell", () => {
    expect(plan.font).toEqual({ name: "Calibri", size: 11 });
  });

  it("widens the label column to its longest label, up to 60, and wraps longer labels", () => {
    // widths: ceil(chars x 1.05) + 2. A 50-character label needs ceil(52.5) + 2 = 55; one of 80 needs 86 > 60: wrap.
    const t = banker();
    t.sections[2].items[1] = { type: "scalar", key: "Total", label: "L".repeat(50), format: F, formula: "SUM({Grow@all})", name: true };
    expect(layoutModel(t).columnWidths[0]).toBe(55);
    t.sections[2].items[1] = { type: "scalar", key: "Total", label: "L".repeat(80), format: F, formula: "SUM({Grow@all})", name: true };
    const long = layoutModel(t);
    expect(long.columnWidths[0]).toBe(60);
    expect(long.styles).toContainEqual({ range: { top: 16, left: 0, rows: 1, cols: 1 }, style: { wrap: true } });
    // Rows grow by 15 pt per line, lines = ceil((text width - 2) / (column width - 2)):
    // row 3, the legend (102 characters, width 110) in A (60): ceil(108 / 58) = 2 lines;
    // row 12, the header "Repayment (text)" (width 19) in D (capped at 18): ceil(17 / 16) = 2;
    // row 17, the 80-character label (width 86) in A: ceil(84 / 58) = 2.
    expect(long.rowHeights).toEqual([
      { row: 2, points: 30 },
      { row: 11, points: 30 },
      { row: 16, points: 30 },
    ]);
    // tiny(): only the legend, in A at its default 46: ceil(108 / 44) = 3 lines
    expect(layoutModel(tiny()).rowHeights).toEqual([{ row: 2, points: 45 }]);
    // the default label width (46) stays when every label is short; notes never widen a column
    expect(layoutModel(tiny()).columnWidths).toEqual([46, 11, 15, 13, 13, 13]);
  });

  it("rejects bounds that are not a range", () => {
    const t = banker();
    t.sections[1].items[0] = { type: "scalar", key: "FirstYear", label: "First year", format: F, value: 2025, note: "n", bounds: { type: "whole", min: 2100, max: 2000 } };
    expect(() => layoutModel(t)).toThrow(/not a range/);
  });
});
