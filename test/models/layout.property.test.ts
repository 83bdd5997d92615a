/**
 * Property: for any timeline length, every model lays out cleanly (all static
 * checks pass) and every named series spans exactly the timeline.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { COL_TIMELINE, layoutModelDetailed } from "../../src/workbook/layout";
import { checkPlan } from "../../src/workbook/staticChecks";

describe("layout over timeline lengths", () => {
  it("passes the static checks with series spanning the timeline", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.constantFrom(...MODELS.filter((m) => m.defaultYears !== undefined)), (years, model) => {
        const laid = layoutModelDetailed(model, { years });
        expect(checkPlan(laid.plan, laid.timelineRows)).toEqual([]);
        const series = laid.plan.names.filter((n) => n.range.left === COL_TIMELINE && n.range.rows === 1);
        expect(series.length).toBeGreaterThan(5);
        for (const n of series) expect(n.range.cols).toBe(years);
      }),
      { numRuns: 40 },
    );
  });
});
