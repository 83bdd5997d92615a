/**
 * VALUE_PER_SHARE through its adapter: the closed-form solution of the
 * treasury-stock / if-converted circularity. Hand-worked cases (CoreWeave's
 * dilutive securities among them) with the regime derivation, the identity
 * P x DILUTED_SHARES(P) = equity_value + converted principal, a bad-input table,
 * 1-ulp exactness against a bigint rational reference that tries all four
 * regimes, and the identity as a property (10,000 runs each).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dilutedShares } from "../../src/functions/dilutedShares";
import { valuePerShare } from "../../src/functions/valuePerShare";
import { showAll } from "./helpers";
import { cents, count, matchesExact, price, principal, shares, whole } from "./dilutionArbitraries";
import { add, cmp, div, mul, withinHalfUlp, withinOneUlp, type Rat } from "./rational";

const RUNS = 10_000;
const m = (x: unknown) => [[x]];
const one = (r: unknown[][]) => showAll(r)[0]![0];
type Args = [unknown, unknown, unknown?, unknown?, unknown?, unknown?, unknown?];
const call = (a: Args) => valuePerShare(...(a.map((x, i) => (i < 2 || x !== undefined ? m(x) : undefined)) as Parameters<typeof valuePerShare>));
const NOTHING = "#NUM! equity_value must be greater than 0 for a value per share (the equity is worth nothing)";

// CoreWeave (docs/sources.md §Shares and dilutive securities): about 500,000,000 basic shares (an estimate),
// 45,478,000 options at $1.74, 23,197,000 RSUs, $2,587,500,000 of converts at $107.80. S = basic + RSUs = 523,197,000.
const CRWV = [500_000_000, 45_478_000, 1.74, 23_197_000, 2_587_500_000, 107.8] as const;

describe("VALUE_PER_SHARE: hand-worked", () => {
  it.each([
    // [EqV, basic, options, strike, rsus, principal, conversion price], exact, derivation
    [[1000, 100], 10, "no dilutive securities: 1000 / 100"],
    [[1000, 100, 20, 5], 1100 / 120, "h(K) = 500 < 1000, options dilute: P = (1000 + 100) / (100 + 20) = 9.1666..."],
    [[400, 100, 20, 5], 4, "h(K) = 500 >= 400: options out of the money, P = 400 / 100 = 4 < 5"],
    [[500, 100, 20, 5], 5, "the tie at the strike: both regimes give 5"],
    [[2000, 100, 0, 0, 0, 1000, 8], 3000 / 225, "h(C) = 800 < 2000: converts convert, P = (2000 + 1000) / (100 + 125) = 13.33..."],
    [[700, 100, 0, 0, 0, 1000, 8], 7, "h(C) = 800 >= 700: they stay debt, P = 7"],
    // h(K) = 523,197,000 x 1.74 = 910,362,780 < 40e9: options in;
    // h(C) = 523,197,000 x 107.8 + 45,478,000 x 106.06 = 56,400,636,600 + 4,823,396,680 = 61,224,033,280 >= 40e9: converts out;
    // P = (40e9 + 45,478,000 x 1.74 = 79,131,720) / (523,197,000 + 45,478,000) = 40,079,131,720 / 568,675,000 = 70.478096839143...
    [[40e9, ...CRWV], 40_079_131_720 / 568_675_000, "CoreWeave at a $40 B equity value: options dilute, converts stay debt"],
    // 70e9 > h(C) = 61.224e9: converts in; P = (70e9 + 79,131,720 + 2,587,500,000) / (568,675,000 + 2,587,500,000 / 107.8)
    //   = 72,666,631,720 / 592,677,782.931354... = 122.6073151596716 (> 107.80: consistent)
    [[70e9, ...CRWV], 122.6073151596716, "CoreWeave at a $70 B equity value: the converts convert too"],
  ] as [Args, number, string][])("VALUE_PER_SHARE(%j) = %s: %s", (a, expected) => {
    expect(call(a)).toEqual([[expected]]);
  });

  it.each([
    ["CoreWeave, $40 B (converts stay debt)", 40e9, 0],
    ["CoreWeave, $70 B (converts convert)", 70e9, 2_587_500_000],
    ["CoreWeave, $61.224033280 B (exactly at the conversion price)", 61_224_033_280, 0],
  ])("%s: P x DILUTED_SHARES(P) = equity_value + converted principal", (_what, eqv, converted) => {
    const [basic, o, k, u, l, c] = CRWV;
    const p = valuePerShare(m(eqv), m(basic), m(o), m(k), m(u), m(l), m(c))[0]![0] as number;
    const n = dilutedShares(m(basic), m(p), m(o), m(k), m(u), m(l), m(c))[0]![0] as number;
    expect(p > c).toBe(converted > 0);
    expect(Math.abs(p * n - (eqv + converted))).toBeLessThanOrEqual(1e-14 * (eqv + converted));
  });
  it("at exactly the conversion price the value is 107.80: h(C) = EqV, the tie resolves to C", () => {
    expect(call([61_224_033_280, ...CRWV])).toEqual([[107.8]]);
  });
  it("a column of equity values spills one value per share each", () => {
    expect(valuePerShare([[1000], [400], [2000]], m(100), m(20), m(5))).toEqual([[1100 / 120], [4], [2100 / 120]]);
  });
});

describe("VALUE_PER_SHARE: bad input", () => {
  it.each([
    ["zero equity value", [0, 100], NOTHING],
    ["negative equity value", [-5e9, 100], NOTHING],
    ["blank equity value is 0", [null, 100], NOTHING],
    ["zero basic shares", [1000, 0], "#VALUE! basic_shares must be greater than 0"],
    ["blank basic shares", [1000, ""], "#VALUE! basic_shares must be greater than 0"],
    ["text equity value", ["40bn", 100], "#VALUE! equity_value must be a number, not text"],
    ["FALSE as basic shares", [1000, false], "#VALUE! basic_shares must be a number, not FALSE"],
    ["TRUE as options", [1000, 100, true], "#VALUE! options must be a number, not TRUE"],
    ["#NUM! passed in keeps its message", [{ code: "#NUM!", message: "upstream" }, 100], "#NUM! upstream"],
    ["#N/A in the strike", [1000, 100, 20, "#N/A"], "#N/A strike holds the error #N/A"],
    ["#CALC! cannot be returned", [1000, 100, 0, 0, { code: "#CALC!" }], "#VALUE! rsus holds the error #CALC!"],
    ["negative options", [1000, 100, -20, 5], "#VALUE! options must be 0 or more"],
    ["negative strike", [1000, 100, 20, -5], "#VALUE! strike must be 0 or more"],
    ["negative principal", [1000, 100, 0, 0, 0, -1], "#VALUE! convert_principal must be 0 or more"],
    ["conversion price missing when principal > 0", [1000, 100, 0, 0, 0, 500], "#VALUE! conversion_price is required when convert_principal is greater than 0"],
    ["negative conversion price", [1000, 100, 0, 0, 0, 500, -8], "#VALUE! conversion_price must be greater than 0"],
    ["the leftmost bad argument decides (basic before equity's #NUM!)", [-1, 0], "#VALUE! basic_shares must be greater than 0"],
  ] as [string, Args, string][])("%s", (_what, a, expected) => {
    expect(one(call(a))).toBe(expected);
  });
});

/** The rule, independently: try the four regimes in exact rationals and keep the self-consistent one. */
function exactValue(e: Rat, b: Rat, o: Rat, k: Rat, u: Rat, l: Rat, c: Rat): Rat {
  const s = add(b, u);
  for (const opt of [false, true]) {
    for (const conv of l.n === 0n ? [false] : [false, true]) {
      let num = e;
      let den = s;
      if (opt) [num, den] = [add(num, mul(o, k)), add(den, o)];
      if (conv) [num, den] = [add(num, l), add(den, div(l, c))];
      const p = div(num, den);
      if (cmp(p, k) > 0 === opt && (l.n === 0n || cmp(p, c) > 0 === conv)) return p;
    }
  }
  throw new Error("no self-consistent regime: the rule is wrong");
}

const money = fc.oneof(fc.integer({ min: 1, max: 1e11 }), fc.double({ min: 1e-3, max: 1e13, noNaN: true }));

describe("VALUE_PER_SHARE properties (10,000 runs)", () => {
  it("within 1 ulp of the one self-consistent regime, computed exactly", () => {
    fc.assert(
      fc.property(money, shares, count, price, count, principal, price, matchesExact(valuePerShare, exactValue, withinOneUlp)),
      { numRuns: RUNS },
    );
  });
  it("correctly rounded for typed inputs (whole shares and dollars, prices in cents: the exact-integer fast path)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2e11 }), fc.integer({ min: 1, max: 2e9 }), whole(1e8), cents, whole(1e8), whole(5e9), cents, matchesExact(valuePerShare, exactValue, withinHalfUlp)),
      { numRuns: RUNS },
    );
  });
  it("P x DILUTED_SHARES(P) = equity_value + the principal converted at P", () => {
    fc.assert(
      fc.property(money, shares, count, price, count, principal, price, (e, b, o, k, u, l, c) => {
        const p = valuePerShare(m(e), m(b), m(o), m(k), m(u), m(l), m(c))[0]![0] as number;
        const n = dilutedShares(m(b), m(p), m(o), m(k), m(u), m(l), m(c))[0]![0] as number;
        const converted = l > 0 && p > c ? l : 0;
        // P carries one rounding; P x n moves by (S + O + L/C) x that: the tolerance scales with it
        const scale = p * (b + u + o + (l > 0 ? l / c : 0));
        return Math.abs(p * n - (e + converted)) <= 1e-14 * scale;
      }),
      { numRuns: RUNS },
    );
  });
});
