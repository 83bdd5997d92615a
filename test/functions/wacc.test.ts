/**
 * WACC through its adapter: hand-worked cases, broadcasting, a bad-input table,
 * and 1-ulp exactness against a bigint rational reference (10,000 runs).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wacc } from "../../src/functions/wacc";
import { mixed } from "./arbitraries";
import { showAll } from "./helpers";
import { add, div, mul, rat, sub, typedRat, withinHalfUlp, withinOneUlp, type Rat } from "./rational";

const m = (x: unknown) => [[x]];
const one = (r: unknown[][]) => showAll(r)[0]![0];

describe("WACC: hand-worked", () => {
  it.each([
    // [E, D, ke, kd, t], expected, derivation
    [[60, 40, 0.12, 0.08, 0.25], 0.096, "(60 x 0.12 = 7.2) + (40 x 0.08 x 0.75 = 2.4) = 9.6; / 100"],
    [[60, 40, 0.12, 0.08, undefined], 0.104, "tax omitted = 0: (7.2 + 3.2) / 100"],
    [[1, 0, 0.15, 0.5, 0.3], 0.15, "no debt: WACC = ke"],
    [[0, 5, 0.15, 0.1, 0.4], 0.06, "no equity: kd (1 - t) = 0.1 x 0.6"],
    // CoreWeave: E = 500 M x $92.98 = $46.49 B, D = $21.4 B, ke = 4.25 % + 1.5 x 4.33 % = 10.745 %, kd = 10.7 %, t = 21 %
    // E ke = 4.9953505; D kd (1 - t) = 2.2898 x 0.79 = 1.808942; sum 6.8042925; / 67.89 = 0.10022525408749447...
    [[46.49, 21.4, 0.10745, 0.107, 0.21], 0.10022525408749447, "CoreWeave, docs/sources.md §Cost of capital inputs"],
    [[100, 100, -0.5, 0.1, 1], -0.25, "t = 1 removes the debt cost: (100 x -0.5 + 0) / 200"],
  ] as [[number, number, number, number, number | undefined], number, string][])("WACC(%j) = %s: %s", (a, expected) => {
    const [e, d, ke, kd, t] = a;
    expect(wacc(m(e), m(d), m(ke), m(kd), t === undefined ? undefined : m(t))).toEqual([[expected]]);
  });

  it("broadcasts: a column of costs of equity against a row of tax rates is a grid", () => {
    // (50 ke + 50 x 0.1 x (1 - t)) / 100 = ke / 2 + 0.05 (1 - t)
    expect(wacc(m(50), m(50), [[0.1], [0.2]], m(0.1), [[0, 0.2, 2]])).toEqual([
      [0.1, 0.09, expect.objectContaining({ code: "#VALUE!", message: "tax_rate must be from 0 to 1" })],
      [0.15, 0.14, expect.objectContaining({ code: "#VALUE!", message: "tax_rate must be from 0 to 1" })],
    ]);
  });
});

describe("WACC: bad input", () => {
  it.each([
    ["blank equity and debt are 0 + 0", [null, null, 0.1, 0.1], "#DIV/0! equity_value + debt_value is 0"],
    ["zero equity and zero debt", [0, 0, 0.1, 0.1, 0.2], "#DIV/0! equity_value + debt_value is 0"],
    ["text equity", ["46bn", 1, 0.1, 0.1], "#VALUE! equity_value must be a number, not text"],
    ["TRUE as cost of equity", [1, 1, true, 0.1], "#VALUE! cost_of_equity must be a number, not TRUE"],
    ["FALSE as tax rate", [1, 1, 0.1, 0.1, false], "#VALUE! tax_rate must be a number, not FALSE"],
    ["#N/A in debt", [1, "#N/A", 0.1, 0.1], "#N/A debt_value holds the error #N/A"],
    ["#DIV/0! object in cost of debt", [1, 1, 0.1, { code: "#DIV/0!" }], "#DIV/0! cost_of_debt holds the error #DIV/0!"],
    ["#REF! cannot be returned", [1, 1, 0.1, 0.1, { code: "#REF!" }], "#VALUE! tax_rate holds the error #REF!"],
    ["negative equity", [-1, 1, 0.1, 0.1], "#VALUE! equity_value must be 0 or more"],
    ["negative debt", [1, -1, 0.1, 0.1], "#VALUE! debt_value must be 0 or more"],
    ["cost of equity -1", [1, 1, -1, 0.1], "#VALUE! cost_of_equity must be greater than -1"],
    ["cost of debt -2", [1, 1, 0.1, -2], "#VALUE! cost_of_debt must be greater than -1"],
    ["tax rate above 1", [1, 1, 0.1, 0.1, 1.5], "#VALUE! tax_rate must be from 0 to 1"],
    ["negative tax rate", [1, 1, 0.1, 0.1, -0.01], "#VALUE! tax_rate must be from 0 to 1"],
    ["the leftmost bad argument decides", [-1, -1, -1, -1, 2], "#VALUE! equity_value must be 0 or more"],
  ] as [string, unknown[], string][])("%s", (_what, a, expected) => {
    const [e, d, ke, kd, t] = a;
    expect(one(wacc(m(e), m(d), m(ke), m(kd), t === undefined ? undefined : m(t)))).toBe(expected);
  });
  it("an empty range", () => {
    expect(one(wacc([], m(1), m(0.1), m(0.1)))).toBe("#VALUE! equity_value is an empty range");
  });
});

/** The definition in exact rationals, for the numbers as typed: (E ke + D kd (1 - t)) / (E + D). */
function exactWacc(e: number, d: number, ke: number, kd: number, t: number): Rat {
  const [E, Dv, KE, KD, T] = [e, d, ke, kd, t].map(typedRat) as [Rat, Rat, Rat, Rat, Rat];
  return div(add(mul(E, KE), mul(mul(Dv, KD), sub(rat(1n), T))), add(E, Dv));
}

describe("WACC: within 1 ulp of the exact rational value (10,000 runs)", () => {
  const rate = fc.oneof(mixed(100, 4), fc.double({ min: -0.999, max: 5, noNaN: true }));
  const tax = fc.oneof(fc.integer({ min: 0, max: 100 }).map((x) => x / 100), fc.double({ min: 0, max: 1, noNaN: true }));
  it("for typed decimals and arbitrary doubles alike", () => {
    fc.assert(
      fc.property(mixed(1e9, 3), mixed(1e9, 3), rate, rate, tax, (e, d, ke, kd, t) => {
        fc.pre(e + d > 0 && e < 1e200 && d < 1e200);
        const exact = exactWacc(e, d, ke, kd, t);
        const r = wacc(m(e), m(d), m(ke), m(kd), m(t))[0]![0];
        return typeof r === "number" && withinOneUlp(r, exact);
      }),
      { numRuns: 10_000 },
    );
  });
  it("correctly rounded for typed decimals (the exact fast path)", () => {
    const typedRate = fc.integer({ min: -9_999, max: 50_000 }).map((x) => x / 10_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), typedRate, typedRate, fc.integer({ min: 0, max: 100 }), (e, d, ke, kd, tp) => {
        fc.pre(e + d > 0);
        const t = tp / 100;
        const exact = exactWacc(e, d, ke, kd, t);
        const r = wacc(m(e), m(d), m(ke), m(kd), m(t))[0]![0];
        return typeof r === "number" && withinHalfUlp(r, exact);
      }),
      { numRuns: 10_000 },
    );
  });
  it("the reference check can fail: 2 ulp off 0.096 is rejected, the nearest double accepted", () => {
    const exact = rat(12n, 125n); // 0.096
    expect(withinOneUlp(0.096, exact)).toBe(true);
    expect(withinOneUlp(0.096 + 2 * 1.3877787807814457e-17, exact)).toBe(false);
    expect(withinHalfUlp(0.096, exact)).toBe(true);
    expect(withinHalfUlp(0.096 + 1.3877787807814457e-17, exact)).toBe(false); // one ulp off is not correctly rounded
  });
});
