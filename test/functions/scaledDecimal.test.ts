/**
 * The exact bigint decimals behind the DILUTED_SHARES and VALUE_PER_SHARE fast
 * paths: exact sums and products, and one correctly rounded division (ties to
 * even, a sticky bit for what the truncated quotient drops).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greater, minus, plus, quotient, scaled, times, type Scaled } from "../../src/functions/scaledDecimal";

const int = (m: bigint): Scaled => ({ m, s: 0 });
const ONE = int(1n);
const TWO53 = 2n ** 53n;

describe("scaledDecimal", () => {
  it("reads a typed decimal as its digits and refuses a 17-digit double", () => {
    expect(scaled(87.2)).toEqual({ m: 872n, s: 1 });
    expect(scaled(2587500000)).toEqual({ m: 2587500000n, s: 0 });
    expect(scaled(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004
  });
  it("adds, subtracts, multiplies and compares exactly across scales", () => {
    const [a, b] = [scaled(0.1)!, scaled(0.2)!];
    expect(plus(a, b)).toEqual({ m: 3n, s: 1 }); // 0.3, not 0.30000000000000004
    expect(minus(scaled(107.8)!, scaled(1.74)!)).toEqual({ m: 10606n, s: 2 }); // 106.06
    expect(times(scaled(45478000)!, scaled(1.74)!)).toEqual({ m: 7913172000n, s: 2 }); // 79,131,720
    expect(greater(scaled(0.3)!, plus(a, b))).toBe(false);
    expect(greater(scaled(0.30001)!, plus(a, b))).toBe(true);
  });
  it("rounds a quotient once, to nearest, ties to even", () => {
    expect(quotient(int(TWO53 + 1n), ONE)).toBe(2 ** 53); // a tie: to the even 2^53
    expect(quotient(int(TWO53 + 3n), ONE)).toBe(2 ** 53 + 4); // a tie: to the even 2^53 + 4
    // (2^53 + 1) + 1/3: the truncated quotient 2^53 + 1 looks like a tie; the sticky bit sends it up to 2^53 + 2
    expect(quotient(int((TWO53 + 1n) * 3n + 1n), int(3n))).toBe(2 ** 53 + 2);
    expect(quotient(int(10n ** 30n + 1n), int(10n ** 30n))).toBe(1);
    expect(quotient({ m: 1n, s: 1 }, int(3n))).toBe(1 / 30);
    expect(quotient(int(-2n), int(3n))).toBe(-2 / 3);
    expect(quotient(int(0n), int(3n))).toBe(0);
  });
  it("falls back (NaN) outside the normal range and for a denominator <= 0", () => {
    expect(quotient(int(1n), int(10n ** 400n))).toBeNaN();
    expect(quotient(int(10n ** 400n), ONE)).toBeNaN();
    expect(quotient(ONE, int(0n))).toBeNaN();
  });
  it("equals IEEE division for integers below 2^53, which is correctly rounded (10,000 runs)", () => {
    const big = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(big, big, (a, b) => quotient(int(BigInt(a)), int(BigInt(b))) === a / b),
      { numRuns: 10_000 },
    );
  });
});
