/**
 * Static checks over every model's plan (6- and 30-year timelines): references
 * resolve to non-empty cells, functions are allowed, no numeric constants in
 * calculations, timeline rows are one formula copied across, the names each
 * model's contract requires (docs/models.md) exist with the right extent, every
 * input cites a section of docs/sources.md that exists or states a modelling
 * choice. The mutation cases at the end prove each check can fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODELS, getModel } from "../../src/models";
import type { ModelTemplate } from "../../src/plan/template";
import { COL_TIMELINE, layoutModelDetailed } from "../../src/workbook/layout";
import type { PlanName, SheetPlan } from "../../src/plan/plan";
import { checkPlan } from "../../src/workbook/staticChecks";
import { contractOf } from "./contract";


/**
 * Names whose extent is none of the shapes the models use, each with why: a name
 * covers one cell, a 5 x 5 sensitivity grid, or a series, one row from the first
 * timeline column (COL_TIMELINE) across exactly `years` columns. A series shifted
 * by a column, cut short or running past the last year, or a block of several
 * rows, is reported. A model without a timeline (`years` 0) has no series.
 */
function misplacedNames(names: readonly PlanName[], years: number): string[] {
  const out: string[] = [];
  for (const { name, range } of names) {
    if (range.rows * range.cols === 1 || (range.rows === 5 && range.cols === 5)) continue;
    if (range.rows !== 1) out.push(`${name}: ${range.rows} x ${range.cols} is neither a cell, a 5 x 5 grid nor a one-row series`);
    else if (range.left !== COL_TIMELINE) out.push(`${name}: a series starting in column ${range.left + 1}, not the timeline's ${COL_TIMELINE + 1}`);
    else if (range.cols !== years) out.push(`${name}: a series of ${range.cols} columns over a ${years}-year timeline`);
  }
  return out;
}

const cases = MODELS.flatMap((m) => (m.defaultYears ? [6, 30] : [undefined]).map((years) => [`${m.id}${years ? ` (${years} years)` : ""}`, m, years] as const));

describe.each(cases)("%s", (_label, model, years) => {
  const laid = layoutModelDetailed(model, years ? { years } : {});
  const plan = laid.plan;

  it("passes every static check", () => {
    expect(checkPlan(plan, laid.timelineRows)).toEqual([]);
  });

  it("defines the contract's names with the right extent", () => {
    const byName = new Map(plan.names.map((n) => [n.name, n.range]));
    for (const n of contractOf(model.id).scalars) expect(byName.get(n), n).toMatchObject({ rows: 1, cols: 1 });
    for (const n of contractOf(model.id).series) expect(byName.get(n), n).toEqual({ top: expect.any(Number), left: COL_TIMELINE, rows: 1, cols: laid.years });
    for (const n of contractOf(model.id).grids) expect(byName.get(n), n).toMatchObject({ rows: 5, cols: 5 });
  });

  it("names only single cells, 5 x 5 grids and series that start at the timeline and span it", () => {
    expect(misplacedNames(plan.names, laid.years)).toEqual([]);
    // not vacuous: a timeline model names its series (every one checked above), a model without one names none
    const series = plan.names.filter((n) => n.range.rows === 1 && n.range.left === COL_TIMELINE && n.range.cols === laid.years);
    if (model.defaultYears === undefined) expect(laid.years).toBe(0);
    else expect(series.length).toBeGreaterThanOrEqual(contractOf(model.id).series.length);
  });

  it("has a master check that is the checks' formula cell, linked at the top", () => {
    const master = plan.names.find((n) => n.name === "MasterCheck");
    expect(plan.masterCheck).toEqual(master?.range);
  });
});

/** The `## ` headings of docs/sources.md: the sections a note may cite as `docs/sources.md §<Section>`. */
const SOURCE_SECTIONS = readFileSync(new URL("../../docs/sources.md", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.startsWith("## "))
  .map((line) => line.slice(3).trim());

const CITATION = "docs/sources.md §";

/**
 * Why a note fails the sourcing rule, or undefined when it passes: a note either
 * states a modelling choice or cites at least one `docs/sources.md §<Section>`,
 * and every section it cites is a heading of docs/sources.md (the longest heading
 * the text after "§" starts with, followed by a non-letter or the end).
 */
export function noteProblem(note: string, sections: readonly string[]): string | undefined {
  if (note.startsWith("Modelling choice")) return undefined;
  const cited = note.split(CITATION).slice(1);
  if (cited.length === 0) return `cites no ${CITATION}<Section> and states no modelling choice`;
  for (const rest of cited) {
    const section = sections.filter((s) => rest.startsWith(s) && !/^[A-Za-z]/.test(rest.slice(s.length))).sort((a, b) => b.length - a.length)[0];
    if (!section) return `cites a section docs/sources.md does not have: §${rest.slice(0, 30)}`;
  }
  return undefined;
}

describe("the sourcing rule for input notes", () => {
  it("reads the sections of docs/sources.md", () => {
    expect(SOURCE_SECTIONS).toEqual(expect.arrayContaining(["The deal", "Debt", "Power per GPU", "Estimates", "Open questions"]));
  });

  it.each([
    ["Modelling choice: a yearly timeline", undefined],
    ["Estimate: about 385,000,000 (docs/sources.md §The deal)", undefined],
    ["$14.03 B: docs/sources.md §Debt; docs/sources.md §Balance sheet", undefined],
    ["see docs/sources.md §Debt", undefined],
    ["an old reference file, Debt", /cites no/],
    ["Estimate: assumption", /cites no/],
    ["docs/sources.md §Voting", /does not have: §Voting/],
    ["docs/sources.md §Debtors", /does not have: §Debtors/],
    ["docs/sources.md §Debt and docs/sources.md §Nowhere", /does not have: §Nowhere/],
  ])("%s", (note, problem) => {
    const found = noteProblem(note, SOURCE_SECTIONS);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe.each(MODELS.map((m) => [m.id, m] as const))("%s inputs", (_id, model: ModelTemplate) => {
  const laid = layoutModelDetailed(model);
  const cells = new Map<string, string | number | boolean>();
  for (const b of laid.plan.blocks) b.cells.forEach((line, r) => line.forEach((c, k) => c?.value !== undefined && cells.set(`${b.top + r},${b.left + k}`, c.value)));

  it("gives every input row a note citing an existing section of docs/sources.md or stating a modelling choice", () => {
    const inputRows = new Set(laid.inputs.map((i) => i.range.top));
    expect(inputRows.size).toBeGreaterThan(5);
    for (const row of inputRows) {
      const notes = [...cells.entries()].filter(([k, v]) => k.startsWith(`${row},`) && typeof v === "string" && Number(k.split(",")[1]) > 2);
      const note = notes.map(([, v]) => String(v)).find((v) => v.length > 20);
      expect(note, `input row ${row + 1} has no note`).toBeTruthy();
      expect(noteProblem(note ?? "", SOURCE_SECTIONS), `input row ${row + 1}: ${note}`).toBeUndefined();
    }
  });

  it("labels estimates as estimates", () => {
    const estimates = [...cells.values()].filter((v) => typeof v === "string" && v.startsWith("Estimate:"));
    const expected = contractOf(model.id).estimates;
    if ("exactly" in expected) expect(estimates.length).toBe(expected.exactly);
    else expect(estimates.length).toBeGreaterThanOrEqual(expected.atLeast);
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
    const row = rows.find((r) => r.key === "InterestOnOpening");
    if (!row) throw new Error("no InterestOnOpening row");
    const block = plan.blocks.find((b) => b.top <= row.row && row.row < b.top + b.cells.length);
    if (!block) throw new Error("no block");
    const cell = block.cells[row.row - block.top][row.left + 3];
    if (!cell) throw new Error("no cell");
    cell.formula = (cell.formula as string).replace(/\$C\$/, "$D$"); // points at another input
    expect(checkPlan(plan, rows).join("\n")).toMatch(/InterestOnOpening: column 4 is not the formula of column 1/);
  });

  it("reports named series off the timeline, cut short or too long, and row blocks (misplacedNames)", () => {
    const { plan } = base();
    const years = plan.names.find((n) => n.name === "Years")?.range.cols ?? 0; // leverage's default timeline
    const move = (name: string, change: (r: PlanName["range"]) => PlanName["range"]): void => {
      const n = plan.names.find((x) => x.name === name);
      if (!n) throw new Error(`no name ${name}`);
      n.range = change(n.range);
    };
    move("Revenue", (r) => ({ ...r, left: r.left + 1 }));
    move("EBITDA", (r) => ({ ...r, cols: r.cols - 1 }));
    move("Capex", (r) => ({ ...r, cols: r.cols + 1 }));
    move("Cash", (r) => ({ ...r, rows: 2 }));
    expect(misplacedNames(plan.names, years)).toEqual([
      `Revenue: a series starting in column ${COL_TIMELINE + 2}, not the timeline's ${COL_TIMELINE + 1}`,
      `EBITDA: a series of ${years - 1} columns over a ${years}-year timeline`,
      `Capex: a series of ${years + 1} columns over a ${years}-year timeline`,
      `Cash: 2 x ${years} is neither a cell, a 5 x 5 grid nor a one-row series`,
    ]);
    // the unchanged plan read as a model without a timeline: every series is out of place
    const names = base().plan.names;
    expect(misplacedNames(names, 0).length).toBe(names.filter((n) => n.range.cols > 1).length);
  });

  it("reports a name over empty cells and a name that looks like a cell", () => {
    const { plan, rows } = base();
    plan.names.push({ name: "OEM1", range: { top: plan.rowCount - 1, left: plan.colCount - 1, rows: 1, cols: 1 }, kind: "output", comment: "x" });
    const text = checkPlan(plan, rows).join("\n");
    expect(text).toMatch(/OEM1 is not a valid Excel name/);
    expect(text).toMatch(/OEM1 covers the empty cell/);
  });
});
