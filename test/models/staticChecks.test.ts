/**
 * Static checks over every model's plan (6- and 30-year timelines): references
 * resolve to non-empty cells, functions are allowed, no numeric constants in
 * calculations, timeline rows are one formula copied across, the DESIGN.md names
 * exist with the right extent, every input has a source note. The mutation cases
 * at the end prove each check can fail.
 */
import { describe, expect, it } from "vitest";
import { MODELS, getModel } from "../../src/models";
import type { ModelTemplate } from "../../src/models/template";
import { COL_TIMELINE, layoutModelDetailed } from "../../src/workbook/layout";
import type { SheetPlan } from "../../src/workbook/plan";
import { checkPlan } from "../../src/workbook/staticChecks";

/** Names DESIGN.md requires ("Model templates contract"); `series` names cover the timeline row. */
const REQUIRED: Record<string, { scalars: string[]; series: string[] }> = {
  dilution: {
    scalars: [
      "Investment", "PricePerShare", "MarketPrice", "ClassAShares", "ClassBShares", "InvestorSharesBefore",
      "NewShares", "PostShares", "InvestorSharesAfter", "InvestorStakeBefore", "InvestorStakeAfter", "Dilution",
      "PostMoneyValue", "DiscountToMarket", "VotingStakeAfter", "MasterCheck",
    ],
    series: [],
  },
  leverage: {
    scalars: ["MinCoverage", "MaxLeverage", "Scenario", "MasterCheck"],
    series: [
      "Years", "Revenue", "EBITDA", "CFADS", "InterestExpense", "PrincipalRepaid", "DebtOpening", "DebtDraws",
      "DebtClosing", "Cash", "InterestCoverage", "DSCR", "NetLeverage",
    ],
  },
  capacity: {
    scalars: ["WattsPerGpu", "PUE", "CapexPerMW", "CapexPerGpu", "PricePerGpuHour", "Utilization", "MasterCheck"],
    series: ["Years", "Gigawatts", "GPUs", "Capex", "RevenueCapacity", "FundingGap"],
  },
};

const cases = MODELS.flatMap((m) => (m.defaultYears ? [6, 30] : [undefined]).map((years) => [`${m.id}${years ? ` (${years} years)` : ""}`, m, years] as const));

describe.each(cases)("%s", (_label, model, years) => {
  const laid = layoutModelDetailed(model, years ? { years } : {});
  const plan = laid.plan;

  it("passes every static check", () => {
    expect(checkPlan(plan, laid.timelineRows)).toEqual([]);
  });

  it("defines the DESIGN.md names with the right extent", () => {
    const byName = new Map(plan.names.map((n) => [n.name, n.range]));
    for (const n of REQUIRED[model.id].scalars) expect(byName.get(n), n).toMatchObject({ rows: 1, cols: 1 });
    for (const n of REQUIRED[model.id].series) expect(byName.get(n), n).toEqual({ top: expect.any(Number), left: COL_TIMELINE, rows: 1, cols: laid.years });
    if (model.id === "dilution") expect(byName.get("StakeSensitivity")).toMatchObject({ rows: 5, cols: 5 });
  });

  it("makes every named series start at the timeline and span it", () => {
    const years = plan.names.find((n) => n.name === "Years");
    if (!years) return;
    for (const n of plan.names.filter((x) => x.range.cols > 1 && x.range.left === COL_TIMELINE)) expect(n.range.cols, n.name).toBe(laid.years);
  });

  it("has a master check that is the checks' formula cell, linked at the top", () => {
    const master = plan.names.find((n) => n.name === "MasterCheck");
    expect(plan.masterCheck).toEqual(master?.range);
  });
});

describe.each(MODELS.map((m) => [m.id, m] as const))("%s inputs", (_id, model: ModelTemplate) => {
  const laid = layoutModelDetailed(model);
  const cells = new Map<string, string | number | boolean>();
  for (const b of laid.plan.blocks) b.cells.forEach((line, r) => line.forEach((c, k) => c?.value !== undefined && cells.set(`${b.top + r},${b.left + k}`, c.value)));

  it("gives every input row a source note citing the reference file, an estimate label or a stated modelling choice", () => {
    const inputRows = new Set(laid.inputs.map((i) => i.range.top));
    expect(inputRows.size).toBeGreaterThan(5);
    for (const row of inputRows) {
      const notes = [...cells.entries()].filter(([k, v]) => k.startsWith(`${row},`) && typeof v === "string" && Number(k.split(",")[1]) > 2);
      const note = notes.map(([, v]) => String(v)).find((v) => v.length > 20);
      expect(note, `input row ${row + 1} has no note`).toBeTruthy();
      expect(note).toMatch(/coreweave-facts\.md|^Estimate:|^Modelling choice:|^Definition:/);
    }
  });

  it("labels estimates as estimates", () => {
    const estimates = [...cells.values()].filter((v) => typeof v === "string" && v.startsWith("Estimate:"));
    if (model.id !== "dilution") expect(estimates.length).toBeGreaterThan(2);
    else expect(estimates.length).toBe(2); // Class A and Class B share counts are derived
  });

  it("styles every input blue on a light fill", () => {
    for (const inp of laid.inputs) {
      const styled = laid.plan.styles.some(
        (s) => s.style.fontColor === "#0000FF" && s.range.top <= inp.range.top && inp.range.top < s.range.top + s.range.rows && s.range.left <= inp.range.left && inp.range.left < s.range.left + s.range.cols,
      );
      expect(styled, inp.key).toBe(true);
    }
  });
});

describe("the static checks can fail", () => {
  const base = (): { plan: SheetPlan; rows: ReturnType<typeof layoutModelDetailed>["timelineRows"] } => {
    const l = layoutModelDetailed(getModel("leverage") as ModelTemplate);
    return { plan: structuredClone(l.plan), rows: l.timelineRows };
  };
  const formulaCell = (plan: SheetPlan, match: (f: string) => boolean): { formula?: string } => {
    for (const b of plan.blocks) for (const line of b.cells) for (const c of line) if (c?.formula && match(c.formula)) return c;
    throw new Error("no such formula");
  };

  it.each([
    ["a volatile function", (f: string) => `=OFFSET(${f.slice(1)},0,0)`, /OFFSET is not allowed/],
    ["a LET (not in Excel 2016)", (f: string) => `=LET(x,1,${f.slice(1)})`, /LET is not allowed/],
    ["a numeric constant", (f: string) => `${f}*1.05`, /numeric constant 1\.05/],
    ["a reference to an empty cell", (f: string) => `${f}+Z2000`, /outside the used area|empty cell/],
    ["an unknown name", (f: string) => `${f}+NoSuchName`, /unknown name NoSuchName/],
  ])("reports %s", (_what, mutate, message) => {
    const { plan, rows } = base();
    const cell = formulaCell(plan, (f) => f.includes("*$C$"));
    cell.formula = mutate(cell.formula as string);
    expect(checkPlan(plan, rows).join("\n")).toMatch(message);
  });

  it("reports a timeline row whose formula changes mid-row", () => {
    const { plan, rows } = base();
    const row = rows.find((r) => r.key === "EBITDA");
    if (!row) throw new Error("no EBITDA row");
    const block = plan.blocks.find((b) => b.top <= row.row && row.row < b.top + b.cells.length);
    if (!block) throw new Error("no block");
    const cell = block.cells[row.row - block.top][row.left + 3];
    if (!cell) throw new Error("no cell");
    cell.formula = (cell.formula as string).replace(/\$C\$/, "$D$"); // points at another input
    expect(checkPlan(plan, rows).join("\n")).toMatch(/EBITDA: column 4 is not the formula of column 1/);
  });

  it("reports a name over empty cells and a name that looks like a cell", () => {
    const { plan, rows } = base();
    plan.names.push({ name: "OEM1", range: { top: plan.rowCount - 1, left: plan.colCount - 1, rows: 1, cols: 1 }, kind: "output", comment: "x" });
    const text = checkPlan(plan, rows).join("\n");
    expect(text).toMatch(/OEM1 is not a valid Excel name/);
    expect(text).toMatch(/OEM1 covers the empty cell/);
  });
});
