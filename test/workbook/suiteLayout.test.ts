/**
 * The deal workbook's description and layout without a spreadsheet engine:
 * every sheet's plan passes the static checks, every cross-sheet reference names
 * a sheet of the suite and a name that sheet defines, linked cells are formulas
 * in the link colour (no input fill, no validation, not listed as inputs, a note
 * naming the source), rows read the same year of their source, and the suite
 * description refuses a broken link while skipping a link from an undeclared sheet.
 */
import { describe, expect, it } from "vitest";
import { capacity } from "../../src/models/capacity";
import { defaultInputs } from "../../src/models/defaults";
import { dilution } from "../../src/models/dilution";
import { leverage } from "../../src/models/leverage";
import { buildSuite, DEAL_SUITE, DEAL_SUITE_SKIPPED, SHEETS } from "../../src/models/suite";
import { summaryValues } from "../../src/models/summary";
import { suiteReference } from "../../src/models/suiteReference";
import { cellAddress, type RangeRef } from "../../src/plan/plan";
import { INPUT_FILL } from "../../src/workbook/layout";
import { textWidth } from "../../src/workbook/layout/columnWidths";
import { checkPlan } from "../../src/workbook/staticChecks";
import { LINK_FONT, layoutSuite, suiteSheetNames, type LaidOutSheet } from "../../src/workbook/suiteLayout";

/** `'Sheet name'!Name` in a formula. */
const EXTERNAL = /'((?:[^']|'')+)'!([A-Za-z_][\w.]*)/g;
const inside = (r: RangeRef, row: number, col: number): boolean => row >= r.top && row < r.top + r.rows && col >= r.left && col < r.left + r.cols;
const formulaAt = (laid: LaidOutSheet, row: number, col: number): string | undefined => {
  for (const b of laid.plan.blocks) {
    const c = b.cells[row - b.top]?.[col - b.left];
    if (c) return c.formula;
  }
  return undefined;
};

describe.each([1, 10, 30])("the deal workbook over %i years", (years) => {
  const names = suiteSheetNames(DEAL_SUITE, ["Capacity"]);
  const laid = layoutSuite(DEAL_SUITE, names, years);
  const bySheetName = new Map(laid.map((l) => [l.plan.sheetName, l]));

  it("declares every sheet, Circularity included, with no link skipped", () => {
    expect(laid.map((l) => l.id)).toEqual(["summary", "capacity", "leverage", "valuation", "dilution", "circularity"]);
    expect(DEAL_SUITE_SKIPPED).toEqual([]);
  });

  it.each(laid.map((l) => [l.id, l] as const))("%s: passes the static checks; each cross-sheet reference names a defined name of a sheet of the suite", (_id, l) => {
    const stand = l.plan.names[0].name; // a name of this sheet stands for each external one in the static checks
    const external: string[] = [];
    const plan = {
      ...l.plan,
      blocks: l.plan.blocks.map((b) => ({
        ...b,
        cells: b.cells.map((row) =>
          row.map((c) => {
            if (c?.formula === undefined) return c;
            return {
              ...c,
              formula: c.formula.replace(EXTERNAL, (_m, sheet: string, name: string) => {
                const target = bySheetName.get(sheet.replace(/''/g, "'"));
                if (!target?.plan.names.some((n) => n.name === name)) external.push(`${sheet}!${name}`);
                return stand;
              }),
            };
          }),
        ),
      })),
    };
    expect(external).toEqual([]);
    expect(checkPlan(plan, l.timelineRows)).toEqual([]);
  });

  it("links follow the names actually used: nothing reads the user's own Capacity sheet", () => {
    expect(names.get("capacity")).toBe("Capacity (2)");
    for (const l of laid) for (const b of l.plan.blocks) for (const row of b.cells) for (const c of row) expect(c?.formula ?? "").not.toContain("'Capacity'!");
  });

  it("linked cells are formulas in the link colour, without input fill or validation, not inputs, with a note naming the source", () => {
    for (const l of laid) {
      for (const { link, range } of l.links) {
        for (let col = range.left; col < range.left + range.cols; col++) {
          const where = `${l.id}.${link.input} ${cellAddress(range.top, col)}`;
          expect(formulaAt(l, range.top, col), where).toMatch(/^=/);
          const styles = l.plan.styles.filter((s) => inside(s.range, range.top, col));
          expect(styles.at(-1)?.style.fontColor ?? styles.filter((s) => s.style.fontColor).at(-1)?.style.fontColor, where).toBe(LINK_FONT);
          expect(styles.some((s) => s.style.fill === INPUT_FILL), where).toBe(false);
          expect(l.plan.validations.some((v) => inside(v.range, range.top, col)), where).toBe(false);
        }
        expect(l.inputs.some((i) => i.key === link.input || i.key === `${link.input}#${range.cols - 1}` && range.cols > 1), `${l.id}.${link.input} still an input`).toBe(false);
        const note = l.plan.blocks.flatMap((b) => b.cells[range.top - b.top] ?? []).find((c) => typeof c?.value === "string" && c.value.startsWith("Linked"));
        expect(note?.value, `${l.id}.${link.input}`).toContain(link.from.names.join(" + "));
      }
    }
  });

  it("a row reads the same year of its source, by this sheet's own year cell", () => {
    const lev = laid.find((l) => l.id === "leverage") as LaidOutSheet;
    const revenue = lev.keys.get("Revenue") as RangeRef;
    const yearRow = (lev.keys.get("Years") as RangeRef).top;
    for (let i = 0; i < years; i++) {
      const col = revenue.left + i;
      // one year: the row's one cell (Gnumeric cannot INDEX a one-cell range)
      const want = years === 1 ? "='Capacity (2)'!Revenue" : `=INDEX('Capacity (2)'!Revenue,1,MATCH(${cellAddress(yearRow, col)},'Capacity (2)'!Years,FALSE))`;
      expect(formulaAt(lev, revenue.top, col)).toBe(want);
    }
    // the equity row links its first year only; the later years stay inputs
    const equity = lev.keys.get("EquityRaised") as RangeRef;
    expect(formulaAt(lev, equity.top, equity.left)).toBe("='Dilution'!Investment");
    if (years > 1) expect(lev.inputs.some((i) => i.key === "EquityRaised#1")).toBe(true);
  });
});

describe("the suite description", () => {
  it("skips a link whose source sheet is not in the suite, and says so", () => {
    const { suite, skipped } = buildSuite(SHEETS.filter((e) => e.template.id !== "valuation" && e.template.id !== "circularity"));
    expect(suite.sheets.map((s) => s.id)).toEqual(["summary", "capacity", "leverage", "dilution"]);
    expect(skipped).toEqual([]);
    const withoutCapacity = buildSuite(SHEETS.filter((e) => e.template.id === "leverage" || e.template.id === "dilution"));
    expect(withoutCapacity.skipped).toEqual(["Revenue", "EBITDA", "Capex", "MaintenanceCapex", "Depreciation"].map((k) => `leverage.${k} <- capacity (not in the suite)`));
  });

  it.each([
    ["an input the sheet lacks", { template: leverage, links: { Nope: { sheet: "dilution", names: ["Investment"] } } }, /leverage has no named input Nope/],
    ["a source name the sheet lacks", { template: leverage, links: { OpeningCash: { sheet: "dilution", names: ["Cash"] } } }, /dilution defines no name Cash/],
    ["a row into one cell", { template: leverage, links: { OpeningCash: { sheet: "capacity", names: ["Revenue"] } } }, /Revenue is a timeline row, OpeningCash one cell/],
  ])("refuses %s when the sheets are declared", (_label, entry, message) => {
    expect(() => buildSuite([{ template: capacity }, { template: dilution }, entry])).toThrow(message);
  });

  it("refuses a sheet declared twice", () => {
    expect(() => buildSuite([{ template: dilution }, { template: dilution }])).toThrow(/declared twice/);
  });

  it("at the defaults, every linked input holds what the model alone holds (the models' defaults are the suite's)", () => {
    const ref = suiteReference(DEAL_SUITE.sheets, DEAL_SUITE.defaultYears, {}, (read) => summaryValues(DEAL_SUITE.sheets.slice(1), read));
    for (const s of DEAL_SUITE.sheets.slice(1)) {
      const alone = defaultInputs(s.template);
      const inSuite = ref.get(s.id)?.inputs as Map<string, number | string>;
      for (const l of s.links) {
        // alone, circularity values the stake at the market price; in the suite at valuation's value per share
        if (s.id === "circularity" && l.input === "StakePrice") continue;
        const keys = alone.has(l.input) ? [l.input] : [...alone.keys()].filter((k) => k.startsWith(`${l.input}#`)).slice(0, l.firstYearOnly ? 1 : undefined);
        expect(keys.length, `${s.id}.${l.input}`).toBeGreaterThan(0);
        for (const k of keys) {
          const [a, b] = [alone.get(k), inSuite.get(k)];
          if (typeof a === "number" && typeof b === "number") expect(Math.abs(a - b), `${s.id}.${k}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
          else expect(b, `${s.id}.${k}`).toBe(a);
        }
      }
    }
  });
});

describe("the Summary prints its description whole", () => {
  it("keeps the description within the printed columns (LibreOffice cuts a longer line at the print area's edge)", () => {
    // the print area ends at the last number column; the description runs from column A across it
    const summary = layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE)).find((s) => s.id === DEAL_SUITE.sheets[0].id);
    if (!summary) throw new Error("no Summary sheet");
    const { left, cols } = summary.plan.print.area;
    const printed = summary.plan.columnWidths.slice(left, left + cols).reduce((a, b) => a + b, 0);
    expect(textWidth(DEAL_SUITE.sheets[0].template.description)).toBeLessThanOrEqual(printed);
  });
});
