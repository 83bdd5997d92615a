import { describe, expect, it } from "vitest";
import { D, InputError, wacc } from "../../src/core";

const d = (x: number | string) => new D(x);

describe("wacc", () => {
  it.each([
    // [E, D, ke, kd, t, expected, derivation]
    [100, 50, 0.12, 0.08, 0.25, "0.1", "(100 x 0.12 + 50 x 0.08 x 0.75) / 150 = (12 + 3) / 150"],
    [0, 100, 0.2, 0.05, 0.2, "0.04", "all debt: 0.05 x (1 - 0.2)"],
    [100, 0, 0.11, 0.09, 0.3, "0.11", "all equity: ke"],
    [1, 1, -0.5, 0.5, 0, "0", "terms cancel exactly: (-0.5 + 0.5) / 2"],
    [0.1, 0.2, 0.3, 0.3, 1, "0.1", "full tax shield: 0.1 x 0.3 / 0.3 (doubles give 0.09999999999999999)"],
  ])("wacc(%s, %s, %s, %s, %s) = %s: %s", (e, dv, ke, kd, t, expected) => {
    expect(wacc(d(e), d(dv), d(ke), d(kd), d(t)).toString()).toBe(expected);
  });
  it("CoreWeave-like weights: E = $43.6 B (500 M x $87.20), D = $14.21 B, ke 12 %, kd 10 %, t 21 %", () => {
    // numerator: 43.6 x 0.12 = 5.232; 14.21 x 0.10 x 0.79 = 1.12259; sum 6.35459 ($ B)
    // denominator 57.81 -> 6.35459 / 57.81 = 635,459 / 5,781,000 = 0.109921985815602837... (long division)
    expect(wacc(d(43.6e9), d(14.21e9), d(0.12), d(0.1), d(0.21)).toSignificantDigits(18).toString()).toBe("0.109921985815602837");
  });
  it.each([
    [[-1, 1, 0.1, 0.1, 0], "value", "equity_value must be 0 or more"],
    [[1, -1, 0.1, 0.1, 0], "value", "debt_value must be 0 or more"],
    [[1, 1, -1, 0.1, 0], "value", "cost_of_equity must be greater than -1"],
    [[1, 1, 0.1, -1.5, 0], "value", "cost_of_debt must be greater than -1"],
    [[1, 1, 0.1, 0.1, -0.01], "value", "tax_rate must be from 0 to 1"],
    [[1, 1, 0.1, 0.1, 1.01], "value", "tax_rate must be from 0 to 1"],
    [[0, 0, 0.1, 0.1, 0.2], "div0", "equity_value + debt_value is 0"],
    [[NaN, 1, 0.1, 0.1, 0], "value", "equity_value must be a finite number"],
    [[1, 1, Infinity, 0.1, 0], "value", "cost_of_equity must be a finite number"],
  ] as const)("rejects %j as #%s: %s", (args, kind, msg) => {
    const [e, dv, ke, kd, t] = args.map((x) => d(x));
    expect(() => wacc(e!, dv!, ke!, kd!, t!)).toThrowError(new InputError(kind, msg));
  });
});
