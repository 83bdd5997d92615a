/**
 * The dilution template's reference() (src/core) against tables worked by hand
 * from the facts in docs/sources.md, at the defaults and with the market price at
 * $150 (converts in the money), plus properties over random legal inputs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dilution } from "../../src/models/dilution";
import { defaultInputs, readerOf } from "../../src/models/defaults";
import type { ReferenceValues } from "../../src/plan/template";

const at = (changes: Record<string, number>): ReferenceValues => {
  const inputs = defaultInputs(dilution);
  for (const [k, v] of Object.entries(changes)) inputs.set(k, v);
  return dilution.reference(readerOf(inputs), 0);
};

// Inputs by hand: 2 B at $87.20, market $92.98, 385 M Class A + 115 M Class B, investor 24.28 M,
// options 45.478 M + warrants 12.144668 M = 57.622668 M at $1.70, RSUs 23.197 M, converts $2.5875 B at $107.80.
const NEW = 2e9 / 87.2; // 22,935,779.8165 new shares
const TSM_AT_92_98 = (57_622_668 * (92.98 - 1.7)) / 92.98; // 57.6 M x 91.28 / 92.98 = 56,569,123.84
const TSM_AT_150 = (57_622_668 * (150 - 1.7)) / 150; // 57.6 M x 148.30 / 150 = 56,969,611.10
const CONVERTS = 2_587_500_000 / 107.8; // 24,002,782.93 shares when converted

describe("dilution at the defaults (market $92.98: options in the money, converts not)", () => {
  const v = at({});
  it.each([
    // TSM: options x (1 - strike / price); the proceeds buy back 57.6 M x 1.70 / 92.98 = 1.05 M shares
    ["OptionShares", TSM_AT_92_98],
    // $92.98 is below the $107.80 conversion price: the notes stay debt
    ["ConvertShares", 0],
    // 500 M basic + 23.197 M RSUs + 56.569 M option shares = 579,766,123.84
    ["DilutedSharesBefore", 500e6 + 23_197_000 + TSM_AT_92_98],
    // + 22.936 M new shares = 602,701,903.66
    ["DilutedSharesAfter", 500e6 + NEW + 23_197_000 + TSM_AT_92_98],
    // (24.28 M + 22.936 M) / 602.70 M = 7.834 %, against 9.029 % on basic shares
    ["InvestorStakeAfterDiluted", (24.28e6 + NEW) / (500e6 + NEW + 23_197_000 + TSM_AT_92_98)],
    // 22,935,779.82 x (92.98 - 87.20) = 22,935,779.82 x 5.78 = $132,568,807.34
    ["ValueTransfer", (2e9 * 5.78) / 87.2],
    // votes: 385 M x 1 + 115 M x 10 = 1,535 M before; + 22.936 M Class A votes after
    ["TotalVotesBefore", 1_535e6],
    ["TotalVotesAfter", 1_535e6 + NEW],
  ])("%s", (k, expected) => {
    expect(v[k] as number).toBeCloseTo(expected as number, 6);
  });
  it("reports every check as 0", () => {
    for (const k of Object.keys(v).filter((x) => x.endsWith("Check"))) expect(v[k], k).toBe(0);
  });
});

describe("dilution with the market at $150 (converts in the money)", () => {
  const v = at({ MarketPrice: 150 });
  it.each([
    // 57,622,668 x 148.30 / 150
    ["OptionShares", TSM_AT_150],
    // 150 > 107.80: if converted, 2,587.5 M / 107.80 = 24,002,782.93 shares
    ["ConvertShares", CONVERTS],
    // 500 M + 23.197 M + 56.970 M + 24.003 M = 604,169,394.03
    ["DilutedSharesBefore", 500e6 + 23_197_000 + TSM_AT_150 + CONVERTS],
    ["DilutedSharesAfter", 500e6 + NEW + 23_197_000 + TSM_AT_150 + CONVERTS],
    // 22,935,779.82 x (150 - 87.20) = 22,935,779.82 x 62.80 = $1,440,366,972.48
    ["ValueTransfer", (2e9 * 62.8) / 87.2],
    // 62.80 / 150 = 41.87 %
    ["DiscountToMarket", 62.8 / 150],
  ])("%s", (k, expected) => {
    expect(v[k] as number).toBeCloseTo(expected as number, 6);
  });
});

describe("dilution properties over legal inputs", () => {
  const legal = fc.record({
    Investment: fc.integer({ min: 0, max: 10_000 }).map((m) => m * 1e6),
    PricePerShare: fc.integer({ min: 100, max: 50_000 }).map((c) => c / 100),
    MarketPrice: fc.integer({ min: 100, max: 50_000 }).map((c) => c / 100),
    ClassBShares: fc.integer({ min: 0, max: 1e9 }),
    Options: fc.integer({ min: 0, max: 1e8 }),
    OptionStrike: fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
    ConversionPrice: fc.integer({ min: 100, max: 50_000 }).map((c) => c / 100),
  });
  it("after - before fully diluted = new shares; value transfer = investment x (market / price - 1); dilutive shares bounded", () => {
    fc.assert(
      fc.property(legal, (drawn) => {
        // steps of a quarter keep every sensitivity price above 0 and investment at or above 0 (legal)
        const changes = { ...drawn, PriceStep: drawn.PricePerShare / 4, InvestmentStep: drawn.Investment / 4 };
        const v = at(changes);
        const newShares = changes.Investment / changes.PricePerShare;
        expect((v.DilutedSharesAfter as number) - (v.DilutedSharesBefore as number)).toBeCloseTo(newShares, 4);
        expect(v.ValueTransfer as number).toBeCloseTo(changes.Investment * (changes.MarketPrice / changes.PricePerShare - 1), 2);
        expect(v.OptionShares as number).toBeGreaterThanOrEqual(0);
        expect(v.OptionShares as number).toBeLessThanOrEqual(changes.Options);
        expect(v.ConvertShares === 0).toBe(changes.MarketPrice <= changes.ConversionPrice);
        expect(v.InvestorStakeAfterDiluted as number).toBeLessThanOrEqual(v.InvestorStakeAfter as number);
      }),
      { numRuns: 300 },
    );
  });
});
