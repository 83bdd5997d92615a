import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenRange, checkRanges, D, extremeRatio, InputError, NM, isNm, type RangeRule } from "../../src/core";

describe("checkRanges", () => {
  it.each([
    ["aboveMinusOne", -1, "r must be greater than -1"],
    ["aboveMinusOne", -1.5, "r must be greater than -1"],
    ["fraction", -0.01, "r must be from 0 to 1"],
    ["fraction", 1.01, "r must be from 0 to 1"],
    ["atLeastOne", 0.99, "r must be 1 or more"],
    ["fraction", NaN, "r must be a finite number"],
  ] as [RangeRule, number, string][])("%s rejects %s", (rule, x, msg) => {
    expect(() => checkRanges([["r", new D(x), rule]])).toThrowError(new InputError("value", msg));
  });
  it.each([
    ["aboveMinusOne", -0.999],
    ["fraction", 0],
    ["fraction", 1],
    ["atLeastOne", 1],
  ] as [RangeRule, number][])("%s accepts %s", (rule, x) => {
    expect(() => checkRanges([["r", new D(x), rule]])).not.toThrow();
  });
  it("brokenRange on a double agrees with checkRanges on its decimal reading", () => {
    const rule = fc.constantFrom<RangeRule>("aboveMinusOne", "fraction", "atLeastOne");
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(-1, 0, 1, -0, 5e-324, -5e-324)), rule, (x, r) => {
        let thrown = false;
        try {
          checkRanges([["x", new D(x), r]]);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          thrown = true;
        }
        expect(brokenRange(x, r) !== undefined).toBe(thrown);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("extremeRatio", () => {
  const r = (...xs: (number | typeof NM)[]) => xs.map((x) => (x === NM ? NM : new D(x)));
  it.each([
    [r(3, NM, 1, 2), "min", "1"],
    [r(3, NM, 1, 2), "max", "3"],
    [r(NM, -2), "min", "-2"],
    [r(NM, NM), "max", NM],
    [r(), "min", NM],
  ] as const)("%j %s = %s (n.m. years skipped; n.m. only when every year is)", (xs, pick, expected) => {
    const got = extremeRatio(xs, pick);
    expect(isNm(got) ? got : got.toString()).toBe(expected);
  });
});
