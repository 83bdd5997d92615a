import { describe, expect, it } from "vitest";
import { D, InputError, terminalValue, valueDriverTerminalValue } from "../../src/core";

const d = (x: number) => new D(x);

describe("terminalValue (Gordon growth)", () => {
  it.each([
    [100, 0.1, 0.02, "1275", "100 x 1.02 / 0.08 = 102 / 0.08"],
    [-50, 0.08, 0.03, "-1030", "-50 x 1.03 / 0.05 = -51.5 / 0.05"],
    [100, 0.05, 0, "2000", "no growth: 100 / 0.05"],
  ])("terminalValue(%s, %s, %s) = %s: %s", (cf, r, g, expected) => {
    expect(terminalValue(d(cf), d(r), d(g)).toString()).toBe(expected);
  });
  it("a shrinking flow: 100 x (1 - 0.5) / (0.02 + 0.5) = 50 / 0.52 = 1250 / 13 = 96.153846153846153846...", () => {
    expect(terminalValue(d(100), d(0.02), d(-0.5)).toSignificantDigits(20).toString()).toBe("96.153846153846153846");
  });
  it.each([
    [[1, 0.05, 0.05], "num", "discount_rate must be greater than growth (the perpetuity has no finite value)"],
    [[1, 0.03, 0.05], "num", "discount_rate must be greater than growth (the perpetuity has no finite value)"],
    [[1, -1, -2], "value", "discount_rate must be greater than -1"],
    [[1, 0.1, -1], "value", "growth must be greater than -1"],
    [[NaN, 0.1, 0], "value", "cash_flow must be a finite number"],
  ] as const)("rejects %j as #%s", (args, kind, msg) => {
    expect(() => terminalValue(d(args[0]), d(args[1]), d(args[2]))).toThrowError(new InputError(kind, msg));
  });
});

describe("valueDriverTerminalValue", () => {
  it.each([
    // [nopat, g, ronic, r, expected, derivation]
    [100, 0.02, 0.1, 0.08, "1360", "100 x 1.02 x (1 - 0.2) / 0.06 = 81.6 / 0.06"],
    [100, 0.02, 0.02, 0.08, "0", "RONIC = g: all NOPAT is reinvested, nothing to distribute"],
    [100, 0, 0.1, 0.05, "2000", "no growth, no reinvestment: 100 / 0.05"],
    [-40, 0.03, 0.15, 0.09, "-549.3333333333333333333333333333333333333", "-40 x 1.03 x 0.8 / 0.06 = -32.96 / 0.06 (40 digits)"],
  ])("valueDriverTerminalValue(%s, %s, %s, %s) = %s: %s", (nopat, g, ronic, r, expected) => {
    expect(valueDriverTerminalValue(d(nopat), d(g), d(ronic), d(r)).toString()).toBe(expected);
  });
  it("RONIC infinite in the limit is Gordon on NOPAT: a huge RONIC approaches 100 x 1.02 / 0.06 = 1700", () => {
    expect(valueDriverTerminalValue(d(100), d(0.02), d(1e30), d(0.08)).toSignificantDigits(25).toString()).toBe("1700");
  });
  it.each([
    [[1, 0.02, 0, 0.08], "value", "ronic must be greater than 0"],
    [[1, 0.02, -0.1, 0.08], "value", "ronic must be greater than 0"],
    [[1, -1, 0.1, 0.08], "value", "growth must be greater than -1"],
    [[1, 0.02, 0.1, -1], "value", "discount_rate must be greater than -1"],
    [[1, 0.08, 0.1, 0.08], "num", "discount_rate must be greater than growth (the perpetuity has no finite value)"],
  ] as const)("rejects %j as #%s", (a, kind, msg) => {
    expect(() => valueDriverTerminalValue(d(a[0]), d(a[1]), d(a[2]), d(a[3]))).toThrowError(new InputError(kind, msg));
  });
});
