import { describe, expect, it } from "vitest";
import { D, floorQuotient, gigawattsToGpus, powerPerGpu } from "../../src/core";

const d = (x: number | string) => new D(x);

describe("floorQuotient", () => {
  it.each([
    [["7"], ["2"], "3", "3.5"],
    [["0.0025"], ["0.0005"], "5", "exactly 5: 25e-4 / 5e-4"],
    [["1", "1e9", "72"], ["120000", "1.2"], "500000", "GB200, 1 GW, PUE 1.2: 72e9 / 144,000"],
    [["0"], ["3"], "0", "nothing"],
    [["1e300"], ["1e-300"], `1${"0".repeat(600)}`, "a 601-digit integer, kept whole"],
    [["123456789012345678901234567890123456789012345"], ["1"], "123456789012345678901234567890123456789012345", "45 digits, not rounded to 40"],
  ])("floor(%j / %j) = %s (%s)", (num, den, expected) => {
    // toFixed(): every digit, no exponent (toString switches to e-notation above 1e21)
    expect(floorQuotient(num.map(d), den.map(d)).toFixed()).toBe(expected);
  });
  it("is exact where 40-digit products are not: 0.999... (45 nines) GW of GB200 at PUE 1.2", () => {
    // exact: 0.99..9 x 500,000 = 499,999.99..95 -> 499,999. Rounding gw x 1e9 x 72 to 40 digits
    // gives 72,000,000,000 exactly, and a divToInt of that would say 500,000.
    const gw = d(`0.${"9".repeat(45)}`);
    expect(gw.times(1e9).times(72).divToInt(d(120000).times(1.2)).toString()).toBe("500000");
    expect(gigawattsToGpus(gw, powerPerGpu("GB200"), d(1.2)).toString()).toBe("499999");
  });
  it("rejects a negative numerator or a zero denominator (programmer errors)", () => {
    expect(() => floorQuotient([d(-1)], [d(1)])).toThrowError(/numerator >= 0/);
    expect(() => floorQuotient([d(1)], [d(0)])).toThrowError(/denominator > 0/);
  });
});
