import { describe, expect, it } from "vitest";
import { D, debtServiceCoverage, InputError, interestCoverage, netLeverage } from "../../src/core";

const d = (x: number) => new D(x);

describe("interestCoverage", () => {
  it("CoreWeave Q3 2025: adjusted EBITDA 838.1 / net interest 310.6", () => {
    // 8381 / 3106 by long division: 2 r 2169; 6 r 3054; 9 r 2586; 8 r 1012; 3 r 802; 2 r 1808;
    // 5 r 2550; 8 r 652; 2 r 308; 0 r 3080; 9 r 2846; 9 r 506 -> 2.69832582099...
    expect(interestCoverage(d(838.1), d(310.6)).toSignificantDigits(12).toString()).toBe("2.69832582099");
  });
  it("negative cash flow gives a negative coverage: -50 / 25 = -2", () => {
    expect(interestCoverage(d(-50), d(25)).toString()).toBe("-2");
  });
  it("zero interest is #DIV/0!, negative interest #VALUE!", () => {
    expect(() => interestCoverage(d(1), d(0))).toThrowError(new InputError("div0", "interest is 0"));
    expect(() => interestCoverage(d(1), d(-1))).toThrowError(new InputError("value", "interest must be 0 or more"));
  });
});

describe("debtServiceCoverage", () => {
  it.each([
    // [cash flow, interest, principal, capex, expected, derivation]
    [1000, 100, 300, 200, "2", "(1000 - 200) / (100 + 300) = 800 / 400"],
    [1000, 100, 0, 0, "10", "no principal, no capex: interest coverage 1000/100"],
    [0.3, 0.1, 0.2, 0, "1", "0.3 / (0.1 + 0.2) is exactly 1 in decimal (doubles give 1.0000000000000002)"],
  ])("DSCR(%s, %s, %s, %s) = %s: %s", (cf, i, p, c, expected) => {
    expect(debtServiceCoverage(d(cf), d(i), d(p), d(c)).toString()).toBe(expected);
  });
  it("errors", () => {
    expect(() => debtServiceCoverage(d(1), d(0), d(0), d(0))).toThrowError(new InputError("div0", "interest + principal is 0"));
    expect(() => debtServiceCoverage(d(1), d(1), d(-1), d(0))).toThrowError(new InputError("value", "principal must be 0 or more"));
    expect(() => debtServiceCoverage(d(1), d(1), d(1), d(-1))).toThrowError(new InputError("value", "capex must be 0 or more"));
  });
});

describe("netLeverage", () => {
  it.each([
    [21.4, 1.4, 4, "5", "(21.4 - 1.4) / 4 = 20 / 4"],
    [1, 3, 2, "-1", "cash above debt: (1 - 3) / 2"],
    [18.81, 0, 3, "6.27", "18.81 / 3"],
  ])("netLeverage(%s, %s, %s) = %s: %s", (debt, cash, ebitda, expected) => {
    expect(netLeverage(d(debt), d(cash), d(ebitda)).toString()).toBe(expected);
  });
  it("zero EBITDA is #DIV/0!, negative EBITDA #NUM!", () => {
    expect(() => netLeverage(d(1), d(0), d(0))).toThrowError(new InputError("div0", "ebitda is 0"));
    expect(() => netLeverage(d(1), d(0), d(-1))).toThrowError(new InputError("num", "net leverage is not meaningful when ebitda is negative"));
  });
});
