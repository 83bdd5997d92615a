/**
 * Credit ratios per year with `n.m.` where the denominator makes them meaningless,
 * covenant breach flags and their summaries (docs/models.md, leverage):
 * - InterestCoverage = EBITDA / InterestExpense (n.m. when interest is 0);
 * - DSCR = CFADS / (InterestExpense + PrincipalRepaid) (n.m. when that is 0);
 * - NetLeverage = (DebtClosing - Cash) / EBITDA (n.m. when EBITDA <= 0).
 * A breach is strictly below a minimum or above a maximum (equal is no breach).
 * An n.m. coverage or DSCR has nothing to cover, so it is no breach; an n.m. net
 * leverage is a breach when net debt is positive (debt with no EBITDA to carry it).
 */
import type { Dec } from "./decimal";
import { checkDomains } from "./domain";
import { extremeRatio, isNm, NM, type Ratio } from "./notMeaningful";

/** Covenant levels, times. */
export interface Covenants {
  /** minimum interest coverage, >= 0 */
  minCoverage: Dec;
  /** maximum net leverage, >= 0 */
  maxLeverage: Dec;
  /** minimum DSCR, >= 0 */
  dscrCovenant: Dec;
}

/** The yearly amounts the ratios need, currency units, one per year. */
export interface CreditLines {
  ebitda: readonly Dec[];
  interestExpense: readonly Dec[];
  principalRepaid: readonly Dec[];
  cfads: readonly Dec[];
  debtClosing: readonly Dec[];
  cash: readonly Dec[];
}

/** Ratios, flags and summaries. */
export interface CovenantTests {
  interestCoverage: Ratio[];
  dscr: Ratio[];
  netLeverage: Ratio[];
  coverageBreach: boolean[];
  dscrBreach: boolean[];
  leverageBreach: boolean[];
  /** number of (covenant, year) breaches */
  covenantBreaches: number;
  minInterestCoverage: Ratio;
  minDscr: Ratio;
  maxNetLeverage: Ratio;
}

const ratio = (num: Dec, den: Dec, meaningful: boolean): Ratio => (meaningful ? num.div(den) : NM);

/**
 * Credit ratios, breach flags and their summaries over the timeline.
 * @param l yearly lines (see CreditLines), interest and principal >= 0
 * @param c covenant levels (see Covenants)
 * @throws InputError("value") for a negative covenant level
 */
export function covenantTests(l: CreditLines, c: Covenants): CovenantTests {
  checkDomains([
    ["MinCoverage", c.minCoverage, "nonNegative"],
    ["MaxLeverage", c.maxLeverage, "nonNegative"],
    ["DscrCovenant", c.dscrCovenant, "nonNegative"],
  ]);
  const interestCoverage = l.ebitda.map((e, i) => ratio(e, l.interestExpense[i] as Dec, !(l.interestExpense[i] as Dec).isZero()));
  const service = l.interestExpense.map((x, i) => x.plus(l.principalRepaid[i] as Dec));
  const dscr = l.cfads.map((cf, i) => ratio(cf, service[i] as Dec, !(service[i] as Dec).isZero()));
  const netDebt = l.debtClosing.map((x, i) => x.minus(l.cash[i] as Dec));
  const netLeverage = netDebt.map((n, i) => ratio(n, l.ebitda[i] as Dec, (l.ebitda[i] as Dec).gt(0)));
  const below = (r: Ratio, min: Dec) => !isNm(r) && r.lt(min);
  const coverageBreach = interestCoverage.map((r) => below(r, c.minCoverage));
  const dscrBreach = dscr.map((r) => below(r, c.dscrCovenant));
  const leverageBreach = netLeverage.map((r, i) => (isNm(r) ? (netDebt[i] as Dec).gt(0) : r.gt(c.maxLeverage)));
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  return {
    interestCoverage,
    dscr,
    netLeverage,
    coverageBreach,
    dscrBreach,
    leverageBreach,
    covenantBreaches: count(coverageBreach) + count(dscrBreach) + count(leverageBreach),
    minInterestCoverage: extremeRatio(interestCoverage, "min"),
    minDscr: extremeRatio(dscr, "min"),
    maxNetLeverage: extremeRatio(netLeverage, "max"),
  };
}

