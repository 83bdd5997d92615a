import { describe, expect, it } from "vitest";
import { circularity, D, InputError, isNm, type CircularityInput, type Ratio } from "../../src/core";

const d = (x: number) => new D(x);
const ds = (...xs: number[]) => xs.map(d);
const show = (r: Ratio) => (isNm(r) ? r : r.toNumber());

/** $ B: GPU spend 10, 20, 0, 30; Nvidia in 2 (equity) + 1 and 1 (support); 50 % content, 75 % gross margin. */
const BASE: CircularityInput = {
  firstYear: 2026,
  gpuSpend: ds(10e9, 20e9, 0, 30e9),
  nvidiaEquityInvested: ds(2e9, 0, 0, 0),
  nvidiaOtherSupport: ds(1e9, 1e9, 0, 0),
  investorSharesAfter: d(47.2e6),
  stakePrice: d(87.2),
  nvidiaContentShare: d(0.5),
  nvidiaGrossMargin: d(0.75),
};

describe("circularity, worked by hand", () => {
  const r = circularity(BASE);
  it.each([
    ["nvidiaRevenue", r.nvidiaRevenue.map(show), [5e9, 10e9, 0, 15e9], "spend x 50 %"],
    ["nvidiaGrossProfit", r.nvidiaGrossProfit.map(show), [3.75e9, 7.5e9, 0, 11.25e9], "revenue x 75 %"],
    ["nvidiaCashIn", r.nvidiaCashIn.map(show), [3e9, 1e9, 0, 0], "equity + support"],
    ["selfFundedShare", r.selfFundedShare.map(show), [0.6, 0.1, "n.m.", 0], "3/5, 1/10, no revenue in 2028, 0/15"],
    ["cumulativeGrossProfit", r.cumulativeGrossProfit.map(show), [3.75e9, 11.25e9, 11.25e9, 22.5e9], "running sum"],
    ["cumulativeCashIn", r.cumulativeCashIn.map(show), [3e9, 4e9, 4e9, 4e9], "running sum"],
  ])("%s = %j (%s)", (_k, got, expected) => {
    expect(got).toEqual(expected);
  });
  it("multiples 30 / 4 = 7.5 and 22.5 / 4 = 5.625; payback in 2026 (3.75 >= 3); stake 47.2 M x $87.20 = $4,115.84 M", () => {
    expect([show(r.revenueMultiple), show(r.grossProfitMultiple), r.paybackYear, r.stakeValue.toNumber()]).toEqual([7.5, 5.625, 2026, 4_115_840_000]);
  });
  it("a later payback: GP 0.42, 0.84, 1.68 ($ B) against 2 in: cumulative 0.42, 1.26, 2.94 -> 2028", () => {
    const p = circularity({ ...BASE, gpuSpend: ds(1e9, 2e9, 4e9), nvidiaEquityInvested: ds(2e9, 0, 0), nvidiaOtherSupport: ds(0, 0, 0), nvidiaContentShare: d(0.6), nvidiaGrossMargin: d(0.7) });
    expect(p.paybackYear).toBe(2028);
  });
  it("no payback: GP 0.42 < 2 in the only year", () => {
    const p = circularity({ ...BASE, gpuSpend: ds(1e9), nvidiaEquityInvested: ds(2e9), nvidiaOtherSupport: ds(0), nvidiaContentShare: d(0.6), nvidiaGrossMargin: d(0.7) });
    expect(p.paybackYear).toBe("none");
  });
  it("no cash in: the multiples are n.m.; cumulative 0 >= 0 pays back at once", () => {
    const p = circularity({ ...BASE, nvidiaEquityInvested: ds(0, 0, 0, 0), nvidiaOtherSupport: ds(0, 0, 0, 0) });
    expect([p.revenueMultiple, p.grossProfitMultiple, p.paybackYear]).toEqual(["n.m.", "n.m.", 2026]);
  });
  it.each([
    [{ nvidiaContentShare: d(1.1) }, "NvidiaContentShare must be from 0 to 1"],
    [{ nvidiaGrossMargin: d(-0.1) }, "NvidiaGrossMargin must be from 0 to 1"],
    [{ gpuSpend: ds(1, -1, 0, 0) }, "GpuSpend must be 0 or more"],
    [{ nvidiaOtherSupport: ds(0, 0, -1, 0) }, "NvidiaOtherSupport must be 0 or more"],
    [{ investorSharesAfter: d(-1) }, "InvestorSharesAfter must be 0 or more"],
    [{ stakePrice: d(-1) }, "StakePrice must be 0 or more"],
    [{ gpuSpend: [], nvidiaEquityInvested: [], nvidiaOtherSupport: [] }, "timeline years must be a whole number from 1 to 100"],
  ] as [Partial<CircularityInput>, string][])("%j: %s", (patch, msg) => {
    expect(() => circularity({ ...BASE, ...patch })).toThrowError(new InputError("value", msg));
  });
  it("rows of different lengths are a programmer error", () => {
    expect(() => circularity({ ...BASE, nvidiaOtherSupport: ds(0) })).toThrowError("circularity: NvidiaOtherSupport has 1 years, GpuSpend 4");
  });
});
