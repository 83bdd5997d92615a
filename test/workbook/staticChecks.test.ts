/**
 * checkPlan on one-formula variations of the fixture plan (whose other formulas
 * hold constants on purpose: only the problems of the changed cell B13 count):
 * each rule fires on the formula that breaks it and stays quiet on the one that does not.
 */
import { describe, expect, it } from "vitest";
import type { SheetPlan } from "../../src/plan/plan";
import { checkPlan } from "../../src/workbook/staticChecks";
import { fixturePlan } from "./excelFixture";

/** The fixture with the master check (B13) replaced by `formula`. */
function withMaster(formula: string): SheetPlan {
  const plan = fixturePlan(6);
  const block = plan.blocks[plan.blocks.length - 1];
  block.cells[0][1] = { formula, numberFormat: "0" };
  return plan;
}

/** The problems checkPlan finds in B13. */
const atMaster = (plan: SheetPlan): string[] => checkPlan(plan).filter((p) => p.startsWith("B13:"));

describe("checkPlan on formulas", () => {
  it("passes a master check without constants", () => {
    expect(atMaster(withMaster("=SUM(D9:D11)"))).toEqual([]);
  });

  it.each([
    // INDEX(one-row range, 1, k): the 1 is a position (Gnumeric needs the row argument), not a constant
    ["=INDEX(D9:I9,1,2-Growth)", /numeric constant 2/],
    ["=INDEX(D9:I9,2,Growth)", /numeric constant 2/],
    ["=1+D9", /numeric constant 1/],
    ["=MAX(1,D9)", /numeric constant 1/],
    ["=INDEX(D9:I9,1)", /numeric constant 1/], // a 1 that is the last argument is a column, and a constant here
  ])("%s is reported", (formula, problem) => {
    expect(atMaster(withMaster(formula)).join("\n")).toMatch(problem);
  });

  it.each(["=INDEX(D9:I9,1,Growth)", "=INDEX(Revenue,1,Growth)", "=index($D$9:$I$9,1,Growth)"])("%s passes", (formula) => {
    expect(atMaster(withMaster(formula))).toEqual([]);
  });

  it("reports a print area that is not the used range, and validation messages longer than Excel allows", () => {
    const plan = fixturePlan(6);
    plan.print = { ...plan.print, area: { top: 0, left: 0, rows: 5, cols: 5 } };
    plan.rowHeights = [{ row: 13, points: 30 }];
    plan.validations[0] = { ...plan.validations[0], title: "T".repeat(33) };
    const before = checkPlan(fixturePlan(6));
    expect(checkPlan(plan).filter((p) => !before.includes(p))).toEqual([
      "validation on B6: a message is longer than Excel allows",
      "the print area does not start at A1 and cover every row",
      'row height {"row":13,"points":30} is not a row of the sheet with 0 < points <= 409',
    ]);
  });
});
