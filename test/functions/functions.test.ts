import { describe, expect, it } from "vitest";
import { dealStake } from "../../src/functions/dealStake";
import { debtCoverage } from "../../src/functions/debtCoverage";
import { debtSchedule } from "../../src/functions/debtSchedule";
import { gpusToGw } from "../../src/functions/gpusToGw";
import { gpuWatts } from "../../src/functions/gpuWatts";
import { gwToGpus } from "../../src/functions/gwToGpus";
import { netLeverage } from "../../src/functions/netLeverage";
import { showAll } from "./helpers";

describe("DEAL_STAKE: the Nvidia–CoreWeave deal", () => {
  // Inputs: $2,000,000,000 at $87.20; 500,000,000 shares outstanding (estimate, reference
  // file); Nvidia held 24,280,000 before. new = 2e9 / 87.2 = 2.5e9 / 109 = 22,935,779.8165...
  // Everything x 109: post = (500e6 x 109 + 2.5e9) / 109 = 57e9 / 109,
  // stake = (24.28e6 x 109 + 2.5e9) / 57e9 = 5,146,520,000 / 57e9, dilution = 2.5e9 / 57e9 = 5/114,
  // post money = 57e9 / 109 x 87.2 = 57e9 x 0.8 = 45.6e9. The expected doubles below are
  // these exact integer fractions divided once, i.e. correctly rounded: the function
  // must return exactly them.
  const args: [unknown[][], unknown[][], unknown[][], unknown[][]] = [[[2e9]], [[87.2]], [[500e6]], [[24.28e6]]];
  it.each([
    ["stake", 5_146_520_000 / 57e9],
    [undefined, 5_146_520_000 / 57e9],
    ["new_shares", 2.5e9 / 109],
    ["post_shares", 57e9 / 109],
    ["dilution", 5 / 114],
    ["post_money", 45.6e9],
    [" New_Shares ", 2.5e9 / 109],
  ])("measure %s", (measure, expected) => {
    expect(dealStake(...args, measure)).toEqual([[expected]]);
  });
  it("held_before defaults to 0: 10 at 1 into 90 shares is 10 / 100 = 0.1", () => {
    expect(dealStake([[10]], [[1]], [[90]])).toEqual([[0.1]]);
  });
});

describe("broadcasting like Excel arithmetic", () => {
  it("a column of investments against a row of prices makes a grid", () => {
    // new shares = investment / price: 100/1, 100/2, 100/4; 200/1, 200/2, 200/4
    expect(dealStake([[100], [200]], [[1, 2, 4]], [[1000]], null as never, "new_shares")).toEqual([
      [100, 50, 25],
      [200, 100, 50],
    ]);
  });
  it("a 1x3 row stretches down a 2x3 block", () => {
    // coverage = cash flow / interest
    expect(debtCoverage([[10, 20, 30], [40, 50, 60]], [[10, 5, 2]])).toEqual([
      [1, 4, 15],
      [4, 10, 30],
    ]);
  });
  it("cells beyond a shorter range are #N/A, per cell", () => {
    const r = showAll(netLeverage([[10], [20], [30]], [[0], [0]], [[5]]));
    expect(r).toEqual([[2], [4], ["#N/A cash has no cell for row 3, column 1 of the result (ranges of different sizes)"]]);
  });
  it("one bad cell gives one error cell, blanks count as 0", () => {
    const r = showAll(netLeverage([[10, "ten", null, 30]], [[0]], [[5]]));
    expect(r).toEqual([[2, "#VALUE! debt must be a number, not text", 0, 6]]);
  });
  it("error values passed in stay that error, as objects or as text", () => {
    const r = showAll(gwToGpus([[{ code: "#DIV/0!" }, "#N/A", 1, { code: "#REF!" }]]));
    expect(r).toEqual([["#DIV/0! gigawatts holds the error #DIV/0!", "#N/A gigawatts holds the error #N/A", 500000, "#VALUE! gigawatts holds the error #REF!"]]);
  });
  it("a bare scalar works like a 1x1 range", () => {
    expect(gwToGpus(1 as never)).toEqual([[500000]]);
  });
});

describe("DEBT_COVERAGE", () => {
  it.each<[number, number, number | undefined, number | undefined, number, string]>([
    // [cash flow, interest, principal, capex, expected, derivation]
    [838.1, 310.6, undefined, undefined, 8381 / 3106, "CoreWeave Q3 2025: 838.1 / 310.6 = 8381 / 3106 = 2.6983258..."],
    [1000, 100, 300, 200, 2, "DSCR (1000 - 200) / (100 + 300) = 800 / 400"],
    [0.3, 0.1, 0.2, 0, 1, "0.3 / (0.1 + 0.2) = 1 exactly in decimal; plain doubles give 0.3 / 0.30000000000000004 = 0.9999999999999999"],
    [-50, 25, 0, 0, -2, "negative cash flow, negative coverage"],
  ])("(%s, %s, %s, %s) = %s: %s", (cf, i, p, c, expected) => {
    const wrap = (x: number | undefined) => (x === undefined ? undefined : [[x]]);
    expect(debtCoverage([[cf]], [[i]], wrap(p), wrap(c))).toEqual([[expected]]);
  });
});

describe("NET_LEVERAGE", () => {
  it.each([
    [21.4, 1.4, 4, 5, "(21.4 - 1.4) / 4 = 20 / 4; doubles: 21.4 - 1.4 = 19.999999999999996"],
    [18.81, 0, 3, 6.27, "18.81 / 3 = 6.27 (1881 / 300 correctly rounded)"],
    [1, 3, 2, -1, "cash above debt: (1 - 3) / 2"],
  ])("(%s, %s, %s) = %s: %s", (d, c, e, expected) => {
    expect(netLeverage([[d]], [[c]], [[e]])).toEqual([[expected]]);
  });
});

describe("GW_TO_GPUS and GPUS_TO_GW for every profile", () => {
  it.each<[number, string | number, number, number, string]>([
    // floor(gw x 1e9 x n / (W x pue)); remainders checked by hand in test/core/capacity.test.ts
    [1, "GB200", 1.2, 500_000, "72e9 / 144,000"],
    [1, "h100", 1.2, 653_594, "8e9 / 12,240 = 653,594.77"],
    [1, "H200", 1.15, 682_011, "8e9 / 11,730 = 682,011.93"],
    [1, "B200", 1, 559_440, "8e9 / 14,300 = 559,440.56"],
    [1, "B300", 1, 551_724, "8e9 / 14,500 = 551,724.14"],
    [1, "GB300", 1.2, 454_545, "72e9 / 158,400 = 454,545.45"],
    [1, "vr200", 1.2, 315_789, "72e9 / 228,000 = 315,789.47"],
    [0.3, 1000, 1.1, 272_727, "plain watts: 0.3e9 / 1,100 = 272,727.27"],
  ])("%s GW of %s at PUE %s = %s (%s)", (gw, gpu, pue, expected) => {
    expect(gwToGpus([[gw]], [[gpu]], [[pue]])).toEqual([[expected]]);
  });
  it("defaults: GB200 at PUE 1.2; CoreWeave's 5 GW = 2,500,000 GPUs", () => {
    expect(gwToGpus([[5]])).toEqual([[2_500_000]]);
  });
  it.each([
    [500_000, "GB200", 1.2, 1, "500,000 x 120,000 x 1.2 / (72 x 1e9)"],
    [1000, "H100", 1.5, 0.0019125, "1,000 x 1,275 x 1.5 / 1e9"],
    [72, "VR200", 1, 0.00019, "72 x 190,000 / 72 / 1e9"],
  ])("GPUS_TO_GW(%s, %s, %s) = %s (%s)", (n, gpu, pue, expected) => {
    expect(gpusToGw([[n]], [[gpu]], [[pue]])).toEqual([[expected]]);
  });
});

describe("GPU_WATTS", () => {
  it.each([
    ["H100", 1275], ["h200", 1275], ["B200", 1787.5], ["B300", 1812.5],
    ["GB200", 120_000 / 72], ["GB300", 132_000 / 72], ["VR200", 190_000 / 72], [1500, 1500],
  ])("%s = %s watts", (gpu, w) => {
    expect(gpuWatts(gpu)).toEqual([[w]]);
  });
});

describe("DEBT_SCHEDULE", () => {
  it("annuity 1000 at 10 % over 3 years from 2026", () => {
    // payment = 1000 x 0.1 / (1 - 1.1^-3) = 133.1 / 0.331 = 402.1148036...; see test/core/debtSchedule.test.ts
    const r = debtSchedule(1000, 0.1, 3, "annuity", 2026) as number[][];
    expect(r.map((row) => row.map((x) => Number(x.toPrecision(10))))).toEqual([
      [2026, 1000, 100, 302.1148036, 697.8851964],
      [2027, 697.8851964, 69.78851964, 332.326284, 365.5589124],
      [2028, 365.5589124, 36.55589124, 365.5589124, 0],
    ]);
  });
  it("bullet by default, years numbered from 1", () => {
    expect(debtSchedule(500, 0.08, 2)).toEqual([
      [1, 500, 40, 0, 500],
      [2, 500, 40, 500, 0],
    ]);
  });
});
