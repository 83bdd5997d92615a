/**
 * DCF through its adapter: hand-worked cases, cash flows as a row or a column,
 * the rate x growth sensitivity grid with #NUM! only where rate <= growth, a
 * bad-input table, and exactness against a 60-digit reference (10,000 runs):
 * within 1e-12 of the exact value relative to the sum of the absolute present values.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dcf } from "../../src/functions/dcf";
import { ulp } from "./arbitraries";
import { showAll } from "./helpers";

const m = (x: unknown) => [[x]];
const one = (r: unknown[][]) => showAll(r)[0]![0];
const NOT_ABOVE = "#NUM! discount_rate must be greater than terminal_growth (the perpetuity has no finite value)";
const FLOWS = [[100, 110, 121]];

/** |x - exact| <= 1e-12 x scale (the contract's bound, scale = the sum of |PV|). */
function near(x: unknown, exact: number, scale = Math.abs(exact)): boolean {
  return typeof x === "number" && Math.abs(x - exact) <= 1e-12 * scale;
}

describe("DCF: hand-worked", () => {
  it.each([
    // flows, rate, growth, mid-year, exact value, sum of |PV|, derivation
    [FLOWS, 0.1, undefined, undefined, 3000 / 11, 3000 / 11, "flows growing at the rate: each is worth 100 / 1.1, three of them = 3000 / 11 = 272.7272..."],
    [[[100], [110], [121]], 0.1, undefined, undefined, 3000 / 11, 3000 / 11, "the same flows as a column"],
    [FLOWS, 0.1, 0.02, undefined, 15750 / 11, 15750 / 11, "TV = 121 x 1.02 / 0.08 = 1542.75, / 1.331 = 12750 / 11; + 3000 / 11 = 15750 / 11 = 1431.8181..."],
    [FLOWS, 0.1, undefined, true, (3000 / 11) * Math.sqrt(1.1), 286.04, "mid-year: every factor x 1.1^0.5: 3000 / 11 x 1.0488088... = 286.0387..."],
    [FLOWS, 0.1, 0.02, true, (15750 / 11) * Math.sqrt(1.1), 1501.7, "mid-year moves the terminal value half a year closer too"],
    [[[100]], 0.1, 0.02, undefined, 1250, 1250, "one flow and its terminal value at the end of year 1: (100 + 1275) / 1.1"],
    [[[1, 2, 3]], 0, undefined, false, 6, 6, "no discounting: the sum"],
    [[[-100, 50, 80]], 0.1, undefined, undefined, 14 / 1.331, 182.4, "over 1.331: -100 x 1.21 + 50 x 1.1 + 80 = 14; the sum of |PV| is 90.9 + 41.3 + 60.1"],
    [[[100, null, 121]], 0.1, undefined, undefined, 2000 / 11, 2000 / 11, "a blank flow is 0: 100 / 1.1 + 121 / 1.331 = 2 x 100 / 1.1"],
    [[[100, 110, 121]], -0.5, undefined, undefined, 100 * 2 + 110 * 4 + 121 * 8, 1608, "r = -50 %: factors 2, 4, 8 = 200 + 440 + 968"],
  ] as [unknown[][], number, number | undefined, boolean | undefined, number, number, string][])(
    "DCF(%j, %s, %s, %s) = %s",
    (flows, r, g, mid, exact, scale) => {
      const out = dcf(flows, m(r), g === undefined ? undefined : m(g), mid === undefined ? undefined : m(mid));
      expect(out.length).toBe(1);
      expect(near(out[0]![0], exact, scale), `${String(out[0]![0])} vs ${exact}`).toBe(true);
    },
  );

  it("a column of rates against a row of growths spills the whole grid, #NUM! only where rate <= growth", () => {
    const ratesBp = [800, 900, 1000, 1100, 1200]; // 8 % .. 12 %, a column
    const growthsBp = [600, 700, 800, 900, 1000]; // 6 % .. 10 %, a row
    const grid = dcf(FLOWS, ratesBp.map((r) => [r / 10_000]), [growthsBp.map((g) => g / 10_000)]);
    expect(grid.length).toBe(5);
    ratesBp.forEach((r, i) => {
      expect(grid[i]!.length).toBe(5);
      growthsBp.forEach((g, j) => {
        const cell = grid[i]![j];
        if (r <= g) expect(showAll([[cell]])[0]![0]).toBe(NOT_ABOVE);
        else expect(cell).toEqual(dcf(FLOWS, m(r / 10_000), m(g / 10_000))[0]![0]); // the grid is the scalar calls
      });
    });
    // six cells have rate <= growth: 8 % vs 8, 9, 10 %; 9 % vs 9, 10 %; 10 % vs 10 %
    expect(grid.flat().filter((c) => typeof c !== "number").length).toBe(6);
    // spot value, r = 12 %, g = 6 %: 100 / 1.12 + 110 / 1.2544 + 121 / 1.404928 + 121 x 1.06 / 0.06 / 1.404928
    const exact = 100 / 1.12 + 110 / 1.2544 + 121 / 1.404928 + (121 * 1.06) / 0.06 / 1.404928;
    expect(near(grid[4]![0], exact)).toBe(true);
  });

  it("mid_year broadcasts too: a row of FALSE, TRUE, 0, 1 against one rate", () => {
    const [end, mid, zero, oneCell] = dcf(FLOWS, m(0.1), undefined, [[false, true, 0, 1]])[0]!;
    expect(near(end, 3000 / 11)).toBe(true);
    expect(near(mid, (3000 / 11) * Math.sqrt(1.1))).toBe(true); // 286.0387...
    expect([zero, oneCell]).toEqual([end, mid]); // 0 is FALSE, any other number TRUE, as in Excel
  });
});

describe("DCF: bad input", () => {
  it.each([
    ["a 2-D block of cash flows", [[[1, 2], [3, 4]], 0.1], "#VALUE! cash_flows must be one row or one column, not a block of 2 x 2 cells"],
    ["text among the flows", [[[100, "n/a", 121]], 0.1], "#VALUE! cash_flows must be a number, not text"],
    ["TRUE among the flows", [[[true]], 0.1], "#VALUE! cash_flows must be a number, not TRUE"],
    ["#N/A among the flows", [[[100], ["#N/A"]], 0.1], "#N/A cash_flows holds the error #N/A"],
    ["#REF! among the flows", [[[{ code: "#REF!" }]], 0.1], "#VALUE! cash_flows holds the error #REF!"],
    ["an empty range of flows", [[], 0.1], "#VALUE! cash_flows is an empty range"],
    ["rate equal to growth", [FLOWS, 0.05, 0.05], NOT_ABOVE],
    ["rate below growth", [FLOWS, 0.02, 0.05], NOT_ABOVE],
    ["blank rate and blank growth cell are 0 and 0", [FLOWS, null, null], NOT_ABOVE],
    ["zero rate, positive growth", [FLOWS, 0, 0.01], NOT_ABOVE],
    ["rate of -1", [FLOWS, -1], "#VALUE! discount_rate must be greater than -1"],
    ["negative rate below -1", [FLOWS, -3, -4], "#VALUE! discount_rate must be greater than -1"],
    ["growth of -1", [FLOWS, 0.1, -1], "#VALUE! terminal_growth must be greater than -1"],
    ["text rate", [FLOWS, "10%"], "#VALUE! discount_rate must be a number, not text"],
    ["TRUE as growth", [FLOWS, 0.1, true], "#VALUE! terminal_growth must be a number, not TRUE"],
    ["#DIV/0! as rate", [FLOWS, { code: "#DIV/0!" }], "#DIV/0! discount_rate holds the error #DIV/0!"],
    ["text mid_year", [FLOWS, 0.1, 0.02, "yes"], "#VALUE! mid_year must be TRUE or FALSE, not text"],
    ["#N/A as mid_year", [FLOWS, 0.1, 0.02, "#N/A"], "#N/A mid_year holds the error #N/A"],
  ] as [string, [unknown, unknown, unknown?, unknown?], string][])("%s", (_what, [flows, r, g, mid], expected) => {
    expect(one(dcf(flows as unknown[][], m(r), g === undefined ? undefined : m(g), mid === undefined ? undefined : m(mid)))).toBe(expected);
  });
  it("an omitted growth is no terminal value, a blank growth cell is a growth of 0", () => {
    // no TV: 3000 / 11; g = 0: TV = 121 / 0.1 = 1210, / 1.331 = 909.0909...: total 3000 / 11 + 10000 / 11 = 13000 / 11
    expect(near(dcf(FLOWS, m(0.1), undefined)[0]![0], 3000 / 11)).toBe(true);
    expect(near(dcf(FLOWS, m(0.1), [[null]])[0]![0], 13000 / 11)).toBe(true);
  });
  it("a bad flow stops every cell: one error, not a spill of it", () => {
    expect(showAll(dcf([["x", 1]], [[0.1], [0.2]], [[0, 0.01]]))).toEqual([["#VALUE! cash_flows must be a number, not text"]]);
  });
});

/** An independent 60-digit reference: integer powers of 1 + r, times sqrt(1 + r) at mid-year. */
const R60 = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
type R = InstanceType<typeof R60>;
function reference(flows: number[], r: number, g: number | undefined, mid: boolean): { value: R; scale: R } {
  const base = new R60(r).plus(1);
  const shift = mid ? base.sqrt() : new R60(1);
  const pv = flows.map((cf, i) => new R60(cf).times(shift).div(base.pow(i + 1)));
  if (g !== undefined) {
    const n = flows.length;
    const tv = new R60(flows[n - 1]!).times(new R60(g).plus(1)).div(new R60(r).minus(g));
    pv.push(tv.times(shift).div(base.pow(n)));
  }
  return { value: pv.reduce((a, b) => a.plus(b), new R60(0)), scale: pv.reduce((a, b) => a.plus(b.abs()), new R60(0)) };
}

describe("DCF: within 1e-12 of a 60-digit reference, relative to the sum of |PV| (10,000 runs)", () => {
  const flow = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((x) => x / 100), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
  const rateBp = fc.integer({ min: -9_000, max: 10_000 }).map((x) => x / 10_000);
  const rate = fc.oneof(rateBp, fc.double({ min: -0.9, max: 1, noNaN: true }));
  it("mixed-sign flows, any rate, with or without terminal growth, end or mid-year", () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 12 }), rate, fc.option(rate, { nil: undefined }), fc.boolean(), (flows, r, g0, mid) => {
        const g = g0 === undefined || g0 < r ? g0 : undefined;
        const out = dcf([flows], m(r), g === undefined ? undefined : m(g), m(mid))[0]![0];
        const { value, scale } = reference(flows, r, g, mid);
        if (typeof out !== "number") return (out as { code: string }).code === "#NUM!" && value.abs().gte(Number.MAX_VALUE); // too large for Excel
        // plus the final rounding to a double, which only matters among subnormals (5e-324 / 1.0001)
        return new R60(out).minus(value).abs().lte(scale.times(1e-12).plus(ulp(out)));
      }),
      { numRuns: 10_000 },
    );
  });
  it("typed flows and rates (the double fast path), up to 60 flows", () => {
    const cents = fc.integer({ min: -1e12, max: 1e12 }).map((x) => x / 100);
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 60 }), rateBp, fc.option(rateBp, { nil: undefined }), fc.boolean(), (flows, r, g0, mid) => {
        const g = g0 === undefined || g0 < r ? g0 : undefined;
        const out = dcf([flows], m(r), g === undefined ? undefined : m(g), m(mid))[0]![0];
        const { value, scale } = reference(flows, r, g, mid);
        return typeof out === "number" && new R60(out).minus(value).abs().lte(scale.times(1e-12));
      }),
      { numRuns: 10_000 },
    );
  });
  it("1,000 typed flows of alternating sign, the longest list the fast path takes, with r close to g", () => {
    const flows = Array.from({ length: 1000 }, (_, t) => (t % 2 === 0 ? 1 : -1) * (1000 + t) / 100);
    for (const [r, g, mid] of [[0.0001, 0.00009, true], [0.05, 0.0499999999, false], [-0.3, -0.31, true]] as const) {
      const out = dcf([flows], m(r), m(g), m(mid))[0]![0] as number;
      const { value, scale } = reference(flows, r, g, mid);
      expect(new R60(out).minus(value).abs().lte(scale.times(1e-12)), `r ${r}, g ${g}`).toBe(true);
    }
  });
});
