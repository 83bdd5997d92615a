import { describe, expect, it } from "vitest";
import { add, decimalScale, floorDiv, mul, shift } from "../../src/functions/scaledInteger";

describe("decimalScale: the k with shortest decimal = m / 10^k, |m| < 1e15", () => {
  it.each([
    [87.2, 1, "872 / 10"],
    [2e9, 0, "an integer"],
    [0, 0, "zero"],
    [-2.5, 1, "-25 / 10"],
    [1e-7, 7, "1 / 10^7"],
    [1.15, 2, "115 / 100, although the double is 1.149999999999999911..."],
    [123456789012345, 0, "15 digits still fit"],
    [1234567890123456, -1, "16 digits: left to decimal.js"],
    [0.30000000000000004, -1, "17 significant digits"],
    [1e300, -1, "far above 1e15"],
    [1e-300, -1, "needs k = 300 > 22"],
    [1e-22, 22, "the smallest scale handled"],
    [1e-23, -1, "one beyond"],
  ])("decimalScale(%s) = %s (%s)", (x, k) => {
    expect(decimalScale(x)).toBe(k);
  });
});

describe("exact integer helpers", () => {
  it("mul and add refuse results at or above 2^53", () => {
    expect(mul(2 ** 26, 2 ** 26)).toBe(2 ** 52);
    expect(mul(2 ** 52, 2)).toBeNaN();
    expect(add(2 ** 52, 2 ** 52 - 1)).toBe(2 ** 53 - 1);
    expect(add(2 ** 52, 2 ** 52)).toBeNaN();
    expect(shift(3, 22)).toBeNaN(); // 3e22 > 2^53
    expect(shift(7, 15)).toBe(7e15);
    expect(shift(1, 23)).toBeNaN();
  });
  it("floorDiv floors exact integer quotients", () => {
    // (2^53 - 2) / (2^53 - 1) = 1 - 1/(2^53 - 1): just below 1, floors to 0
    expect(floorDiv(2 ** 53 - 2, 2 ** 53 - 1)).toBe(0);
    expect(floorDiv(7, 2)).toBe(3); // 3.5
    expect(floorDiv(144_000 * 500_000, 144_000)).toBe(500_000); // GB200, 1 GW, PUE 1.2: exactly 500,000
    expect(floorDiv(144_000 * 500_000 - 1, 144_000)).toBe(499_999);
  });
});
