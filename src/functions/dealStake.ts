/**
 * DEAL_STAKE: ownership after a primary share issue (src/core/deal.ts), with a
 * scaled-integer fast path for typed decimals (see ./scaledInteger.ts).
 */
import { D, primaryIssue, type PrimaryIssue } from "../core";
import { dec, mant, num } from "./args";
import { broadcast } from "./broadcast";
import { errorCodeOf, makeError, passThrough } from "./cellError";
import { add, decimalScale, mul, shift } from "./scaledInteger";

/** The measures DEAL_STAKE returns, with their exact (decimal) definitions. */
const DEAL_MEASURES: Readonly<Record<string, (r: PrimaryIssue) => InstanceType<typeof D>>> = {
  stake: (r) => r.stakeAfter,
  new_shares: (r) => r.newShares,
  post_shares: (r) => r.postShares,
  dilution: (r) => r.dilution,
  post_money: (r) => r.postMoney,
};
type DealMeasure = keyof typeof DEAL_MEASURES;

/** Argument domains of DEAL_STAKE, in Excel's order. */
const DEAL_STAKE_ARGS = [
  num("investment", "nonNegative"),
  num("price_per_share", "positive"),
  num("shares_outstanding", "positive"),
  num("shares_held_before", "nonNegative", 0),
] as const;

/**
 * Fast DEAL_STAKE for short decimals. With investment N/10^c, price P/10^b,
 * outstanding O/10^d, held H/10^a and S = max(a+b, d+b, c):
 * stake = (H·P·10^(S-a-b) + N·10^(S-c)) / (O·P·10^(S-d-b) + N·10^(S-c)), etc.
 * Each measure is one quotient of exact integers. NaN = use decimal.js.
 */
function dealFast(measure: DealMeasure, inv: number, price: number, out: number, held: number): number {
  if (held > out) return NaN; // core reports the error
  const a = decimalScale(held), b = decimalScale(price), c = decimalScale(inv), d = decimalScale(out);
  if ((a | b | c | d) < 0) return NaN;
  const H = mant(held, a), P = mant(price, b), N = mant(inv, c), O = mant(out, d);
  if (measure === "new_shares") return shift(N, b) / shift(P, c);
  if (measure === "post_shares") return add(shift(mul(O, P), c), shift(N, b + d)) / shift(P, c + d);
  const S = Math.max(a + b, d + b, c);
  const n = shift(N, S - c);
  const den = add(shift(mul(O, P), S - d - b), n);
  if (measure === "dilution") return n / den;
  if (measure === "post_money") return den / shift(1, S);
  return add(shift(mul(H, P), S - a - b), n) / den;
}

/**
 * Ownership after a primary share issue: new shares = investment / price,
 * post = shares_outstanding + new, stake = (shares_held_before + new) / post.
 * Example: Nvidia's $2,000,000,000 at $87.20 into CoreWeave (500,000,000 shares,
 * 24,280,000 held before): =AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000) = 0.0902898 (9.03 %).
 * @customfunction DEAL_STAKE
 * @helpurl https://localhost:3000/help/functions.html#deal_stake
 * @param investment Cash invested, currency units, >= 0. A cell or a range.
 * @param price_per_share Price paid per new share, same currency, > 0. A cell or a range.
 * @param shares_outstanding Shares outstanding before the issue, > 0. A cell or a range.
 * @param [shares_held_before] The investor's shares before the issue, 0 to shares_outstanding. Default 0. A cell or a range.
 * @param [measure] What to return: "stake" (default; fraction owned after), "new_shares", "post_shares", "dilution" (new / post) or "post_money" (post x price).
 * @returns The measure for each cell of the broadcast arguments.
 */
export function dealStake(
  investment: unknown[][],
  price_per_share: unknown[][],
  shares_outstanding: unknown[][],
  shares_held_before?: unknown[][],
  measure?: string,
): unknown[][] {
  const measureError = errorCodeOf(measure);
  if (measureError !== undefined) return [[passThrough(measureError, measure, "measure")]];
  const key = measure === undefined || measure === null || measure === "" ? "stake" : typeof measure === "string" ? measure.trim().toLowerCase() : undefined;
  if (key === undefined || !Object.prototype.hasOwnProperty.call(DEAL_MEASURES, key)) {
    return [[makeError("#VALUE!", 'measure must be one of "stake", "new_shares", "post_shares", "dilution", "post_money"')]];
  }
  const m = key as DealMeasure;
  const pick = DEAL_MEASURES[m]!;
  const [s0, s1, s2, s3] = DEAL_STAKE_ARGS;
  return broadcast(
    [[investment, s0], [price_per_share, s1], [shares_outstanding, s2], [shares_held_before, s3]],
    (v) => {
      const [inv, price, out, held] = v;
      const fast = dealFast(m, inv, price, out, held);
      if (fast === fast) return fast; // not NaN
      return pick(primaryIssue({ investment: dec(inv), price: dec(price), outstanding: dec(out), heldBefore: dec(held) })).toNumber();
    },
  );
}
