/**
 * A ratio whose denominator makes it meaningless shows the text `n.m.` on the
 * sheets; core returns the same literal, never NaN, Infinity or null, so TypeScript
 * forces every caller to handle it (a model's reference(), whose values are numbers,
 * writes it as NaN where the sheet shows the text).
 */
import type { Dec } from "./decimal";

/** "not meaningful": what a sheet shows for such a ratio. */
export const NM = "n.m.";

/** The n.m. marker's type. */
export type NotMeaningful = typeof NM;

/** A ratio or `n.m.`; discriminate with isNm (or `typeof r === "string"`). */
export type Ratio = Dec | NotMeaningful;

/** True when r is the n.m. marker. */
export function isNm(r: Ratio): r is NotMeaningful {
  return typeof r === "string";
}

/**
 * The smallest (or largest) of the ratios that have a number; n.m. only when none has.
 * @param values ratios of the years of a timeline
 * @param pick   "min" or "max"
 */
export function extremeRatio(values: readonly Ratio[], pick: "min" | "max"): Ratio {
  let best: Ratio = NM;
  for (const v of values) {
    if (isNm(v)) continue;
    if (isNm(best) || (pick === "min" ? v.lt(best) : v.gt(best))) best = v;
  }
  return best;
}
