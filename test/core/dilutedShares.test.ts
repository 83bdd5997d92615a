import { describe, expect, it } from "vitest";
import { D, dilutedShares, InputError } from "../../src/core";

const d = (x: number) => new D(x);
type Args = [number, number, number, number, number, number, number?];
const call = (a: Args) => dilutedShares(d(a[0]), d(a[1]), d(a[2]), d(a[3]), d(a[4]), d(a[5]), a[6] === undefined ? undefined : d(a[6]));

describe("dilutedShares", () => {
  it.each([
    // [basic, price, options, strike, rsus, principal, conversion price], expected, derivation
    [[100, 10, 20, 5, 3, 1000, 8], "238", "100 + 3 + 20 x (1 - 5/10) = 10 + 1000/8 = 125 (10 > 8)"],
    [[100, 8, 20, 5, 3, 1000, 8], "110.5", "at the conversion price: no conversion; 20 x (1 - 5/8) = 7.5"],
    [[100, 5, 20, 5, 3, 1000, 8], "103", "at the strike: options out of the money"],
    [[100, 4, 20, 5, 3, 1000, 8], "103", "below both"],
    [[100, 10, 0, 0, 0, 0, undefined], "100", "no dilutive securities, no conversion price needed"],
    [[100, 10, 20, 0, 0, 0, undefined], "120", "zero strike: every option is a share"],
    [[0.1, 0.3, 0.2, 0.1, 0, 0, undefined], "0.2333333333333333333333333333333333333333", "0.1 + 0.2 x (1 - 1/3) = 0.1 + 0.1333..., 40 digits"],
  ] as [Args, string, string][])("dilutedShares(%j) = %s: %s", (a, expected) => {
    expect(call(a).toString()).toBe(expected);
  });
  it("CoreWeave-like at the $87.20 deal price: options in the money, the $107.80 converts not", () => {
    // basic 497.886 M + RSUs 23.197 M + 45.478 M x (1 - 1.74/87.20)
    // 45.478 x 85.46 / 87.2 = 3,886.54988 / 87.2 = 44.570526146788990825... M
    // total 565.653526146788990825... M (converts: 87.20 < 107.80, not converted)
    const r = call([497.886e6, 87.2, 45.478e6, 1.74, 23.197e6, 2.5875e9, 107.8]);
    expect(r.toSignificantDigits(24).toString()).toBe("565653526.146788990825688");
  });
  it("CoreWeave-like at $120: the converts add 2,587.5 / 107.80 = 24.0027829313543599... M", () => {
    // 497.886 + 23.197 = 521.083; 45.478 x (1 - 1.74/120 = 0.9855) = 44.818569; 2,587.5 / 107.8 = 24.002782931354359925788...
    // 521.083 + 44.818569 + 24.002782931354359925788... = 589.904351931354359925788... M
    const r = call([497.886e6, 120, 45.478e6, 1.74, 23.197e6, 2.5875e9, 107.8]);
    expect(r.toSignificantDigits(24).toString()).toBe("589904351.931354359925788");
  });
  it.each([
    [[0, 10, 0, 0, 0, 0], "value", "basic_shares must be greater than 0"],
    [[-1, 10, 0, 0, 0, 0], "value", "basic_shares must be greater than 0"],
    [[1, 0, 0, 0, 0, 0], "value", "share_price must be greater than 0"],
    [[1, 1, -1, 0, 0, 0], "value", "options must be 0 or more"],
    [[1, 1, 0, -1, 0, 0], "value", "strike must be 0 or more"],
    [[1, 1, 0, 0, -1, 0], "value", "rsus must be 0 or more"],
    [[1, 1, 0, 0, 0, -1], "value", "convert_principal must be 0 or more"],
    [[1, 1, 0, 0, 0, 5], "value", "conversion_price is required when convert_principal is greater than 0"],
    [[1, 1, 0, 0, 0, 5, 0], "value", "conversion_price must be greater than 0"],
    [[1, 1, 0, 0, 0, 5, -3], "value", "conversion_price must be greater than 0"],
    [[1, NaN, 0, 0, 0, 0], "value", "share_price must be a finite number"],
  ] as [Args, "value", string][])("rejects %j: %s", (a, kind, msg) => {
    expect(() => call(a)).toThrowError(new InputError(kind, msg));
  });
});
