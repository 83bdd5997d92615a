/**
 * The circularity model's reference (src/core `circularity`), worked by hand.
 *
 * Set A is the default inputs with the GPU spend row typed out as the capacity
 * model gives it today (GB200 at PUE 1.2: 1 GW = 500,000 GPUs at $50,000 each):
 *   GPUs at year end 425,000 (0.85 GW, Dec 2025), 850,000 (1.7 GW), 1,262,500,
 *   1,675,000, 2,087,500, 2,500,000 (5 GW), flat after: added 425,000 in FY2026
 *   ($21.25 B) and 412,500 a year in FY2027-FY2030 ($20.625 B); the opening fleet
 *   (aged 1 year, 6-year life) is bought again in FY2030 (+$21.25 B), FY2026's adds
 *   in FY2032, FY2027-FY2029's in FY2033-FY2035; nothing in FY2031. Total $208.125 B.
 * Set B is a 4-year timeline with equity, support, a year without spend and a
 * payback that is lost and regained.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacity } from "../../src/models/capacity";
import { circularity } from "../../src/models/circularity";
import { LINKED_DEFAULTS } from "../../src/models/circularity/inputs";
import { defaultInputs, readerOf, referenceAtDefaults } from "../../src/models/defaults";
import { dilution } from "../../src/models/dilution";
import type { ReferenceValues } from "../../src/plan/template";

const B = 1e9;
const row = (key: string, values: readonly number[]): Record<string, number> => Object.fromEntries(values.map((v, i) => [`${key}#${i}`, v]));
function compute(changes: Record<string, number>, years = 10): ReferenceValues {
  const inputs = defaultInputs(circularity);
  for (const [k, v] of Object.entries(changes)) inputs.set(k, v);
  return circularity.reference(readerOf(inputs), years);
}
const expectRow = (actual: unknown, want: readonly number[]): void => {
  const got = actual as number[];
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => (Number.isNaN(w) ? expect(got[i], `year ${i}`).toBeNaN() : expect(got[i], `year ${i}`).toBeCloseTo(w, 6)));
};

const SPEND_A = [21.25, 20.625, 20.625, 20.625, 41.875, 0, 21.25, 20.625, 20.625, 20.625].map((x) => x * B);

describe("circularity, set A: the defaults with today's capacity GPU spend", () => {
  const v = compute(row("GpuSpend", SPEND_A));

  it("Nvidia revenue = spend x 64 %, gross profit = revenue x 71.1 %", () => {
    // 21.25 x 0.64 = 13.6; 20.625 x 0.64 = 13.2; 41.875 x 0.64 = 26.8
    expectRow(v.NvidiaRevenue, [13.6, 13.2, 13.2, 13.2, 26.8, 0, 13.6, 13.2, 13.2, 13.2].map((x) => x * B));
    // 13.6 x 0.711 = 9.6696; 13.2 x 0.711 = 9.3852; 26.8 x 0.711 = 19.0548
    expectRow(v.NvidiaGrossProfit, [9.6696, 9.3852, 9.3852, 9.3852, 19.0548, 0, 9.6696, 9.3852, 9.3852, 9.3852].map((x) => x * B));
    expectRow(v.NvidiaCashIn, [2 * B, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("self-funded share: 2 / 13.6 = 5/34 in FY2026, 0 after, n.m. in FY2031 (no revenue)", () => {
    expectRow(v.SelfFundedShare, [5 / 34, 0, 0, 0, 0, Number.NaN, 0, 0, 0, 0]);
    expect(v.FirstYearSelfFundedShare).toBeCloseTo(0.1470588235, 9);
  });

  it("running totals, multiples 66.6x and 47.35x, paid back in FY2026", () => {
    expectRow(v.CumulativeGrossProfit, [9.6696, 19.0548, 28.44, 37.8252, 56.88, 56.88, 66.5496, 75.9348, 85.32, 94.7052].map((x) => x * B));
    expectRow(v.CumulativeCashIn, Array(10).fill(2 * B));
    // 208.125 x 0.64 = 133.2; 133.2 / 2 = 66.6; 133.2 x 0.711 = 94.7052; / 2 = 47.3526
    expect(v.TotalNvidiaRevenue).toBeCloseTo(133.2 * B, 3);
    expect(v.RevenueMultiple).toBeCloseTo(66.6, 12);
    expect(v.GrossProfitMultiple).toBeCloseTo(47.3526, 12);
    expect(v.PaybackYear).toBe(2026);
    expectRow(v.FirstPayback, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("stake: (24,280,000 + 2e9 / 87.20) x $92.98", () => {
    // 24,280,000 x 92.98 = 2,257,554,400; 2e9 x 92.98 / 87.2 = 2,132,568,807.34
    expect(v.StakeValue).toBeCloseTo(4_390_123_207.34, 1);
  });

  it("grid: 208.125 / 2 = 104.0625 x scale x share, shares 44-84 %, scales 60-140 %", () => {
    expectRow(v.SensContentShare, [0.44, 0.54, 0.64, 0.74, 0.84]);
    expectRow(v.SensSpendScale, [0.6, 0.8, 1, 1.2, 1.4]);
    const grid = v.RevenueMultipleSensitivity as number[];
    expect(grid[0]).toBeCloseTo(104.0625 * 0.44 * 0.6, 10); // 27.4725
    expect(grid[12]).toBeCloseTo(66.6, 10);
    expect(grid[24]).toBeCloseTo(104.0625 * 0.84 * 1.4, 10); // 122.3775
  });

  it("every check is 0", () => {
    for (const k of ["FlowCheck", "TotalsCheck", "PaybackCheck", "GridCheck", "ShareCheck", "NonNegativeCheck", "YearsCheck", "ErrorCount", "MasterCheck"]) expect(v[k], k).toBe(0);
  });
});

describe("circularity, set B: 4 years from 2027, support every year, a year without spend", () => {
  // spend 10, 0, 5, 20 ($ B); equity 1, 0, 3, 0; support 0.5 a year; content 50 %; margin 60 %
  const v = compute(
    {
      FirstYear: 2027, NvidiaContentShare: 0.5, NvidiaGrossMargin: 0.6, InvestorSharesAfter: 1e6, StakePrice: 50, ContentShareStep: 0.3, SpendScaleStep: 0.5,
      ...row("GpuSpend", [10 * B, 0, 5 * B, 20 * B]), ...row("NvidiaEquityInvested", [1 * B, 0, 3 * B, 0]), ...row("NvidiaOtherSupport", [0.5 * B, 0.5 * B, 0.5 * B, 0.5 * B]),
    },
    4,
  );

  it("rows by hand", () => {
    expectRow(v.Years, [2027, 2028, 2029, 2030]);
    expectRow(v.NvidiaRevenue, [5 * B, 0, 2.5 * B, 10 * B]);
    expectRow(v.NvidiaGrossProfit, [3 * B, 0, 1.5 * B, 6 * B]);
    expectRow(v.NvidiaCashIn, [1.5 * B, 0.5 * B, 3.5 * B, 0.5 * B]);
    // 1.5 / 5; n.m.; 3.5 / 2.5; 0.5 / 10
    expectRow(v.SelfFundedShare, [0.3, Number.NaN, 1.4, 0.05]);
  });

  it("payback: cumulative gross profit 3, 3, 4.5, 10.5 against cash in 1.5, 2, 5.5, 6: ahead, ahead, behind, ahead -> 2027", () => {
    expectRow(v.CumulativeGrossProfit, [3 * B, 3 * B, 4.5 * B, 10.5 * B]);
    expectRow(v.CumulativeCashIn, [1.5 * B, 2 * B, 5.5 * B, 6 * B]);
    expectRow(v.PaidBack, [1, 1, 0, 1]);
    expect(v.PaybackYear).toBe(2027);
  });

  it("multiples 17.5 / 6 and 10.5 / 6; stake 1,000,000 x $50", () => {
    expect(v.RevenueMultiple).toBeCloseTo(17.5 / 6, 12);
    expect(v.GrossProfitMultiple).toBeCloseTo(1.75, 12);
    expect(v.StakeValue).toBe(50e6);
  });

  it("grid: shares 50 % +/- 30 points clipped to 0 and 100 %; scales 0-200 %; cell = 35 / 6 x scale x share", () => {
    expectRow(v.SensContentShare, [0, 0.2, 0.5, 0.8, 1]);
    expectRow(v.SensSpendScale, [0, 0.5, 1, 1.5, 2]);
    const grid = v.RevenueMultipleSensitivity as number[];
    expect(grid.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(grid[6]).toBeCloseTo((35 / 6) * 0.2 * 0.5, 12);
    expect(grid[24]).toBeCloseTo((35 / 6) * 2, 12);
  });
});

describe("circularity edge cases", () => {
  it("no cash in: multiples and the grid n.m.; 0 >= 0 pays back in the first year", () => {
    const v = compute({ "NvidiaEquityInvested#0": 0 });
    expect(v.RevenueMultiple).toBeNaN();
    expect(v.GrossProfitMultiple).toBeNaN();
    expect((v.RevenueMultipleSensitivity as number[]).every(Number.isNaN)).toBe(true);
    expect(v.PaybackYear).toBe(2026);
  });

  it("content share 0: no revenue, every self-funded share n.m., never paid back", () => {
    const v = compute({ NvidiaContentShare: 0 });
    expect((v.SelfFundedShare as number[]).every(Number.isNaN)).toBe(true);
    expect(v.RevenueMultiple).toBe(0);
    expect(v.PaybackYear).toBeNaN();
  });

  it("a stake price of n.m. (valuation's equity worth nothing, in the deal workbook) gives a stake value of n.m., nothing else moves", () => {
    const inputs = defaultInputs(circularity);
    inputs.set("StakePrice", "n.m.");
    const v = circularity.reference(readerOf(inputs), 10);
    expect(v.StakeValue).toBeNaN();
    expect(v.RevenueMultiple).toBeCloseTo(referenceAtDefaults(circularity).RevenueMultiple as number, 12);
  });

  it("bad inputs are refused by the core (the sheet's checks count them)", () => {
    expect(() => compute({ NvidiaContentShare: 1.2 })).toThrow(/NvidiaContentShare/);
    expect(() => compute({ "GpuSpend#3": -1 })).toThrow(/GpuSpend/);
  });

  it("property: multiples x cash in = totals; the grid centre = multiple x centre scale; payback is the first year ahead", () => {
    const money = fc.integer({ min: 0, max: 50_000 }).map((m) => m * 1e6);
    fc.assert(
      fc.property(fc.array(fc.tuple(money, money, money), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (years, share, margin) => {
        const n = years.length;
        const v = compute(
          { NvidiaContentShare: share / 100, NvidiaGrossMargin: margin / 100, ...row("GpuSpend", years.map((y) => y[0])), ...row("NvidiaEquityInvested", years.map((y) => y[1])), ...row("NvidiaOtherSupport", years.map((y) => y[2])) },
          n,
        );
        const cash = v.TotalCashIn as number;
        if (cash > 0) {
          expect((v.RevenueMultiple as number) * cash).toBeCloseTo(v.TotalNvidiaRevenue as number, 0);
          expect((v.RevenueMultipleSensitivity as number[])[12]).toBeCloseTo(v.RevenueMultiple as number, 9);
        }
        const [gp, ci] = [v.CumulativeGrossProfit as number[], v.CumulativeCashIn as number[]];
        const first = gp.findIndex((g, i) => g >= ci[i]);
        if (first < 0) expect(v.PaybackYear).toBeNaN();
        else expect(v.PaybackYear).toBe(2026 + first);
      }),
      { numRuns: 200 },
    );
  });
});

describe("circularity's linked inputs hold their source models' defaults", () => {
  it("GPU spend = capacity GpuCapex + ReplacementCapex; $2 B then 0; dilution's shares and market price", () => {
    const cap = referenceAtDefaults(capacity);
    const dil = referenceAtDefaults(dilution);
    expect(LINKED_DEFAULTS.GpuSpend).toEqual((cap.GpuCapex as number[]).map((g, i) => g + (cap.ReplacementCapex as number[])[i]));
    expect(LINKED_DEFAULTS.NvidiaEquityInvested).toEqual([2e9, 0]);
    expect(LINKED_DEFAULTS.InvestorSharesAfter).toBe(dil.InvestorSharesAfter);
    expect(LINKED_DEFAULTS.StakePrice).toBe(92.98);
    const inputs = defaultInputs(circularity);
    expect(inputs.get("GpuSpend#0")).toBe(LINKED_DEFAULTS.GpuSpend[0]);
    expect(inputs.get("NvidiaOtherSupport#9")).toBe(0);
  });
});

describe("circularity: the stake price as the deal workbook fills it", () => {
  it("right-aligns the price, which reads valuation's value per share and so may be the text n.m.", () => {
    const item = circularity.sections.flatMap((s) => s.items).find((i) => i.type === "scalar" && i.key === "StakePrice");
    expect(item?.type === "scalar" ? item.format.align : undefined).toBe("Right");
  });
});
