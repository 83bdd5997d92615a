/**
 * The leverage model's input sets for the two-engine recalculation suite
 * (inputSets.ts): the defaults, capacity's bear and bull outputs fed in as the
 * operating rows, every facility bullet, every facility annuity over one year, a
 * 30-year timeline, a minimum cash that forces draws every year, no new debt, a
 * reconciling line of exactly 0, the edges of the rate and timing domains, and
 * n.m. ratios (negative and zero EBITDA; no debt at all).
 * Every set is legal: the master check must read 0 in both engines.
 */
import { capacity } from "../../src/models/capacity";
import { defaultInputs, readerOf } from "../../src/models/defaults";
import { leverage } from "../../src/models/leverage";
import { FACILITY_KEYS } from "../../src/models/leverage/facilities";
import { OPERATING_ROWS } from "../../src/models/leverage/inputs";

/** A set of changed inputs (same shape as InputSet in inputSets.ts). */
interface LeverageSet {
  label: string;
  changes: Record<string, number | string>;
  years?: number;
}

/** The operating rows of capacity in a scenario over `years`, as leverage input changes `Revenue#i`... */
export function capacityRowsAs(scenario: string, years = 10): Record<string, number> {
  const inputs = defaultInputs(capacity);
  inputs.set("Scenario", scenario);
  const v = capacity.reference(readerOf(inputs), years);
  const out: Record<string, number> = {};
  for (const k of OPERATING_ROWS) (v[k] as number[]).forEach((x, i) => (out[`${k}#${i}`] = x));
  return out;
}

const every = (column: string, value: string | number): Record<string, string | number> => Object.fromEntries(FACILITY_KEYS.map((f) => [`${f}.${column}`, value]));

/** A minimum cash above the defaults' opening cash, so the first year draws more than at the defaults. */
export const MIN_CASH_DRAWS_EVERY_YEAR = 10e9;
/** Capex held at its FY2030 (5 GW) level after 2030: free cash flow stays negative, so with MinCash every year draws (asserted in test/models/leverage.reference.test.ts). */
const capex2030 = defaultInputs(leverage).get("Capex#4") as number;
const capexHeld = Object.fromEntries([5, 6, 7, 8, 9].map((i) => [`Capex#${i}`, capex2030]));

export const LEVERAGE_SETS: LeverageSet[] = [
  { label: "defaults (base)", changes: {} },
  { label: "bear (capacity's bear rows)", changes: capacityRowsAs("bear") },
  { label: "bull (capacity's bull rows), tight covenants", changes: { ...capacityRowsAs("bull"), MinCoverage: 3, MaxLeverage: 4, DscrCovenant: 1.2 } },
  { label: "every facility bullet", changes: every("Repayment", "bullet") },
  { label: "every facility annuity, 1-year timeline", changes: every("Repayment", "annuity"), years: 1 },
  { label: "minimum cash that forces draws every year ($10 B, capex held at the 2030 level)", changes: { MinCash: MIN_CASH_DRAWS_EVERY_YEAR, ...capexHeld } },
  {
    label: "30 years: annuities, zero-rate revolver annuity, draws accrue a full year, no tax",
    changes: { ...every("Repayment", "annuity"), "Revolver.Rate": 0, "Revolver.Maturity": 2040, "Notes2031.Maturity": 2055, DrawTiming: 1, TaxRate: 0 },
    years: 30,
  },
  // $200 B of equity in the first year: cash never falls to the floor, so no new debt and no n.m.
  { label: "no new debt (equity funds everything), draws accrue nothing, 100 % tax", changes: { "EquityRaised#0": 200e9, DrawTiming: 0, TaxRate: 1, MinCash: 0 } },
  // listed facilities sum to $15,517.1 M exactly (whole dollars): the reconciling line is exactly 0
  { label: "reconciling line exactly 0, maturities in the first year", changes: { TotalDebtReported: 15_517.1e6, "DDTL1.Maturity": 2026, "OEM.Maturity": 2026, "Revolver.Repayment": "straight" } },
  { label: "new debt at 25 %, everything matures in 2035, straight", changes: { NewDebtRate: 0.25, ...every("Maturity", 2035), ...every("Repayment", "straight") } },
  // every ratio exactly at its covenant (equal is no breach), in binary-exact numbers so that no engine's
  // comparison tolerance decides: one year, only DDTL 1.0 ($100 M at 10 %, bullet 2027), EBITDA $55 M, no tax,
  // no cash: interest 10 -> coverage 5.5 and DSCR 55 / (10 + 0) = 5.5; cash 0 + 55 - 10 = 45, net debt 100 - 45 = 55
  // -> net leverage 1.0. Covenants 5.5x, 5.5x, 1.0x: 0 breaches, and OutputCheck's COUNTIF recount agrees.
  {
    label: "every ratio exactly at its covenant (equal is no breach), 1 year",
    years: 1,
    changes: {
      ...Object.fromEntries(FACILITY_KEYS.filter((f) => f !== "OtherDebt").map((f) => [`${f}.Balance`, 0])),
      "DDTL1.Balance": 100e6,
      "DDTL1.Rate": 0.1,
      "DDTL1.Maturity": 2027,
      "DDTL1.Repayment": "bullet",
      TotalDebtReported: 100e6,
      "EBITDA#0": 55e6,
      "Capex#0": 0,
      "MaintenanceCapex#0": 0,
      "Depreciation#0": 0,
      "EquityRaised#0": 0,
      OpeningCash: 0,
      MinCash: 0,
      TaxRate: 0,
      MinCoverage: 5.5,
      DscrCovenant: 5.5,
      MaxLeverage: 1,
    },
  },
  // n.m. ratios (reference NaN, the sheet's text n.m.):
  // EBITDA -$1 B in 2026 and 0 in 2027: net leverage n.m. with net debt > 0 (a breach), coverage and DSCR negative
  { label: "n.m.: EBITDA below 0 in 2026 and 0 in 2027", changes: { "EBITDA#0": -1e9, "EBITDA#1": 0 } },
  // no debt and equity that covers everything: no interest, no principal, so coverage and DSCR are n.m. every year
  { label: "n.m.: no debt at all (coverage and DSCR n.m. every year)", changes: { ...Object.fromEntries(FACILITY_KEYS.filter((f) => f !== "OtherDebt").map((f) => [`${f}.Balance`, 0])), TotalDebtReported: 0, "EquityRaised#0": 300e9, MinCash: 0 } },
];
export default LEVERAGE_SETS;
