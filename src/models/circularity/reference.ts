/**
 * The circularity model recomputed by src/core (`circularity`) from the sheet's
 * inputs, independently of the formulas: every named row, output, grid cell and
 * check. `n.m.` ratios, an `n.m.` stake price and a payback year of `none` are NaN here (the sheet shows
 * the text, which the recalculation suite compares as text).
 */
import { D, circularity, isNm, type Dec, type Ratio } from "../../core";
import { num } from "../defaults";
import type { InputReader, ReferenceValues } from "../../plan/template";
import { CHECK_ROWS, CHECK_SCALARS } from "./checks";
import { GRID_STEPS } from "./sensitivity";

const ratioNumber = (r: Ratio): number => (isNm(r) ? Number.NaN : r.toNumber());
const numbers = (xs: readonly Dec[]): number[] => xs.map((x) => x.toNumber());
const clip = (x: Dec, lo: Dec, hi: Dec): Dec => D.min(D.max(x, lo), hi);

/**
 * The 5 x 5 revenue multiples, row-major (content-share rows, spend-scale
 * columns): each cell is circularity() again with every year's spend scaled and
 * the grid's content share, so the grid is proven by the core, not by its formula.
 */
function grid(d: (k: string) => Dec, base: Parameters<typeof circularity>[0]): { shares: number[]; scales: number[]; cells: number[] } {
  const shares = GRID_STEPS.map((s) => (s === 0 ? d("NvidiaContentShare") : clip(d("NvidiaContentShare").plus(d("ContentShareStep").times(s)), d("GridShareMin"), d("GridShareMax"))));
  const scales = GRID_STEPS.map((s) => (s === 0 ? d("SpendScaleCentre") : D.max(d("SpendScaleCentre").plus(d("SpendScaleStep").times(s)), d("GridScaleMin"))));
  const cells = shares.flatMap((share) =>
    scales.map((scale) => ratioNumber(circularity({ ...base, nvidiaContentShare: share, gpuSpend: base.gpuSpend.map((x) => x.times(scale)) }).revenueMultiple)),
  );
  return { shares: numbers(shares), scales: numbers(scales), cells };
}

/**
 * @param input reads the sheet's inputs (`Key`, `Row#i` for year i)
 * @param years timeline length, 1..100
 * @returns every named row (one number per year), scalar and the grid (row-major)
 * @throws InputError from core when an input leaves its domain (the sheet's checks count it)
 */
export function circularityReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const row = (k: string): Dec[] => Array.from({ length: years }, (_, i) => d(`${k}#${i}`));
  const firstYear = num(input, "FirstYear");
  // the deal workbook links StakePrice to valuation's ValuePerShare, the text n.m. when its equity is worth nothing
  const stakeNm = input("StakePrice") === "n.m.";
  const base = {
    firstYear,
    gpuSpend: row("GpuSpend"),
    nvidiaEquityInvested: row("NvidiaEquityInvested"),
    nvidiaOtherSupport: row("NvidiaOtherSupport"),
    investorSharesAfter: d("InvestorSharesAfter"),
    stakePrice: stakeNm ? new D(0) : d("StakePrice"),
    nvidiaContentShare: d("NvidiaContentShare"),
    nvidiaGrossMargin: d("NvidiaGrossMargin"),
  };
  const c = circularity(base);
  let revenueToDate = new D(0);
  const cumulativeRevenue = c.nvidiaRevenue.map((r) => (revenueToDate = revenueToDate.plus(r)));
  const paidBack = c.cumulativeGrossProfit.map((g, i) => (g.gte(c.cumulativeCashIn[i] as Dec) ? 1 : 0));
  const g = grid(d, base);
  const last = years - 1;
  const zeros = Array.from({ length: years }, () => 0);
  return {
    Years: c.years,
    NvidiaRevenue: numbers(c.nvidiaRevenue),
    NvidiaGrossProfit: numbers(c.nvidiaGrossProfit),
    NvidiaCashIn: numbers(c.nvidiaCashIn),
    SelfFundedShare: c.selfFundedShare.map(ratioNumber),
    CumulativeNvidiaRevenue: numbers(cumulativeRevenue),
    CumulativeGrossProfit: numbers(c.cumulativeGrossProfit),
    CumulativeCashIn: numbers(c.cumulativeCashIn),
    PaidBack: paidBack,
    FirstPayback: c.years.map((y) => (y === c.paybackYear ? 1 : 0)),
    TotalGpuSpend: base.gpuSpend.reduce((a, b) => a.plus(b), new D(0)).toNumber(),
    TotalNvidiaRevenue: (cumulativeRevenue[last] as Dec).toNumber(),
    TotalGrossProfit: (c.cumulativeGrossProfit[last] as Dec).toNumber(),
    TotalCashIn: (c.cumulativeCashIn[last] as Dec).toNumber(),
    RevenueMultiple: ratioNumber(c.revenueMultiple),
    GrossProfitMultiple: ratioNumber(c.grossProfitMultiple),
    FirstYearSelfFundedShare: ratioNumber(c.selfFundedShare[0] as Ratio),
    PaybackYear: c.paybackYear === "none" ? Number.NaN : c.paybackYear,
    StakeValue: stakeNm ? Number.NaN : c.stakeValue.toNumber(),
    SensContentShare: g.shares,
    SensSpendScale: g.scales,
    RevenueMultipleSensitivity: g.cells,
    ...Object.fromEntries(CHECK_ROWS.map((k) => [k, zeros])),
    ...Object.fromEntries(CHECK_SCALARS.map((k) => [k, 0])),
  };
}
