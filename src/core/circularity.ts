/**
 * How much of Nvidia's money comes back to Nvidia (docs/models.md, circularity):
 * Nvidia's revenue and gross profit from CoreWeave's GPU spend against the cash
 * Nvidia puts in (equity and other support), year by year and in total.
 */
import { D, type Dec } from "./decimal";
import { checkDomains, checkWholeNumber } from "./domain";
import { NM, type Ratio } from "./notMeaningful";
import { checkRanges } from "./rangeRules";

/** The circularity model's inputs; every row has one value per timeline year. */
export interface CircularityInput {
  firstYear: number;
  /** CoreWeave's GPU capex (growth + replacement), currency units per year, >= 0 */
  gpuSpend: readonly Dec[];
  /** Nvidia's equity invested, currency units per year, >= 0 */
  nvidiaEquityInvested: readonly Dec[];
  /** other Nvidia support (e.g. capacity-backstop payments), currency units per year, >= 0 */
  nvidiaOtherSupport: readonly Dec[];
  /** Nvidia's shares after the deal, >= 0 */
  investorSharesAfter: Dec;
  /** price per share the stake is valued at, >= 0 */
  stakePrice: Dec;
  /** share of GPU spend paid to Nvidia, 0..1 */
  nvidiaContentShare: Dec;
  /** Nvidia's gross margin, 0..1 */
  nvidiaGrossMargin: Dec;
}

/** Yearly rows and totals. */
export interface Circularity {
  years: number[];
  /** GpuSpend x NvidiaContentShare */
  nvidiaRevenue: Dec[];
  /** NvidiaRevenue x NvidiaGrossMargin */
  nvidiaGrossProfit: Dec[];
  /** NvidiaEquityInvested + NvidiaOtherSupport */
  nvidiaCashIn: Dec[];
  /** NvidiaCashIn / NvidiaRevenue, n.m. when revenue is 0 */
  selfFundedShare: Ratio[];
  cumulativeGrossProfit: Dec[];
  cumulativeCashIn: Dec[];
  /** total revenue / total cash in, n.m. when no cash goes in */
  revenueMultiple: Ratio;
  /** total gross profit / total cash in, n.m. when no cash goes in */
  grossProfitMultiple: Ratio;
  /** first year cumulative gross profit >= cumulative cash in, or "none" */
  paybackYear: number | "none";
  /** InvestorSharesAfter x StakePrice */
  stakeValue: Dec;
}

const running = (xs: readonly Dec[]): Dec[] => {
  let s = new D(0);
  return xs.map((x) => (s = s.plus(x)));
};

/**
 * Nvidia's revenue, gross profit and cash in, their multiples and the payback year.
 * @param a the inputs (see CircularityInput for units and domains)
 * @throws InputError("value") when an input leaves its domain; Error when the rows differ in length
 */
export function circularity(a: CircularityInput): Circularity {
  const n = a.gpuSpend.length;
  checkWholeNumber("timeline years", n, 1, 100);
  for (const [name, row] of [["GpuSpend", a.gpuSpend], ["NvidiaEquityInvested", a.nvidiaEquityInvested], ["NvidiaOtherSupport", a.nvidiaOtherSupport]] as const) {
    if (row.length !== n) throw new Error(`circularity: ${name} has ${row.length} years, GpuSpend ${n}`);
    checkDomains(row.map((x) => [name, x, "nonNegative"] as const));
  }
  checkDomains([
    ["InvestorSharesAfter", a.investorSharesAfter, "nonNegative"],
    ["StakePrice", a.stakePrice, "nonNegative"],
  ]);
  checkRanges([
    ["NvidiaContentShare", a.nvidiaContentShare, "fraction"],
    ["NvidiaGrossMargin", a.nvidiaGrossMargin, "fraction"],
  ]);
  const revenue = a.gpuSpend.map((s) => s.times(a.nvidiaContentShare));
  const grossProfit = revenue.map((r) => r.times(a.nvidiaGrossMargin));
  const cashIn = a.nvidiaEquityInvested.map((e, i) => e.plus(a.nvidiaOtherSupport[i] as Dec));
  const cumGp = running(grossProfit);
  const cumCash = running(cashIn);
  const totalCash = cumCash[n - 1] as Dec;
  const perCash = (total: Dec): Ratio => (totalCash.isZero() ? NM : total.div(totalCash));
  const payback = cumGp.findIndex((g, i) => g.gte(cumCash[i] as Dec));
  return {
    years: Array.from({ length: n }, (_, i) => a.firstYear + i),
    nvidiaRevenue: revenue,
    nvidiaGrossProfit: grossProfit,
    nvidiaCashIn: cashIn,
    selfFundedShare: cashIn.map((c, i) => ((revenue[i] as Dec).isZero() ? NM : c.div(revenue[i] as Dec))),
    cumulativeGrossProfit: cumGp,
    cumulativeCashIn: cumCash,
    revenueMultiple: perCash(running(revenue)[n - 1] as Dec),
    grossProfitMultiple: perCash(cumGp[n - 1] as Dec),
    paybackYear: payback < 0 ? "none" : a.firstYear + payback,
    stakeValue: a.investorSharesAfter.times(a.stakePrice),
  };
}
