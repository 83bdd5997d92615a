/**
 * fast-check properties of the valuation functions, 10,000 runs each.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, dcf, dilutedShares, InputError, terminalValue, valueDriverTerminalValue, valuePerShare, wacc, type Dec } from "../../src/core";

const RUNS = { numRuns: 10_000 };
const d = (x: number) => new D(x);
const rate = fc.double({ min: -0.95, max: 2, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((x) => x > 0);
const nonNegative = fc.oneof(fc.constant(0), positive);
const relClose = (a: Dec, b: Dec, scale: Dec, tol: number) => a.minus(b).abs().lte(scale.abs().times(tol));

describe("dcf properties", () => {
  it("is decreasing in the discount rate for positive flows (with or without a terminal value, mid-year or not)", () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 12 }), rate, rate, fc.option(rate), fc.boolean(), (cfs, a, b, g, mid) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        fc.pre(g === null || g < lo);
        const flows = cfs.map(d);
        const growth = g === null ? undefined : d(g);
        const [atLo, atHi] = [dcf(flows, d(lo), growth, mid), dcf(flows, d(hi), growth, mid)];
        // Correct rounding is monotone, so the computed value never increases; it strictly
        // decreases once the rates differ by more than 40 digits can hide (1 + 5e-324 rounds to 1).
        expect(atLo.gte(atHi)).toBe(true);
        if (hi - lo >= 1e-12) expect(atLo.gt(atHi)).toBe(true);
      }),
      RUNS,
    );
  });
  it("of one flow is CF / (1 + r)^(1 - m)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), rate, fc.boolean(), (cf, r, mid) => {
        const expected = d(cf).div(d(r).plus(1).pow(mid ? 0.5 : 1));
        expect(relClose(dcf([d(cf)], d(r), undefined, mid), expected, expected, 1e-12)).toBe(true);
      }),
      RUNS,
    );
  });
  it("of a growing annuity tends to the Gordon terminal value: DCF_n = TV (1 - x^n), x = (1 + g) / (1 + r)", () => {
    // sum_{k=1..n} CF (1+g)^k / (1+r)^k = CF x (1 - x^n) / (1 - x) and TV = CF (1+g)/(r-g) = CF x / (1 - x),
    // so |DCF_n - TV| = |TV| x^n -> 0 as n grows (x < 1 because r > g).
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), rate, rate, fc.integer({ min: 1, max: 60 }), (cf, a, b, n) => {
        fc.pre(a !== b);
        const [g, r] = a < b ? [a, b] : [b, a];
        const flows: Dec[] = [];
        let f = d(cf);
        for (let k = 0; k < n; k++) flows.push((f = f.times(d(g).plus(1))));
        const tv = terminalValue(d(cf), d(r), d(g));
        const x = d(g).plus(1).div(d(r).plus(1));
        const expected = tv.times(x.pow(n).neg().plus(1));
        expect(relClose(dcf(flows, d(r), undefined, false), expected, tv, 1e-12)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("dilutedShares and valuePerShare properties", () => {
  const securities = fc.record({
    basic: positive,
    options: nonNegative,
    strike: nonNegative,
    rsus: nonNegative,
    principal: nonNegative,
    conversion: positive,
  });
  const ds = (s: { basic: number; options: number; strike: number; rsus: number; principal: number; conversion: number }, p: Dec) =>
    dilutedShares(d(s.basic), p, d(s.options), d(s.strike), d(s.rsus), d(s.principal), d(s.conversion));

  it("dilutedShares is non-decreasing in the price", () => {
    fc.assert(
      fc.property(securities, positive, positive, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ds(s, d(lo)).lte(ds(s, d(hi)))).toBe(true);
      }),
      RUNS,
    );
  });
  it("P x dilutedShares(P) = equity value + converted principal at P = valuePerShare", () => {
    fc.assert(
      fc.property(securities, positive, (s, eqv) => {
        const p = valuePerShare(d(eqv), d(s.basic), d(s.options), d(s.strike), d(s.rsus), d(s.principal), d(s.conversion));
        const converted = p.gt(s.conversion) ? d(s.principal) : d(0);
        const rhs = d(eqv).plus(converted);
        // P carries one 40-digit rounding; P x dilutedShares(P) moves with P at slope at most
        // S + O + L/C, which near a kink (P just above K) dwarfs the sum itself: scale the tolerance.
        // A wrong regime would miss by about L or O (P - K), far beyond it.
        const slope = d(s.basic).plus(s.rsus).plus(s.options).plus(d(s.principal).div(s.conversion));
        expect(relClose(p.times(ds(s, p)), rhs, rhs.plus(slope.times(p)), 1e-30)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("no exception other than InputError, never a non-finite result", () => {
  const anyDouble = fc.oneof(fc.double(), fc.double({ min: -3, max: 3 }), fc.constantFrom(0, -0, 1, -1, 1e-300, 5e-324, 1.7e308));
  const guard = (f: () => Dec) => {
    try {
      expect(f().isFinite()).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
  };
  const dd = (xs: number[]) => xs.map(d);
  it.each([
    ["wacc", 5, (x: Dec[]) => wacc(x[0]!, x[1]!, x[2]!, x[3]!, x[4]!)],
    ["terminalValue", 3, (x: Dec[]) => terminalValue(x[0]!, x[1]!, x[2]!)],
    ["valueDriverTerminalValue", 4, (x: Dec[]) => valueDriverTerminalValue(x[0]!, x[1]!, x[2]!, x[3]!)],
    ["dilutedShares", 7, (x: Dec[]) => dilutedShares(x[0]!, x[1]!, x[2]!, x[3]!, x[4]!, x[5]!, x[6]!)],
    ["valuePerShare", 7, (x: Dec[]) => valuePerShare(x[0]!, x[1]!, x[2]!, x[3]!, x[4]!, x[5]!, x[6]!)],
  ] as const)("%s", (_name, arity, f) => {
    fc.assert(fc.property(fc.array(anyDouble, { minLength: arity, maxLength: arity }), (xs) => guard(() => f(dd(xs)))), RUNS);
  });
  it("dcf", () => {
    fc.assert(
      fc.property(fc.array(anyDouble, { maxLength: 8 }), anyDouble, fc.option(anyDouble), fc.boolean(), (cfs, r, g, mid) =>
        guard(() => dcf(dd(cfs), d(r), g === null ? undefined : d(g), mid)),
      ),
      RUNS,
    );
  });
});
