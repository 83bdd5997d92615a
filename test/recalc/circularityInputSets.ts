/**
 * The circularity model's input sets for the two-engine recalculation suite
 * (recalc.test.ts, found by inputSets.ts through the file name): the defaults
 * first, then changed sets, extreme but legal ones included.
 */
import type { InputSet } from "./inputSets";

export const CIRCULARITY_SETS: InputSet[] = [
  { label: "defaults (capacity's GPU spend, $2 B in FY2026, 64 % content)", changes: {} },
  // no revenue: every self-funded share n.m., multiples 0, never paid back
  { label: "content share 0", changes: { NvidiaContentShare: 0 } },
  // all GPU spend to Nvidia: the grid's upper rows clip at 100 %
  { label: "content share 1 (grid clipped at 100 %)", changes: { NvidiaContentShare: 1, NvidiaGrossMargin: 0.75 } },
  // no cash in: multiples and the whole grid n.m.; paid back in the first year (0 >= 0)
  { label: "no equity", changes: { "NvidiaEquityInvested#0": 0 } },
  // $8 B of support every year: cumulative cash in runs ahead of gross profit until FY2027
  { label: "support payments every year", changes: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`NvidiaOtherSupport#${i}`, 8e9])) },
  // $60 B in FY2031 only: paid back in FY2026, behind again in FY2031 (flags 1 then 0), back ahead in FY2032
  { label: "one large support payment in FY2031", changes: { "NvidiaOtherSupport#5": 60e9 } },
  // no GPU spend in FY2026: the first year's self-funded share is n.m. (text in an output)
  { label: "no GPU spend in the first year", changes: { "GpuSpend#0": 0 } },
  { label: "1-year timeline", changes: {}, years: 1 },
  // grid floor binding (50 % - 2 x 30 % < 0) over a 30-year timeline that repeats the last spend
  { label: "30-year timeline, content share 50 %, step 30 %", changes: { NvidiaContentShare: 0.5, ContentShareStep: 0.3 }, years: 30 },
  // flat share axis, spend scales 100 % +/- 60 % floored at 0, a 2030 start, cheap stake
  { label: "flat share axis, spend scale floor binding, 2030 start", changes: { ContentShareStep: 0, SpendScaleStep: 0.6, FirstYear: 2030, StakePrice: 0 } },
  // the deal workbook's valuation can say n.m. (equity worth nothing): the stake value says so too, no error
  { label: "stake price n.m.", changes: { StakePrice: "n.m." } },
];

export default CIRCULARITY_SETS;
