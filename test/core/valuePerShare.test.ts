import { describe, expect, it } from "vitest";
import { D, InputError, valuePerShare } from "../../src/core";

const d = (x: number) => new D(x);
type Args = [number, number, number, number, number, number, number?];
const call = (a: Args) => valuePerShare(d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4]), d(a[5]), a[6] === undefined ? undefined : d(a[6]));
const sig = (x: InstanceType<typeof D>, n = 24) => x.toSignificantDigits(n).toString();

describe("valuePerShare", () => {
  it.each([
    // [EqV, basic, options, strike, rsus, principal, conversion price], expected, derivation
    [[1000, 100, 0, 0, 0, 0], "10", "no dilutive securities: 1000 / 100"],
    [[1000, 95, 0, 0, 5, 0], "10", "RSUs add to the basic shares: 1000 / (95 + 5)"],
    [[1000, 100, 20, 5, 0, 0], "9.166666666666666666666666666666666666667",
      "h(5) = 100 x 5 = 500 < 1000, so P > K: P = (1000 + 20 x 5) / (100 + 20) = 1100 / 120; check: 100 + 20 x (1 - 5 / 9.1666) = 109.0909 shares x 9.1666 = 1000"],
    [[400, 100, 20, 5, 0, 0], "4", "h(5) = 500 >= 400: options out of the money, P = 400 / 100"],
    [[500, 100, 20, 5, 0, 0], "5", "tie at the strike: both regimes give (500 + 100) / 120 = 500 / 100 = 5"],
    [[2000, 100, 0, 0, 0, 1000, 8], "13.33333333333333333333333333333333333333", "h(8) = 800 < 2000: converts convert, P = (2000 + 1000) / (100 + 1000/8) = 3000 / 225"],
    [[700, 100, 0, 0, 0, 1000, 8], "7", "h(8) = 800 >= 700: P = 700 / 100 < 8, no conversion"],
    [[800, 100, 0, 0, 0, 1000, 8], "8", "tie at the conversion price: (800 + 1000) / 225 = 8 = 800 / 100"],
  ] as [Args, string, string][])("valuePerShare(%j) = %s: %s", (a, expected) => {
    expect(call(a).toString()).toBe(expected);
  });
  it("both options and converts dilute: (2000 + 20 x 5 + 1000) / (100 + 20 + 1000/8) = 3100 / 245", () => {
    // h(8) = 100 x 8 + 20 x (8 - 5) = 860 < 2000, and h(5) = 500 < 2000: regime (opt, conv)
    // 3100 / 245 = 620 / 49 = 12.6530612244897959183673469387755102040816...
    expect(sig(call([2000, 100, 20, 5, 0, 1000, 8]), 40)).toBe("12.65306122448979591836734693877551020408");
  });
  it("CoreWeave-like, equity value $40 B: options dilute, the converts stay debt", () => {
    // S = 497.886 + 23.197 = 521.083 M; O = 45.478 M at K = 1.74; L = $2,587.5 M at C = 107.80
    // h(K) = 521.083 x 1.74 = 906.68442 < 40,000 -> opt
    // h(C) = 521.083 x 107.80 + 45.478 x 106.06 = 56,172.7474 + 4,823.39668 = 60,996.14408 >= 40,000 -> no conv
    // P = (40,000 + 45.478 x 1.74 = 79.13172) / (521.083 + 45.478 = 566.561) = 40,079.13172 / 566.561
    //   = 70.7410706349360439564318758... (long division; below 107.80 as the regime requires)
    expect(sig(call([40e9, 497.886e6, 45.478e6, 1.74, 23.197e6, 2.5875e9, 107.8]))).toBe("70.7410706349360439564319");
  });
  it("CoreWeave-like, equity value $70 B: above h(C) = $60.996 B, the converts convert too", () => {
    // P = (70,000 + 79.13172 + 2,587.5) / (566.561 + 2,587.5 / 107.80 = 24.00278293135435992578...)
    //   = 72,666.63172 / 590.56378293135435992578... = 123.046204017638828748651... (> 107.80: consistent)
    expect(sig(call([70e9, 497.886e6, 45.478e6, 1.74, 23.197e6, 2.5875e9, 107.8]))).toBe("123.046204017638828748652");
  });
  it.each([
    [[0, 100, 0, 0, 0, 0], "num", "equity_value must be greater than 0 for a value per share (the equity is worth nothing)"],
    [[-5, 100, 0, 0, 0, 0], "num", "equity_value must be greater than 0 for a value per share (the equity is worth nothing)"],
    [[NaN, 100, 0, 0, 0, 0], "value", "equity_value must be a finite number"],
    [[10, 0, 0, 0, 0, 0], "value", "basic_shares must be greater than 0"],
    [[10, 1, -1, 0, 0, 0], "value", "options must be 0 or more"],
    [[10, 1, 0, -1, 0, 0], "value", "strike must be 0 or more"],
    [[10, 1, 0, 0, -1, 0], "value", "rsus must be 0 or more"],
    [[10, 1, 0, 0, 0, -1], "value", "convert_principal must be 0 or more"],
    [[10, 1, 0, 0, 0, 1], "value", "conversion_price is required when convert_principal is greater than 0"],
    [[10, 1, 0, 0, 0, 1, 0], "value", "conversion_price must be greater than 0"],
    [[-10, 1, 0, 0, 0, 1, 0], "value", "conversion_price must be greater than 0"],
  ] as [Args, "value" | "num", string][])("rejects %j as #%s: %s", (a, kind, msg) => {
    expect(() => call(a)).toThrowError(new InputError(kind, msg));
  });
});
