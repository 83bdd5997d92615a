/**
 * GPU counts are exact for the numbers as typed, where plain doubles floor to the
 * wrong integer. The cases were found by test/functions/findExactnessCases.ts
 * (1,599 of 140,000 typed inputs 0.01..20 GW x 7 profiles x 10 PUEs go wrong in
 * plain doubles, 1,551 of them GB200) and are listed here with why the exact
 * answer is a whole number: the true quotient is an integer, so any rounding
 * below it makes floor() lose one GPU.
 */
import { describe, expect, it } from "vitest";
import { GPU_PROFILES } from "../../src/core";
import { dealStake } from "../../src/functions/dealStake";
import { gwToGpus } from "../../src/functions/gwToGpus";

/** The plain-double formula a spreadsheet or naive JS would use. */
function naiveCount(gw: number, gpu: keyof typeof GPU_PROFILES, pue: number): number {
  const p = GPU_PROFILES[gpu]!;
  return Math.floor((gw * 1e9) / ((p.systemWatts / p.gpusPerSystem) * pue));
}

const CASES: [number, keyof typeof GPU_PROFILES, number, number, string][] = [
  [16.83, "H100", 1, 13_200_000, "16.83e9 x 8 / 10,200 = 134.64e9 / 10,200; 10,200 x 13.2e6 = 134.64e9. 16.83 is stored as 16.8299999..., so 16.83 x 1e9 = 16,829,999,999.999998"],
  [16.83, "H200", 1.2, 11_000_000, "16.83e9 x 8 / (10,200 x 1.2 = 12,240) = 134.64e9 / 12,240; 12,240 x 11e6 = 134.64e9"],
  [15.73, "B200", 1.1, 8_000_000, "15.73e9 x 8 / (14,300 x 1.1 = 15,730) = 125.84e9 / 15,730 = 8e6; in doubles 1,787.5 x 1.1 = 1,966.2500000000002"],
  [2.03, "B300", 1, 1_120_000, "2.03e9 x 8 / 14,500 = 16.24e9 / 14,500; 14,500 x 1.12e6 = 16.24e9"],
  [3.19, "B300", 1.1, 1_600_000, "3.19e9 x 8 / (14,500 x 1.1 = 15,950) = 25.52e9 / 15,950; 15,950 x 1.6e6 = 25.52e9"],
  [2.01, "GB200", 1, 1_206_000, "2.01e9 x 72 / 120,000 = 144.72e9 / 120,000; 120,000 x 1,206,000 = 144.72e9"],
  [4.1, "GB200", 1, 2_460_000, "4.1e9 x 72 / 120,000 = 295.2e9 / 120,000; 120,000 x 2.46e6 = 295.2e9"],
  [2.09, "GB300", 1.2, 950_000, "2.09e9 x 72 / (132,000 x 1.2 = 158,400) = 150.48e9 / 158,400; 158,400 x 950,000 = 150.48e9"],
  [16.83, "GB300", 1.2, 7_650_000, "16.83e9 x 72 / 158,400 = 1,211.76e9 / 158,400; 158,400 x 7.65e6 = 1,211.76e9"],
];

describe("GW_TO_GPUS is exact where plain doubles are not", () => {
  it.each(CASES)("%s GW of %s at PUE %s = %s GPUs (%s)", (gw, gpu, pue, exact) => {
    expect(naiveCount(gw, gpu, pue)).toBe(exact - 1); // the case really trips doubles
    expect(gwToGpus([[gw]], [[gpu]], [[pue]])).toEqual([[exact]]);
  });
  it("a whole column of them at once (the fast path, no fallback needed)", () => {
    const gws = CASES.map((c) => [c[0]]);
    const gpus = CASES.map((c) => [c[1]]);
    const pues = CASES.map((c) => [c[2]]);
    expect(gwToGpus(gws, gpus, pues)).toEqual(CASES.map((c) => [c[3]]));
  });
  it("plain watts too: 0.0069 GW of 0.69 W devices at PUE 1 = 6.9e6 / 0.69 = 10,000,000", () => {
    expect(gwToGpus([[0.0069]], [[0.69]], [[1]])).toEqual([[10_000_000]]);
  });
  it("17-digit inputs go through decimal.js and stay exact: 0.30000000000000004 GW of 1 W at PUE 1", () => {
    // the shortest decimal of that double is 0.30000000000000004; x 1e9 = 300,000,000.00000004 -> 300,000,000
    expect(gwToGpus([[0.30000000000000004]], [[1]], [[1]])).toEqual([[300_000_000]]);
  });
});

describe("DEAL_STAKE is correctly rounded where plain doubles are not", () => {
  it("0.7 invested at 0.1 per share buys exactly 7 shares (0.7 / 0.1 = 6.999999999999999 in doubles)", () => {
    expect(0.7 / 0.1).not.toBe(7);
    expect(dealStake([[0.7]], [[0.1]], [[1]], null as never, "new_shares")).toEqual([[7]]);
  });
  it("post money of 1 share plus 0.3 invested at 0.1: (1 + 0.3/0.1) x 0.1 = 0.4 exactly", () => {
    // post = 1 + 3 = 4 shares, x 0.1 = 0.4; plain doubles give 0.39999999999999997
    expect((1 + 0.3 / 0.1) * 0.1).not.toBe(0.4);
    expect(dealStake([[0.3]], [[0.1]], [[1]], null as never, "post_money")).toEqual([[0.4]]);
  });
});
