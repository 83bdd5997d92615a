/**
 * TERMINAL_VALUE through its adapter: hand-worked cases, the rate x growth grid
 * with #NUM! only where r <= g, a bad-input table, and 1-ulp exactness against a
 * bigint rational reference (10,000 runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalValue } from "../../src/functions/terminalValue";
import { mixed } from "./arbitraries";
import { showAll } from "./helpers";
import { add, beyondDoubles, div, mul, rat, sub, typedRat, withinHalfUlp, withinOneUlp } from "./rational";

const m = (x: unknown) => [[x]];
const one = (r: unknown[][]) => showAll(r)[0]![0];
const NOT_ABOVE = "#NUM! discount_rate must be greater than growth (the perpetuity has no finite value)";

describe("TERMINAL_VALUE: hand-worked", () => {
  it.each([
    [[100, 0.1, 0.02], 1275, "100 x 1.02 / 0.08 = 102 / 0.08"],
    [[100, 0.1, 0], 1000, "no growth: a perpetuity 100 / 0.1"],
    [[-50, 0.09, -0.01], -495, "-50 x 0.99 / 0.10"],
    [[0, 0.1, 0.05], 0, "nothing to grow"],
    [[3, 0.3, 0.2], 36, "3 x 1.2 = 3.6, / (0.3 - 0.2 = 0.1) = 36; plain doubles give 3.6 / 0.09999999999999998 = 36.00000000000001"],
    [[1200, 0.0875, 0.025], 19680, "1200 x 1.025 = 1230; / 0.0625 = 19,680"],
  ] as [[number, number, number], number, string][])("TERMINAL_VALUE(%j) = %s: %s", (a, expected) => {
    expect(terminalValue(m(a[0]), m(a[1]), m(a[2]))).toEqual([[expected]]);
  });

  it("a column of rates against a row of growths: #NUM! only where rate <= growth", () => {
    // 100 x (1 + g) / (r - g): r = 0.08: g = 0.02 -> 102 / 0.06 = 1700;
    // r = 0.12: 102 / 0.1 = 1020, 108 / 0.04 = 2700, 110 / 0.02 = 5500
    const grid = showAll(terminalValue(m(100), [[0.08], [0.12]], [[0.02, 0.08, 0.1]]));
    expect(grid).toEqual([
      [1700, NOT_ABOVE, NOT_ABOVE],
      [1020, 2700, 5500],
    ]);
  });
});

describe("TERMINAL_VALUE: bad input", () => {
  it.each([
    ["rate equal to growth", [100, 0.05, 0.05], NOT_ABOVE],
    ["rate below growth", [100, 0.03, 0.05], NOT_ABOVE],
    ["blank rate and growth are 0 and 0", [100, null, ""], NOT_ABOVE],
    ["text cash flow", ["100", 0.1, 0.02], "#VALUE! cash_flow must be a number, not text"],
    ["TRUE as rate", [100, true, 0.02], "#VALUE! discount_rate must be a number, not TRUE"],
    ["FALSE as growth", [100, 0.1, false], "#VALUE! growth must be a number, not FALSE"],
    ["#DIV/0! in the cash flow", [{ code: "#DIV/0!" }, 0.1, 0.02], "#DIV/0! cash_flow holds the error #DIV/0!"],
    ["#N/A text in the growth", [100, 0.1, "#N/A"], "#N/A growth holds the error #N/A"],
    ["#SPILL! cannot be returned", [100, { code: "#SPILL!" }, 0.02], "#VALUE! discount_rate holds the error #SPILL!"],
    ["rate of -1 (a zero discount base)", [100, -1, -2], "#VALUE! discount_rate must be greater than -1"],
    ["growth of -1.5", [100, 0.1, -1.5], "#VALUE! growth must be greater than -1"],
    ["zero rate with positive growth", [100, 0, 0.01], NOT_ABOVE],
    ["negative rate below growth", [100, -0.02, -0.01], NOT_ABOVE],
  ] as [string, unknown[], string][])("%s", (_what, a, expected) => {
    expect(one(terminalValue(m(a[0]), m(a[1]), m(a[2])))).toBe(expected);
  });
  it("an empty range", () => {
    expect(one(terminalValue(m(1), [], m(0)))).toBe("#VALUE! discount_rate is an empty range");
  });
});

describe("TERMINAL_VALUE: within 1 ulp of the exact rational value (10,000 runs)", () => {
  const rate = fc.oneof(fc.integer({ min: -9999, max: 9999 }).map((x) => x / 10_000), fc.double({ min: -0.999, max: 2, noNaN: true }));
  const signed = fc.tuple(mixed(1e9, 3), fc.boolean()).map(([v, neg]) => (neg ? -v : v));
  it("whenever rate > growth, for typed decimals and arbitrary doubles", () => {
    fc.assert(
      fc.property(signed, rate, rate, (cf, r, g) => {
        fc.pre(r !== g && Math.abs(cf) < 1e250);
        const [lo, hi] = r > g ? [g, r] : [r, g];
        const exact = div(mul(typedRat(cf), add(rat(1n), typedRat(lo))), sub(typedRat(hi), typedRat(lo)));
        const out = terminalValue(m(cf), m(hi), m(lo))[0]![0];
        if (typeof out !== "number") return (out as { code: string }).code === "#NUM!" && beyondDoubles(exact);
        return withinOneUlp(out, exact);
      }),
      { numRuns: 10_000 },
    );
  });
  it("correctly rounded for typed decimals (the exact fast path)", () => {
    const bp = fc.integer({ min: -9_999, max: 9_999 }).map((x) => x / 10_000);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }).map((x) => x / 100), bp, bp, (cf, r, g) => {
        fc.pre(r > g);
        const exact = div(mul(typedRat(cf), add(rat(1n), typedRat(g))), sub(typedRat(r), typedRat(g)));
        const out = terminalValue(m(cf), m(r), m(g))[0]![0];
        return typeof out === "number" && withinHalfUlp(out, exact);
      }),
      { numRuns: 10_000 },
    );
  });
});
