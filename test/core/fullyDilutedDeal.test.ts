import { describe, expect, it } from "vitest";
import { D, fullyDilutedDeal, InputError, type DealInput } from "../../src/core";

const d = (x: number) => new D(x);
const sig = (x: InstanceType<typeof D>, n = 25) => x.toSignificantDigits(n).toString();

/** The Nvidia-CoreWeave deal with CoreWeave-like share counts (Class A 385 M estimate, Class B 115 M). */
const NVIDIA: DealInput = {
  investment: d(2e9),
  pricePerShare: d(87.2),
  marketPrice: d(92.98),
  classAShares: d(385e6),
  classBShares: d(115e6),
  investorSharesBefore: d(24.28e6),
  options: d(45.478e6),
  optionStrike: d(1.74),
  rsus: d(23.197e6),
  convertPrincipal: d(2.5875e9),
  conversionPrice: d(107.8),
};

describe("fullyDilutedDeal", () => {
  const r = fullyDilutedDeal(NVIDIA);
  it("new shares: 2e9 / 87.20 = 22,935,779.816513761467889908256880733944954...", () => {
    expect(sig(r.newShares)).toBe("22935779.81651376146788991");
    // 24.28 M + the new shares
    expect(sig(r.investorSharesAfter)).toBe("47215779.81651376146788991");
  });
  it("diluted before at $92.98: 500 M + 23.197 M RSUs + TSM; the $107.80 converts stay out", () => {
    // TSM = 45.478 M x (1 - 1.74/92.98) = 45.478 M x 91.24 / 92.98 = 4,149.41272 M / 92.98 = 44.626938266293826629... M
    // 500 + 23.197 + 44.626938266293826629... = 567.823938266293826629... M
    expect(sig(r.dilutedSharesBefore)).toBe("567823938.2662938266293827");
  });
  it("diluted after: + 22.935779816513761468 M new shares = 590.759718082807588097... M", () => {
    expect(sig(r.dilutedSharesAfter)).toBe("590759718.0828075880972726");
  });
  it("investor's diluted stake: 47.215779816513761468 M / 590.759718082807588097 M = 7.99238309100409...%", () => {
    expect(sig(r.investorStakeAfterDiluted, 15)).toBe("0.0799238309100409");
  });
  it("value transfer at the discount: 2e9 x (92.98 - 87.20) / 87.20 = 11.56e9 / 87.2 = 132,568,807.339449541284...", () => {
    expect(sig(r.valueTransfer)).toBe("132568807.3394495412844037");
  });
  it("a premium transfers value the other way: price 100 > market 80, 1,000 invested -> 10 shares x -20 = -200", () => {
    const p = fullyDilutedDeal({ ...NVIDIA, investment: d(1000), pricePerShare: d(100), marketPrice: d(80) });
    expect(p.valueTransfer.toString()).toBe("-200");
  });
  it.each([
    [{ investorSharesBefore: d(386e6) }, "InvestorSharesBefore must not exceed ClassAShares"],
    [{ classAShares: d(0), classBShares: d(0), investorSharesBefore: d(0) }, "ClassAShares + ClassBShares must be greater than 0"],
    [{ conversionPrice: undefined }, "ConversionPrice must be greater than 0 when ConvertPrincipal is greater than 0"],
    [{ conversionPrice: d(0) }, "ConversionPrice must be greater than 0 when ConvertPrincipal is greater than 0"],
    [{ pricePerShare: d(0) }, "PricePerShare must be greater than 0"],
    [{ marketPrice: d(-1) }, "MarketPrice must be greater than 0"],
    [{ investment: d(-1) }, "Investment must be 0 or more"],
    [{ options: d(-1) }, "Options must be 0 or more"],
    [{ rsus: d(-1) }, "Rsus must be 0 or more"],
  ] as [Partial<DealInput>, string][])("%j: %s", (patch, msg) => {
    expect(() => fullyDilutedDeal({ ...NVIDIA, ...patch })).toThrowError(new InputError("value", msg));
  });
});
