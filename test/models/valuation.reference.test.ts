/**
 * The valuation model's reference computation (src/core) against figures worked
 * by hand: the defaults (WACC from the sourced market inputs, FY2026 rebuilt from
 * capacity's drivers, discounting), a small case whose every figure is a fraction
 * (both dilutive regimes, the grid), and the regime rule the sheet writes as
 * formulas (four regimes, and the equity thresholds of the grid) against core's
 * closed form over random inputs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, valuePerShare } from "../../src/core";
import { defaultInputs, readerOf, referenceAtDefaults } from "../../src/models/defaults";
import { DEAL_SUITE } from "../../src/models/suite";
import { suiteReference } from "../../src/models/suiteReference";
import { valuation } from "../../src/models/valuation";
import type { ReferenceValues } from "../../src/plan/template";

const series = (v: ReferenceValues, k: string): number[] => v[k] as number[];

describe("valuation at the defaults", () => {
  const v = referenceAtDefaults(valuation);

  it("computes the WACC from the sourced market inputs", () => {
    // E = $92.98 x 500,000,000 = $46,490,000,000; D = $21,400,000,000 (docs/sources.md §Debt)
    // ke = 4.25 % + 1.5 x 4.33 % = 10.745 %; kd after tax = 10.7 % x (1 - 21 %) = 8.453 %
    // WACC = (46.49e9 x 0.10745 + 21.4e9 x 0.08453) / 67.89e9 = (4,995,350,500 + 1,808,942,000) / 67,890,000,000
    expect(v.CostOfEquity).toBeCloseTo(0.10745, 15);
    expect(v.EquityMarketValue).toBe(46_490_000_000);
    expect(v.WACC as number).toBeCloseTo(6_804_292_500 / 67_890_000_000, 15);
  });

  it("rebuilds FY2026 by hand from capacity's drivers", () => {
    // GPUs: 0.85 GW -> 425,000 GB200 at Dec 31 2025, 1.7 GW -> 850,000 at Dec 31 2026 (PUE 1.2, 120 kW / 72):
    // in service (425,000 + 850,000) / 2 = 637,500.
    // EBITDA = 637,500 x 8,760 h x $2.80 x 80 % x 61 % = $7,630,660,800
    // Capex = 0.85 GW x 1,000 x $10 M + 425,000 x $50,000 = $8.5 B + $21.25 B = $29,750,000,000
    // Depreciation = $2,521,900,000 (opening) + $21.25 B / 6 + $8.5 B / 10 = $6,913,566,666.67
    // EBIT = $717,094,133.33; taxes 21 % = $150,589,768; NOPAT = $566,504,365.33
    // UFCF = 7,630,660,800 - 150,589,768 - 29,750,000,000 = -$22,269,928,968
    const dep = 2_521_900_000 + 21.25e9 / 6 + 8.5e9 / 10;
    expect(series(v, "EBIT")[0]).toBeCloseTo(7_630_660_800 - dep, 4);
    expect(series(v, "UnleveredTaxes")[0]).toBeCloseTo((7_630_660_800 - dep) * 0.21, 4);
    expect(series(v, "NOPAT")[0]).toBeCloseTo((7_630_660_800 - dep) * 0.79, 4);
    expect(series(v, "UFCF")[0]).toBeCloseTo(-22_269_928_968, 4);
    // mid-year: the FY2026 flow is discounted half a year, 1 / sqrt(1 + WACC) = 0.9533649...
    const w = 6_804_292_500 / 67_890_000_000;
    expect(series(v, "DiscountFactor")[0]).toBeCloseTo(1 / Math.sqrt(1 + w), 14);
    expect(series(v, "PresentValue")[0]).toBeCloseTo(-22_269_928_968 / Math.sqrt(1 + w), 2);
    // FY2035 (year 10) is discounted 9.5 years
    expect(series(v, "DiscountFactor")[9]).toBeCloseTo((1 + w) ** -9.5, 14);
  });

  it("adds the terminal value and bridges to equity: negative at the defaults, so per-share figures are n.m.", () => {
    const inputs = defaultInputs(valuation);
    const at = (k: string): number => Number(inputs.get(k));
    const w = v.WACC as number;
    const ufcf = series(v, "UFCF");
    const nopat = series(v, "NOPAT")[9];
    // value driver: NOPAT(2035) x 1.03 x (1 - 3 % / 12 %) / (WACC - 3 %), discounted 9.5 years
    const tv = (nopat * 1.03 * (1 - 0.03 / 0.12)) / (w - 0.03);
    const ev = ufcf.reduce((s, cf, i) => s + cf * (1 + w) ** -(i + 0.5), 0) + tv * (1 + w) ** -9.5;
    expect(v.TerminalValue as number).toBeCloseTo(tv, 0);
    expect(v.EnterpriseValue as number).toBeCloseTo(ev, 0);
    expect(v.NetDebt).toBe(at("DebtAtValuation") - at("CashAtValuation"));
    expect(v.EquityValue as number).toBeCloseTo(ev - 17.2e9, 0);
    expect(v.EquityValue as number).toBeLessThan(0);
    for (const k of ["ValuePerShare", "DilutedShares", "UpsideToDealPrice", "TerminalValueShare"]) expect(v[k], k).toBeNaN();
    expect(v.ImpliedExitMultiple as number).toBeCloseTo(tv / at("EBITDA#9"), 12);
    // the market's EV: 46.49 B + 17.2 B; the capex share that meets it: (PV operating + PV TV - market EV) / PV capex
    expect(v.MarketEnterpriseValue).toBe(46.49e9 + 17.2e9);
    const share = ((v.PvOperatingFlows as number) + (v.PvTerminalValue as number) - 63.69e9) / (v.PvCapex as number);
    expect(v.MarketImpliedCapexShare as number).toBeCloseTo(share, 12);
    expect((v.PvOperatingFlows as number) - (v.PvCapex as number)).toBeCloseTo(v.PvExplicitFlows as number, 0);
    expect(v.MasterCheck).toBe(0);
  });

  it("names no input's value in a label (the deal price is linked and changes) and says beside the rows why the base case is below 0", () => {
    const items = valuation.sections.flatMap((s) => s.items);
    const labels = items.map((i) => i.label);
    expect(labels.filter((l) => l.includes("87.20")), "a label fixed at the default deal price").toEqual([]);
    const note = (k: string): string => {
      const item = items.find((i) => i.type === "scalar" && i.key === k);
      return item?.type === "scalar" ? (item.note ?? "") : "";
    };
    // the driver, named where its figures are: PV of capex above PV of EBITDA less taxes, small NOPAT, the whole grid below 0
    expect(note("PvCapex")).toMatch(/base case: above/);
    expect(note("TerminalValue")).toMatch(/depreciation/);
    expect(note("EquityValue")).toMatch(/every cell of the grid.*not the WACC/);
    expect((v.EquitySensitivity as number[]).every((x) => x < 0), "every grid cell below 0 at the defaults").toBe(true);
    // the market-implied share scales capex alone: its note says depreciation is held
    expect(note("MarketImpliedCapexShare")).toMatch(/depreciation.*held/);
  });

  it("shows n.m. for the market-implied capex share when even no capex would not reach the market (capacity's bear rows)", () => {
    // suite bear: PV of EBITDA less taxes + PV of the terminal value (negative: FY2035 NOPAT < 0) < market EV $63.69 B,
    // so (PV operating + PV TV - market EV) / PV capex < 0: a negative capex share means nothing
    const bear = suiteReference(DEAL_SUITE.sheets, 10, { summary: { Scenario: "bear" } }).get("valuation")?.values as ReferenceValues;
    expect((bear.PvOperatingFlows as number) + (bear.PvTerminalValue as number)).toBeLessThan(bear.MarketEnterpriseValue as number);
    expect(bear.MarketImpliedCapexShare).toBeNaN();
    expect(bear.MasterCheck).toBe(0);
  });
});

/**
 * A two-year case in round numbers, every figure a fraction:
 * E = $50 x 10 shares = 500, D = 300, ke = 4 % + 1 x 6 % = 10 %, kd (1 - t) = 12.5 % x 0.8 = 10 %:
 * WACC = (500 x 10 % + 300 x 10 %) / 800 = 10 %. Year-end flows (MidYear FALSE).
 * EBITDA 100, 200; depreciation 50, 50; capex 30, 40; tax 20 %:
 * EBIT 50, 150; taxes 10, 30; NOPAT 40, 120; UFCF 60, 130.
 * PV explicit = 60 / 1.1 + 130 / 1.21 = 6,600/121 + 13,000/121 = 19,600/121.
 * TV (g 2 %, RONIC 10 %) = 120 x 1.02 x (1 - 0.2) / 0.08 = 1,224; PV = 1,224 / 1.21 = 122,400/121.
 * EV = 142,000/121 = 1,173.55; net debt = 300 - 300 = 0; equity = 142,000/121.
 * Shares: S = 10, options 2 at $50, converts 300 at $80 (3.75 shares).
 * Both regimes: P = (EqV + 2 x 50 + 300) / (10 + 2 + 3.75) = (142,000/121 + 400) / 15.75
 *   = 190,400 / (121 x 15.75) = 190,400 / 1,905.75 = 99.9082..., above $50 and $80: self-consistent.
 * Diluted shares = 15.75 - 100 / P; P x diluted = 15.75 P - 100 = EqV + 300 (the converted principal).
 */
describe("valuation: a two-year case worked in fractions", () => {
  const inputs = defaultInputs(valuation);
  const set: Record<string, number | string> = {
    Scenario: "base", "Scen_base.TerminalGrowth": 0.02, "Scen_base.Beta": 1, "Scen_base.EquityRiskPremium": 0.06, RiskFreeRate: 0.04,
    PreTaxCostOfDebt: 0.125, TaxRate: 0.2, Ronic: 0.1, MidYear: 0, SharePrice: 50, BasicShares: 10, DebtAtValuation: 300, CashAtValuation: 300,
    Options: 2, OptionStrike: 50, Rsus: 0, ConvertPrincipal: 300, ConversionPrice: 80, DealPrice: 100, WaccStep: 0.04, GrowthStep: 0.01,
    "EBITDA#0": 100, "EBITDA#1": 200, "Depreciation#0": 50, "Depreciation#1": 50, "Capex#0": 30, "Capex#1": 40,
  };
  for (const [k, x] of Object.entries(set)) inputs.set(k, x);
  const v = valuation.reference(readerOf(inputs), 2);
  const P = 190_400 / 1_905.75;

  it.each([
    ["WACC", 0.1],
    ["PvExplicitFlows", 19_600 / 121],
    ["TerminalValue", 1_224],
    ["PvTerminalValue", 122_400 / 121],
    ["EnterpriseValue", 142_000 / 121],
    ["EquityValue", 142_000 / 121],
    ["ValuePerShare", P],
    ["DilutedShares", 15.75 - 100 / P],
    ["UpsideToDealPrice", P / 100 - 1],
    ["ImpliedExitMultiple", 1_224 / 200],
    ["TerminalValueShare", 122_400 / 142_000],
    // thresholds: h(K) = S K + (L/C) max(0, K - C) = 500; h(C) = S C + O max(0, C - K) = 800 + 60
    ["OptionThreshold", 500],
    ["ConvertThreshold", 860],
  ])("%s = %d", (k, want) => {
    expect(v[k] as number).toBeCloseTo(want, 10);
  });

  it("rows", () => {
    expect(v.UFCF).toEqual([60, 130]);
    expect(v.NOPAT).toEqual([40, 120]);
    expect(series(v, "DiscountFactor")[0]).toBeCloseTo(1 / 1.1, 15);
    expect(series(v, "DiscountFactor")[1]).toBeCloseTo(1 / 1.21, 15);
  });

  it("holds P x diluted shares = equity value + converted principal", () => {
    expect((v.ValuePerShare as number) * (v.DilutedShares as number)).toBeCloseTo(142_000 / 121 + 300, 9);
  });

  it("centres the grid on the value per share and shows n.m. where WACC <= growth", () => {
    // rows: WACC 2 %, 6 %, 10 %, 14 %, 18 %; columns: growth 0 %, 1 %, 2 %, 3 %, 4 %
    const grid = series(v, "ValueSensitivity");
    expect(grid[12]).toBeCloseTo(P, 10);
    expect(grid.slice(0, 5).map(Number.isNaN)).toEqual([false, false, true, true, true]);
    expect(grid.slice(5).some(Number.isNaN)).toBe(false);
    // WACC 2 %, growth 0 %: EV = 60/1.02 + 130/1.02^2 + 120 x 1 x 1 / 0.02 / 1.02^2
    const ev = 60 / 1.02 + 130 / 1.02 ** 2 + 6_000 / 1.02 ** 2;
    expect(series(v, "EquitySensitivity")[0]).toBeCloseTo(ev, 8);
  });

  it("fails the WACC > growth rule (n.m. and a check of 1) when growth reaches the WACC", () => {
    inputs.set("Scen_base.TerminalGrowth", 0.1);
    const tie = valuation.reference(readerOf(inputs), 2);
    inputs.set("Scen_base.TerminalGrowth", 0.02);
    expect(tie.WACC).toBe(0.1);
    expect(tie.TerminalValue).toBeNaN();
    expect(tie.EnterpriseValue).toBeNaN();
    expect(tie.WaccAboveGrowthCheck).toBe(1);
    expect(tie.MasterCheck).toBe(1);
  });
});

/** The sheet's four regimes: each regime's P, and whether it lies in its own region (as the Regimes table). */
function fourRegimes(eqv: number, s: number, o: number, k: number, l: number, c: number): number[] {
  const out: number[] = [];
  for (const [opt, conv] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
    const p = (eqv + opt * o * k + conv * l) / (s + opt * o + (conv * l) / c);
    if ((p > k) === Boolean(opt) && (p > c) === Boolean(conv)) out.push(p);
  }
  return out;
}

/** The grid's rule: options in iff EqV > h(K), notes convert iff EqV > h(C). */
function byThresholds(eqv: number, s: number, o: number, k: number, l: number, c: number): number {
  const optIn = eqv > s * k + (l / c) * Math.max(0, k - c) ? 1 : 0;
  const convIn = eqv > s * c + o * Math.max(0, c - k) ? 1 : 0;
  return (eqv + optIn * o * k + convIn * l) / (s + optIn * o + (convIn * l) / c);
}

describe("the regime rule as the sheet writes it", () => {
  const cents = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: lo * 100, max: hi * 100 }).map((x) => x / 100);
  it("finds one self-consistent regime, and the thresholds pick the same value as core's closed form", () => {
    fc.assert(
      fc.property(cents(1, 100_000), cents(1, 1_000), cents(0, 500), cents(0, 200), cents(0, 50_000), cents(1, 200), (eqv, s, o, k, l, c) => {
        const core = valuePerShare(new D(eqv), new D(s), new D(o), new D(k), new D(0), new D(l), new D(c)).toNumber();
        const found = fourRegimes(eqv, s, o, k, l, c);
        // a tie (P* exactly at K or C) may make two regimes give the same P in floating point
        expect(found.length).toBeGreaterThanOrEqual(1);
        for (const p of found) expect(Math.abs(p - core)).toBeLessThanOrEqual(1e-9 * core);
        expect(Math.abs(byThresholds(eqv, s, o, k, l, c) - core)).toBeLessThanOrEqual(1e-9 * core);
      }),
      { numRuns: 5_000 },
    );
  });
});
