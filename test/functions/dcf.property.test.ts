/**
 * Properties of DCF and TERMINAL_VALUE through their adapters (10,000 runs each):
 * DCF decreases in the rate for positive flows; one flow is CF / (1 + r)^(1 - m);
 * TERMINAL_VALUE is the limit of the DCF of a long growing annuity, and exactly
 * the DCF of a growing annuity with its own terminal value.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dcf } from "../../src/functions/dcf";
import { terminalValue } from "../../src/functions/terminalValue";

const RUNS = 10_000;
const m = (x: unknown) => [[x]];
const value = (r: unknown[][]) => r[0]![0] as number;
const R60 = Decimal.clone({ precision: 60 });

/** A rate as typed, in basis points, from -50 % to 50 %. */
const rateBp = fc.integer({ min: -5_000, max: 5_000 });
const positiveFlow = fc.oneof(fc.integer({ min: 1, max: 1e9 }).map((x) => x / 100), fc.double({ min: 1e-6, max: 1e12, noNaN: true }));

describe("DCF properties", () => {
  it("decreases in the discount rate for positive flows (with or without a terminal value, end or mid-year)", () => {
    fc.assert(
      fc.property(fc.array(positiveFlow, { minLength: 1, maxLength: 10 }), rateBp, rateBp, fc.option(rateBp, { nil: undefined }), fc.boolean(), (flows, a, b, g, mid) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a / 1e4, b / 1e4] : [b / 1e4, a / 1e4];
        const growth = g === undefined || g / 1e4 >= lo ? undefined : m(g / 1e4);
        const atLo = value(dcf([flows], m(lo), growth, m(mid)));
        const atHi = value(dcf([flows], m(hi), growth, m(mid)));
        return typeof atLo === "number" && typeof atHi === "number" && atLo >= atHi;
      }),
      { numRuns: RUNS },
    );
  });

  it("strictly, where the difference is far above rounding: 1 basis point apart, one flow of 100", () => {
    // 100 / 1.0500 - 100 / 1.0501 = 100 x 0.0001 / (1.05 x 1.0501) = 0.00907...
    expect(value(dcf(m(100), m(0.05))) - value(dcf(m(100), m(0.0501)))).toBeCloseTo(0.01 / (1.05 * 1.0501), 12);
  });

  it("of one flow is CF / (1 + r)^(1 - m)", () => {
    fc.assert(
      fc.property(fc.oneof(positiveFlow, positiveFlow.map((x) => -x)), rateBp, fc.boolean(), (cf, bp, mid) => {
        const r = bp / 1e4;
        const exact = new R60(cf).div(new R60(r).plus(1).pow(mid ? 0.5 : 1));
        const out = value(dcf(m(cf), m(r), undefined, m(mid)));
        return new R60(out).minus(exact).abs().lte(exact.abs().times(1e-12));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("TERMINAL_VALUE and DCF of a growing annuity", () => {
  /** r > g, both typed in basis points, r - g at least 10 % so the annuity converges in a few hundred years. */
  const rates = fc.tuple(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1_000, max: 5_000 })).map(([r, gap]) => [r / 1e4, (r - gap) / 1e4] as const);

  it("TERMINAL_VALUE is the limit of the DCF of the flows CF (1 + g)^t, t = 1..N, as N grows", () => {
    fc.assert(
      fc.property(positiveFlow, rates, (cf, [r, g]) => {
        // remainder after N years: TV x ((1 + g) / (1 + r))^N; N makes it below 1e-10 of TV
        const n = Math.ceil(Math.log(1e-10) / Math.log((1 + g) / (1 + r)));
        const flows = Array.from({ length: n }, (_, t) => cf * (1 + g) ** (t + 1));
        const tv = value(terminalValue(m(cf), m(r), m(g)));
        const pv = value(dcf([flows], m(r)));
        return Math.abs(pv - tv) <= 2e-10 * tv;
      }),
      { numRuns: RUNS },
    );
  });

  it("with its terminal value the DCF of the growing annuity equals TERMINAL_VALUE for any N (within 1e-12)", () => {
    fc.assert(
      fc.property(positiveFlow, rates, fc.integer({ min: 1, max: 30 }), (cf, [r, g], n) => {
        // sum_t CF (1+g)^t / (1+r)^t + CF (1+g)^N (1+g)/(r-g) / (1+r)^N = CF (1+g)/(r-g), exactly
        const flows = Array.from({ length: n }, (_, t) => new R60(cf).times(new R60(g).plus(1).pow(t + 1)).toNumber());
        const tv = value(terminalValue(m(cf), m(r), m(g)));
        const pv = value(dcf([flows], m(r), m(g)));
        return Math.abs(pv - tv) <= 1e-12 * tv;
      }),
      { numRuns: RUNS },
    );
  });
});
