/**
 * Exactness against a rational reference: each input double is read as the decimal
 * it prints as (String(x), as new Decimal(x) reads it), the exact result is computed
 * with bigint fractions (./rational.ts, no decimal.js), and core must agree to 38
 * significant digits (its one final rounding is at 40), far inside 1 ulp of a double.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, dcf, dilutedShares, valuePerShare, wacc } from "../../src/core";
import { add, closeTo, div, gt, mul, q, sub, type Q } from "./rational";

const RUNS = { numRuns: 10_000 };
const d = (x: number) => new D(x);
const qn = (x: number) => q(String(x));
const ZERO = q("0");
// Doubles of mixed magnitude and sign, including ones that make the terms cancel.
const mag = fc.oneof(fc.double({ min: 1e-9, max: 1e15, noNaN: true }), fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000));
const maybeZero = fc.oneof(fc.constant(0), mag);

describe("wacc is exact against bigint fractions", () => {
  it("(E ke + D kd (1 - t)) / (E + D), ke and kd of either sign, including exact cancellation", () => {
    const rate = fc.oneof(fc.double({ min: -0.999, max: 3, noNaN: true }), fc.integer({ min: -999, max: 3000 }).map((n) => n / 1000));
    fc.assert(
      fc.property(maybeZero, maybeZero, rate, rate, fc.double({ min: 0, max: 1, noNaN: true }), (e, dv, ke, kd, t) => {
        fc.pre(e + dv > 0);
        const exact = div(add(mul(qn(e), qn(ke)), mul(mul(qn(dv), qn(kd)), sub(q("1"), qn(t)))), add(qn(e), qn(dv)));
        expect(closeTo(wacc(d(e), d(dv), d(ke), d(kd), d(t)).toString(), exact, 38)).toBe(true);
      }),
      RUNS,
    );
  });
  it("a near-cancellation that rounding D x kd x t to 40 digits would get wrong", () => {
    // D x kd x t has up to 51 significant digits. With ke = -0.5 and E = 2 D kd (1 - t) rounded
    // to a double, E ke cancels D kd (1 - t) to about 17 digits, so a 40-digit rounding of the
    // product leaves only about 23 correct digits in the numerator; exact sums keep them all.
    const dv = 1.2345678901234567, kd = 0.12345678901234566, t = 0.9876543210987654;
    const e = 2 * dv * kd * (1 - t), ke = -0.5;
    const exact = div(add(mul(qn(e), qn(ke)), mul(mul(qn(dv), qn(kd)), sub(q("1"), qn(t)))), add(qn(e), qn(dv)));
    expect(closeTo(wacc(d(e), d(dv), d(ke), d(kd), d(t)).toString(), exact, 38)).toBe(true);
    // the naive 40-digit evaluation, to show this case has teeth
    const naive = d(e).times(ke).plus(d(dv).times(kd).times(d(1).minus(t))).div(d(e).plus(dv));
    expect(closeTo(naive.toString(), exact, 38)).toBe(false);
  });
});

/** The four regimes of the VALUE_PER_SHARE rule (src/core/valuePerShare.ts), in exact fractions. */
function regimes(eqv: Q, s: Q, o: Q, k: Q, l: Q, c: Q): { p: Q; valid: boolean }[] {
  const out: { p: Q; valid: boolean }[] = [];
  for (const opt of [false, true]) {
    for (const conv of [false, true]) {
      let num = eqv, den = s;
      if (opt) [num, den] = [add(num, mul(o, k)), add(den, o)];
      if (conv) [num, den] = [add(num, l), add(den, div(l, c))];
      const p = div(num, den);
      out.push({ p, valid: gt(p, k) === opt && gt(p, c) === conv });
    }
  }
  return out;
}

describe("valuePerShare and dilutedShares are exact against bigint fractions", () => {
  const inputs = fc.record({ eqv: mag, basic: mag, options: maybeZero, strike: maybeZero, rsus: maybeZero, principal: maybeZero, conversion: mag });
  it("exactly one of the four regimes is self-consistent, and valuePerShare returns its P", () => {
    fc.assert(
      fc.property(inputs, (a) => {
        const [s, o, k, l, c] = [add(qn(a.basic), qn(a.rsus)), qn(a.options), qn(a.strike), qn(a.principal), qn(a.conversion)];
        const all = regimes(qn(a.eqv), s, o, k, l, c);
        const valid = all.filter((r) => r.valid);
        expect(valid.length).toBe(1);
        const p = valuePerShare(d(a.eqv), d(a.basic), d(a.options), d(a.strike), d(a.rsus), d(a.principal), d(a.conversion));
        expect(closeTo(p.toString(), valid[0]!.p, 38)).toBe(true);
      }),
      RUNS,
    );
  });
  it("ties: at EqV = h(K) the neighbouring regime's formula gives the same P = K", () => {
    // S = 100, O = 20, K = 5: h(5) = 500. Regime without options: 500 / 100 = 5 (valid: 5 > 5 is false);
    // with options: (500 + 100) / 120 = 5 (not valid under the strict rule, same P).
    const all = regimes(q("500"), q("100"), q("20"), q("5"), ZERO, q("1"));
    expect(all.filter((r) => r.valid).length).toBe(1);
    expect(all.filter((r) => !r.valid && r.p.n === 5n && r.p.d === 1n).length).toBeGreaterThan(0);
    expect(valuePerShare(d(500), d(100), d(20), d(5), d(0), d(0)).toString()).toBe("5");
  });
  it("dilutedShares = basic + rsus + [P > K] O (1 - K/P) + [P > C] L / C exactly", () => {
    fc.assert(
      fc.property(inputs, mag, (a, price) => {
        const p = qn(price);
        let exact = add(qn(a.basic), qn(a.rsus));
        if (gt(p, qn(a.strike))) exact = add(exact, mul(qn(a.options), sub(q("1"), div(qn(a.strike), p))));
        if (a.principal > 0 && gt(p, qn(a.conversion))) exact = add(exact, div(qn(a.principal), qn(a.conversion)));
        const got = dilutedShares(d(a.basic), d(price), d(a.options), d(a.strike), d(a.rsus), d(a.principal), d(a.conversion));
        expect(closeTo(got.toString(), exact, 38)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("dcf against an 80-digit reference", () => {
  // A separate 80-digit configuration computing each factor directly as (1 + r)^-(t - m)
  // (decimal.js pow, not core's sqrt and repeated products). The contract: within 1e-12 of
  // the exact value relative to the sum of |PV| of the terms (mixed signs may cancel).
  const R = D.clone({ precision: 80 });
  it("EV = sum CF_t (1+r)^-(t-m) + TV (1+r)^-(N-m), flows of either sign", () => {
    const flow = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 30 }), fc.double({ min: -0.9, max: 3, noNaN: true }), fc.option(fc.double({ min: -0.9, max: 3, noNaN: true })), fc.boolean(), (cfs, r, g, mid) => {
        fc.pre(g === null || g < r);
        const m = mid ? 0.5 : 0;
        const base = new R(r).plus(1);
        const pvs = cfs.map((cf, i) => new R(cf).times(base.pow(new R(i + 1 - m).neg())));
        if (g !== null) {
          const tv = new R(cfs[cfs.length - 1]!).times(new R(g).plus(1)).div(new R(r).minus(g));
          pvs.push(tv.times(base.pow(new R(cfs.length - m).neg())));
        }
        const exact = pvs.reduce((a, b) => a.plus(b), new R(0));
        const scale = pvs.reduce((a, b) => a.plus(b.abs()), new R(0));
        const got = new R(dcf(cfs.map((x) => new D(x)), new D(r), g === null ? undefined : new D(g), mid).toString());
        expect(got.minus(exact).abs().lte(scale.times(1e-12))).toBe(true);
      }),
      RUNS,
    );
  });
});
