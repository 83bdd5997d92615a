/**
 * The leverage v2 reference (src/core leverageWaterfall behind the template's
 * inputs) against cash waterfalls worked by hand: the first year at the defaults
 * (facility figures from docs/sources.md §Estimates, operating rows as the template
 * holds them from capacity), a three-year case small enough to follow line by line,
 * the n.m. rules, and the input sets the recalculation suite relies on.
 */
import { describe, expect, it } from "vitest";
import { defaultInputs, readerOf, referenceAtDefaults } from "../../src/models/defaults";
import { leverage } from "../../src/models/leverage";
import { FACILITY_KEYS } from "../../src/models/leverage/facilities";
import type { ReferenceValues } from "../../src/plan/template";
import { LEVERAGE_SETS, MIN_CASH_DRAWS_EVERY_YEAR } from "../recalc/leverageInputSets";

const M = 1e6;
const row = (v: ReferenceValues, k: string): number[] => v[k] as number[];
/** The reference with some inputs changed; a timeline row longer than the defaults repeats its last value, as the layout does. */
const run = (changes: Record<string, number | string>, years: number): ReferenceValues => {
  const inputs = defaultInputs(leverage);
  for (const [k, x] of Object.entries(changes)) inputs.set(k, x);
  const read = readerOf(inputs);
  return leverage.reference((k) => {
    const m = /^(.*)#(\d+)$/.exec(k);
    for (let i = m ? Number(m[2]) : 0; m && i >= 0; i--) if (inputs.has(`${m[1]}#${i}`)) return read(`${m[1]}#${i}`);
    return read(k);
  }, years);
};

describe("leverage at the defaults, FY2026 rebuilt by hand", () => {
  const v = referenceAtDefaults(leverage);
  const inputs = defaultInputs(leverage);
  const at0 = (k: string) => inputs.get(`${k}#0`) as number;
  // Principal due in 2026 (straight lines over the years to maturity, from Dec 31 2025):
  // DDTL 1.0 1,782.5 / 3 + DDTL 2.0 4,954.0 / 4 + OEM 1,728.4 / 3 + other debt 5,882.9 / 5;
  // the bullets (notes, revolver, Magnetar, converts) repay nothing before maturity.
  const principal = (1782.5 / 3 + 4954 / 4 + 1728.4 / 3 + 5882.9 / 5) * M;
  // Interest = Dec 31 2025 balance x rate, facility by facility:
  // 1,782.5 x 15 % + 4,954 x 11 % + 2,000 x 9.25 % + 1,750 x 9 % + 450 x 7 % + 1,728.4 x 9.5 %
  // + 264.7 x 12 % + 2,587.5 x 1.75 % + 5,882.9 x 8.25 % = 1,912.8975 M; no new debt yet.
  const interest = 1912.8975 * M;
  // Cash taxes = max(0, EBITDA - depreciation - interest) x 21 %.
  const taxes = Math.max(0, at0("EBITDA") - at0("Depreciation") - interest) * 0.21;
  // Cash before draws = $4.2 B + EBITDA - taxes - capex - interest - principal + Nvidia's $2 B.
  const before = 4.2e9 + at0("EBITDA") - taxes - at0("Capex") - interest - principal + 2e9;
  // New debt tops cash up to $2.0 B; each $ drawn keeps 1 - 9 % x 0.5 = 0.955 after its in-year interest.
  const draws = Math.max(0, (2e9 - before) / 0.955);

  it.each([
    ["PrincipalRepaid", principal],
    ["InterestOnOpening", interest],
    ["CashTaxes", taxes],
    ["CashBeforeDraws", before],
    ["NewDebtDraws", draws],
    ["InterestExpense", interest + draws * 0.09 * 0.5],
    ["DebtOpening", 21.4e9],
    ["DebtClosing", 21.4e9 + draws - principal],
    ["CFADS", at0("EBITDA") - taxes - at0("MaintenanceCapex")],
  ])("%s", (k, expected) => {
    expect(row(v, k)[0]).toBeCloseTo(expected, 3);
  });

  it("draws in 2026 and holds cash at exactly the $2.0 B floor", () => {
    expect(draws).toBeGreaterThan(0);
    expect(row(v, "Cash")[0]).toBe(2e9);
  });

  it("takes the operating rows from capacity's defaults and Nvidia's $2 B in FY2026 only", () => {
    expect(at0("Revenue")).toBeGreaterThan(0);
    expect(inputs.get("EquityRaised#0")).toBe(2e9);
    expect(inputs.get("EquityRaised#1")).toBe(0);
    expect(row(v, "Years")).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
  });
});

/**
 * Three years, one facility: $1,000 of 10 % notes, bullet in 2028 (every other
 * balance 0; reported total $1,000, so the reconciling line is 0). Opening cash
 * 300, minimum 200, new debt at 10 % drawn mid-year (keeps 0.95 per $), tax 20 %.
 *
 * | year | EBITDA | dep. | capex | maint. |
 * | 2026 |    500 |  100 | 2,000 |     50 |
 * | 2027 |    600 |  100 |     0 |     50 |
 * | 2028 |    700 |  100 |     0 |     50 |
 *
 * 2026: interest on opening 1,000 x 10 % = 100; taxes (500 - 100 - 100) x 20 % = 60;
 *   cash before draws 300 + 500 - 60 - 2,000 - 100 = -1,360; draws (200 + 1,360) / 0.95
 *   = 1,642.1053; interest 100 + 1,642.1053 x 5 % = 182.1053; cash 200; debt 2,642.1053;
 *   CFADS 500 - 60 - 50 = 390; coverage 500 / 182.1053 = 2.7457; DSCR 390 / 182.1053
 *   = 2.1416; net leverage (2,642.1053 - 200) / 500 = 4.8842.
 * 2027: interest on opening 100 + 1,642.1053 x 10 % = 264.2105; taxes (600 - 100 -
 *   264.2105) x 20 % = 47.1579; cash 200 + 600 - 47.1579 - 264.2105 = 488.6316, no draw.
 * 2028: the notes repay 1,000; taxes (700 - 100 - 264.2105) x 20 % = 67.1579; cash
 *   before draws 488.6316 + 700 - 67.1579 - 264.2105 - 1,000 = -142.7368; draws
 *   342.7368 / 0.95 = 360.7756; interest 264.2105 + 18.0388 = 282.2493; debt
 *   2,642.1053 + 360.7756 - 1,000 = 2,002.8809; DSCR (700 - 67.1579 - 50) / (282.2493
 *   + 1,000) = 0.4545 < 1.0: one DSCR breach; net leverage 1,802.8809 / 700 = 2.5756.
 */
describe("leverage: three years worked by hand", () => {
  const zeroBalances = Object.fromEntries(FACILITY_KEYS.filter((f) => f !== "OtherDebt").map((f) => [`${f}.Balance`, 0]));
  const series = (key: string, xs: number[]) => Object.fromEntries(xs.map((x, i) => [`${key}#${i}`, x]));
  const v = run(
    {
      ...zeroBalances,
      "Notes2030.Balance": 1000,
      "Notes2030.Rate": 0.1,
      "Notes2030.Maturity": 2028,
      TotalDebtReported: 1000,
      ...series("EBITDA", [500, 600, 700]),
      ...series("Depreciation", [100, 100, 100]),
      ...series("Capex", [2000, 0, 0]),
      ...series("MaintenanceCapex", [50, 50, 50]),
      ...series("EquityRaised", [0, 0, 0]),
      OpeningCash: 300,
      MinCash: 200,
      NewDebtRate: 0.1,
      TaxRate: 0.2,
    },
    3,
  );
  const d1 = 1560 / 0.95;
  const d3 = (200 - (200 + 600 - 47.15789473684 - 264.21052631579 + 700 - 67.15789473684 - 264.21052631579 - 1000)) / 0.95;
  it.each([
    ["InterestOnOpening", [100, 100 + 0.1 * d1, 100 + 0.1 * d1]],
    ["CashTaxes", [60, (400 - 0.1 * d1) * 0.2, (500 - 0.1 * d1) * 0.2]],
    ["NewDebtDraws", [d1, 0, d3]],
    ["Cash", [200, 488.63157894737, 200]],
    ["PrincipalRepaid", [0, 0, 1000]],
    ["DebtClosing", [1000 + d1, 1000 + d1, d1 + d3]],
    ["InterestCoverage", [500 / (100 + 0.05 * d1), 600 / (100 + 0.1 * d1), 700 / (100 + 0.1 * d1 + 0.05 * d3)]],
    ["DSCR", [390 / (100 + 0.05 * d1), (600 - 47.15789473684 - 50) / (100 + 0.1 * d1), (700 - 67.15789473684 - 50) / (100 + 0.1 * d1 + 0.05 * d3 + 1000)]],
    ["NetLeverage", [(800 + d1) / 500, (1000 + d1 - 488.63157894737) / 600, (d1 + d3 - 200) / 700]],
    ["DscrBreach", [0, 0, 1]],
  ])("%s", (k, expected) => {
    row(v, k).forEach((x, i) => expect(x, `${k}[${i}]`).toBeCloseTo(expected[i], 8));
  });
  it("counts one breach, and sums and extremes over the years", () => {
    expect(d1).toBeCloseTo(1642.1052631579, 8);
    expect(d3).toBeCloseTo(360.7756, 4);
    expect(v.CovenantBreaches).toBe(1);
    expect(v.PeakDebt).toBeCloseTo(1000 + d1, 8);
    expect(v.TotalNewDebt).toBeCloseTo(d1 + d3, 8);
    expect(v.MinDSCR).toBeCloseTo((700 - 67.15789473684 - 50) / (100 + 0.1 * d1 + 0.05 * d3 + 1000), 8);
    expect(v.MaxNetLeverage).toBeCloseTo((800 + d1) / 500, 8);
  });
});

describe("leverage: n.m. ratios and how they count", () => {
  // No debt at all and EBITDA <= 0: coverage and DSCR have nothing to cover (n.m., no breach);
  // net leverage is n.m.; with no debt, net debt = -cash <= 0: no breach either.
  const noDebt = Object.fromEntries(FACILITY_KEYS.filter((f) => f !== "OtherDebt").map((f) => [`${f}.Balance`, 0]));
  const base = { ...noDebt, TotalDebtReported: 0, "EBITDA#0": 0, "Capex#0": 0, "EquityRaised#0": 0, OpeningCash: 5e9, MinCash: 0 };
  it("shows n.m. (NaN in the reference) and counts no breach without debt", () => {
    const v = run(base, 1);
    expect(row(v, "InterestCoverage")).toEqual([Number.NaN]);
    expect(row(v, "DSCR")).toEqual([Number.NaN]);
    expect(row(v, "NetLeverage")).toEqual([Number.NaN]);
    expect(v.CovenantBreaches).toBe(0);
    expect(v.MinDSCR).toBeNaN();
  });
  it("flags a leverage breach when EBITDA <= 0 and net debt is positive", () => {
    // $1 B of notes, EBITDA -$0.1 B: net debt 1 B - cash > 0 with no EBITDA to carry it.
    const v = run({ ...base, "Notes2030.Balance": 1e9, TotalDebtReported: 1e9, "EBITDA#0": -1e8, OpeningCash: 0.5e9 }, 1);
    expect(row(v, "NetLeverage")).toEqual([Number.NaN]);
    expect(row(v, "LeverageBreach")).toEqual([1]);
    // coverage -0.1 B / 92.5 M < 1.5: a coverage breach; DSCR negative: a DSCR breach
    expect(v.CovenantBreaches).toBe(3);
  });
});

describe("the recalculation input sets are what their labels say", () => {
  const set = (start: string) => {
    const s = LEVERAGE_SETS.find((x) => x.label.startsWith(start));
    if (!s) throw new Error(`no set ${start}`);
    return run(s.changes, s.years ?? 10);
  };
  it("a minimum cash that forces draws in every year", () => {
    expect(MIN_CASH_DRAWS_EVERY_YEAR).toBeGreaterThan(4.2e9);
    for (const x of row(set("minimum cash"), "NewDebtDraws")) expect(x).toBeGreaterThan(0);
  });
  it("no new debt when equity funds everything", () => {
    expect(set("no new debt").TotalNewDebt).toBe(0);
  });
  it("the n.m. sets show n.m. where their labels say", () => {
    const negative = set("n.m.: EBITDA below 0");
    expect(row(negative, "NetLeverage").slice(0, 2)).toEqual([Number.NaN, Number.NaN]);
    expect(row(negative, "LeverageBreach").slice(0, 2)).toEqual([1, 1]);
    const noDebt = set("n.m.: no debt");
    expect(row(noDebt, "InterestCoverage").every(Number.isNaN)).toBe(true);
    expect(row(noDebt, "DSCR").every(Number.isNaN)).toBe(true);
    expect(noDebt.MinDSCR).toBeNaN();
  });
  it("every set is legal: core accepts it and the reconciling line is >= 0", () => {
    for (const s of LEVERAGE_SETS) expect(row(run(s.changes, s.years ?? 10), "Open_OtherDebt")[0], s.label).toBeGreaterThanOrEqual(0);
  });
});
