/**
 * DILUTED_SHARES through its adapter: hand-worked cases (CoreWeave's dilutive
 * securities among them), a bad-input table, 1-ulp exactness against a bigint
 * rational reference and monotonicity in the price (10,000 runs each).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dilutedShares } from "../../src/functions/dilutedShares";
import { showAll } from "./helpers";
import { cents, count, matchesExact, price, principal, shares, whole } from "./dilutionArbitraries";
import { add, cmp, div, mul, rat, sub, withinHalfUlp, withinOneUlp, type Rat } from "./rational";

const RUNS = 10_000;
const m = (x: unknown) => [[x]];
const one = (r: unknown[][]) => showAll(r)[0]![0];
type Args = [unknown, unknown, unknown?, unknown?, unknown?, unknown?, unknown?];
/** Calls the adapter as Excel does: each given argument a 1x1 range, omitted ones undefined. */
const call = (a: Args) => dilutedShares(...(a.map((x, i) => (i < 2 || x !== undefined ? m(x) : undefined)) as Parameters<typeof dilutedShares>));

// CoreWeave (docs/sources.md §Shares and dilutive securities): about 500,000,000 basic shares (an estimate),
// 45,478,000 options at $1.74, 23,197,000 RSUs, $2,587,500,000 of converts at $107.80.
const CRWV = [45_478_000, 1.74, 23_197_000, 2_587_500_000, 107.8] as const;

describe("DILUTED_SHARES: hand-worked", () => {
  it.each([
    // [basic, price, options, strike, rsus, principal, conversion price], exact, derivation
    [[100, 10], 100, "basic only"],
    [[100, 10, 20, 5], 110, "TSM: 20 x (1 - 5/10) = 10"],
    [[100, 5, 20, 5], 100, "options at the money add nothing (P > K is strict)"],
    [[100, 4, 20, 5, 7], 107, "options out of the money; RSUs add one for one"],
    [[100, 10, 0, 0, 0, 1000, 8], 225, "converts in the money: 1000 / 8 = 125"],
    [[100, 8, 0, 0, 0, 1000, 8], 100, "at the conversion price they stay debt"],
    [[100, 10, 0, 0, 0, 0, undefined], 100, "no principal: the conversion price is not needed"],
    [[100, 10, 0, 0, 0, 0, -3], 100, "no principal: the conversion price is ignored"],
    // 45,478,000 x 85.46 / 87.2 = 3,886,549,880 / 87.2 = 44,570,526.146788990...; + 523,197,000
    [[500_000_000, 87.2, ...CRWV], 567_767_526.146789, "CoreWeave at the $87.20 deal price: the converts are out of the money"],
    // 45,478,000 x 118.26 / 120 = 44,818,569; 2,587,500,000 / 107.8 = 24,002,782.931354359...; + 523,197,000
    [[500_000_000, 120, ...CRWV], 592_018_351.9313544, "CoreWeave at $120: the converts add 24.0 M shares"],
    [[500_000_000, 1.74, ...CRWV], 523_197_000, "CoreWeave at the options' strike: basic + RSUs"],
  ] as [Args, number, string][])("DILUTED_SHARES(%j) = %s: %s", (a, expected) => {
    expect(call(a)).toEqual([[expected]]);
  });

  it("a column of prices spills the dilution curve", () => {
    expect(dilutedShares(m(100), [[4], [10], [20]], m(20), m(5), m(0), m(1000), m(8))).toEqual([[100], [110 + 125], [115 + 125]]);
  });
});

describe("DILUTED_SHARES: bad input", () => {
  it.each([
    ["blank basic shares are 0", [null, 10], "#VALUE! basic_shares must be greater than 0"],
    ["zero price", [100, 0], "#VALUE! share_price must be greater than 0"],
    ["negative price", [100, -87.2], "#VALUE! share_price must be greater than 0"],
    ["text options", [100, 10, "45M"], "#VALUE! options must be a number, not text"],
    ["TRUE as strike", [100, 10, 20, true], "#VALUE! strike must be a number, not TRUE"],
    ["#DIV/0! in rsus", [100, 10, 0, 0, { code: "#DIV/0!" }], "#DIV/0! rsus holds the error #DIV/0!"],
    ["#NAME? in the principal", [100, 10, 0, 0, 0, "#NAME?"], "#VALUE! convert_principal holds the error #NAME?"],
    ["negative options", [100, 10, -1], "#VALUE! options must be 0 or more"],
    ["negative strike", [100, 10, 1, -1], "#VALUE! strike must be 0 or more"],
    ["negative rsus", [100, 10, 0, 0, -5], "#VALUE! rsus must be 0 or more"],
    ["negative principal", [100, 10, 0, 0, 0, -1000, 8], "#VALUE! convert_principal must be 0 or more"],
    ["conversion price missing when principal > 0", [100, 10, 0, 0, 0, 1000], "#VALUE! conversion_price is required when convert_principal is greater than 0"],
    ["blank conversion price cell when principal > 0", [100, 10, 0, 0, 0, 1000, null], "#VALUE! conversion_price must be greater than 0"],
    ["zero conversion price", [100, 10, 0, 0, 0, 1000, 0], "#VALUE! conversion_price must be greater than 0"],
    ["text conversion price", [100, 10, 0, 0, 0, 1000, "107.8"], "#VALUE! conversion_price must be a number, not text"],
    ["FALSE as basic shares", [false, 10], "#VALUE! basic_shares must be a number, not FALSE"],
  ] as [string, Args, string][])("%s", (_what, a, expected) => {
    expect(one(call(a))).toBe(expected);
  });
});

/** The definition, in exact rationals: S + [P > K] O (1 - K/P) + [P > C] L / C. */
function exactDiluted(b: Rat, p: Rat, o: Rat, k: Rat, u: Rat, l: Rat, c: Rat | undefined): Rat {
  let n = add(b, u);
  if (cmp(p, k) > 0) n = add(n, mul(o, sub(rat(1n), div(k, p))));
  if (l.n !== 0n && cmp(p, c!) > 0) n = add(n, div(l, c!));
  return n;
}

describe("DILUTED_SHARES properties (10,000 runs)", () => {
  it("within 1 ulp of the exact rational value", () => {
    fc.assert(
      fc.property(shares, price, count, price, count, principal, price, matchesExact(dilutedShares, exactDiluted, withinOneUlp)),
      { numRuns: RUNS },
    );
  });
  it("correctly rounded for typed inputs (whole shares and dollars, prices in cents: the exact-integer fast path)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2e9 }), cents, whole(1e8), cents, whole(1e8), whole(5e9), cents, matchesExact(dilutedShares, exactDiluted, withinHalfUlp)),
      { numRuns: RUNS },
    );
  });
  it("never decreases as the price rises", () => {
    fc.assert(
      fc.property(shares, price, price, count, price, count, principal, price, (b, p1, p2, o, k, u, l, c) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const at = (p: number) => dilutedShares(m(b), m(p), m(o), m(k), m(u), m(l), m(c))[0]![0] as number;
        return at(lo) <= at(hi);
      }),
      { numRuns: RUNS },
    );
  });
});
