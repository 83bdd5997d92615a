import { describe, expect, it } from "vitest";
import { D, dcf, InputError } from "../../src/core";

const d = (x: number) => new D(x);
const flows = (...xs: number[]) => xs.map(d);
const sig = (x: InstanceType<typeof D>, n = 30) => x.toSignificantDigits(n).toString();

describe("dcf", () => {
  it("three flows of 100 at 10 %, end of year: 100/1.1 + 100/1.21 + 100/1.331", () => {
    // over 1.331: (121 + 110 + 100) / 1.331 = 331 / 1.331 = 248.685199098422238918106686701...
    expect(sig(dcf(flows(100, 100, 100), d(0.1), undefined, false))).toBe("248.685199098422238918106686702");
  });
  it("with a 2 % terminal growth: TV = 100 x 1.02 / 0.08 = 1275 at the end of year 3", () => {
    // (331 + 1275) / 1.331 = 1606 / 1.331 = 1206.61157024793388429752066116
    expect(sig(dcf(flows(100, 100, 100), d(0.1), d(0.02), false))).toBe("1206.61157024793388429752066116");
  });
  it("mid-year: every factor is multiplied by 1.1^0.5, the terminal value's too", () => {
    // 331 x sqrt(1.1) / 1.331 = 260.823237223381038357754404980 (sqrt(1.1) = 1.04880884817015154699...)
    expect(sig(dcf(flows(100, 100, 100), d(0.1), undefined, true))).toBe("260.82323722338103835775440498");
    // 1606 x sqrt(1.1) / 1.331 = 1265.50489118051343686572076857
    expect(sig(dcf(flows(100, 100, 100), d(0.1), d(0.02), true))).toBe("1265.50489118051343686572076857");
  });
  it.each([
    [[110], 0.1, "100", "one flow: 110 / 1.1"],
    [[0, 0, 133.1], 0.1, "100", "133.1 / 1.331"],
    [[100, -100], 0, "0", "r = 0: plain sum, mixed signs cancel"],
    [[-50, 200], 1, "25", "r = 100 %: -50/2 + 200/4 = -25 + 50"],
  ])("dcf(%j, %s) = %s: %s", (cfs, r, expected) => {
    expect(sig(dcf(flows(...cfs), d(r), undefined, false))).toBe(expected);
  });
  it("a negative rate above -1 compounds up: 100 at -50 % after 2 years is worth 400", () => {
    expect(sig(dcf(flows(0, 100), d(-0.5), undefined, false))).toBe("400");
  });
  it.each([
    [[], 0.1, undefined, "value", "cash_flows must hold at least one number"],
    [[1, NaN], 0.1, undefined, "value", "cash_flows must be a finite number"],
    [[1], -1, undefined, "value", "discount_rate must be greater than -1"],
    [[1], -2, undefined, "value", "discount_rate must be greater than -1"],
    [[1], 0.1, -1, "value", "terminal_growth must be greater than -1"],
    [[1], 0.1, 0.1, "num", "discount_rate must be greater than terminal_growth (the perpetuity has no finite value)"],
    [[1], 0.05, 0.1, "num", "discount_rate must be greater than terminal_growth (the perpetuity has no finite value)"],
  ] as const)("rejects %j at r = %s, g = %s as #%s: %s", (cfs, r, g, kind, msg) => {
    expect(() => dcf(flows(...cfs), d(r), g === undefined ? undefined : d(g), false)).toThrowError(new InputError(kind, msg));
  });
});
