/**
 * The valuation model's checks fire in LibreOffice and Gnumeric: WACC at or below
 * the terminal growth (n.m. and a failed check), cells in error (text typed over
 * a calculation, text in an input), an overwritten discount factor (the chained
 * factors and the recomputed enterprise value disagree), other calculated cells
 * typed over (WACC, UFCF, equity value, value per share, diluted shares, a regime
 * flag, a grid cell), and each kind of bad input (scenario outside the list,
 * MidYear not TRUE/FALSE, rates outside 0-100 %, RONIC <= 0, negative shares or
 * money, conventions changed) move the master check away from 0 through the named
 * check that covers them. Two controls (the defaults, with a negative equity value;
 * capex halved, with a value per share) fire nothing. One soffice process serves
 * the batch.
 */
import { beforeAll, expect, it } from "vitest";
import { referenceAtDefaults } from "../../src/models/defaults";
import { valuation } from "../../src/models/valuation";
import { checksNeverFired, describeWithEngines, expectFiresAsListed, firingCaseOf, tamperInEveryEngine, type TamperResult } from "./tamper";
import { capexAt } from "./valuationInputSets";

const c = firingCaseOf(valuation);
/** Capex halved: a positive equity value, so the per-share block has numbers to tamper with. */
const VALUED = capexAt(0.5);
const defaults = referenceAtDefaults(valuation);
const series = (k: string): number[] => defaults[k] as number[];

const CASES = [
  c("untampered (control, equity value below 0)", {}, []),
  c("capex halved (control, value per share 89.71)", VALUED, []),
  // the rule: no terminal value when WACC <= growth
  c("terminal growth 12 %, above the WACC", { "Scen_base.TerminalGrowth": 0.12 }, ["WaccAboveGrowthCheck"]),
  // error cells: counted, the master check stays a number
  c("EBIT of 2028 overwritten with text", { "EBIT#2": "n/a" }, ["ErrorCount"]),
  c("text in the tax rate", { TaxRate: "21 %" }, ["NumberInputCheck"]),
  c("text in a year of EBITDA", { "EBITDA#4": "27 B" }, ["NumberInputCheck"]),
  // calculated cells overwritten with a number: the block that recomputes them fires
  c("discount factor of 2029 overwritten", { "DiscountFactor#3": 0.5 }, ["FactorCheck", "EvCheck"]),
  c("discount factor of 2029 overwritten (valued)", { ...VALUED, "DiscountFactor#3": 0.5 }, ["FactorCheck", "EvCheck", "SensitivityCheck"]),
  c("WACC overwritten", { WACC: 0.08 }, ["WaccCheck"]),
  c("UFCF of 2031 overwritten", { "UFCF#5": 1e9 }, ["EvCheck"]),
  c("NOPAT of the last year overwritten", { "NOPAT#9": 1e10 }, ["EvCheck"]),
  c("present value of 2026 overwritten", { "PresentValue#0": 0 }, ["EvCheck"]),
  c("terminal value overwritten", { TerminalValue: 1e11 }, ["EvCheck"]),
  c("equity value overwritten", { EquityValue: 5e10 }, ["BridgeCheck"]),
  c("value per share overwritten (valued)", { ...VALUED, ValuePerShare: 100 }, ["DilutionCheck", "SensitivityCheck"]),
  c("diluted shares overwritten (valued)", { ...VALUED, DilutedShares: 6e8 }, ["DilutionCheck"]),
  c("a second regime marked self-consistent (valued)", { ...VALUED, "RegimeNone.Consistent": 1 }, ["RegimeCheck", "SensitivityCheck"]),
  c("grid centre overwritten (valued)", { ...VALUED, "SensValC0.C0": 1 }, ["SensitivityCheck"]),
  // review: cells no check recomputed before (the master check stayed 0)
  c("active terminal growth overwritten", { TerminalGrowth: 0.05 }, ["DriverCheck"]),
  c("row of the chosen scenario overwritten", { ScenarioRow: 2 }, ["DriverCheck"]),
  c("NOPAT of 2027 overwritten", { "NOPAT#1": 1e9 }, ["NopatCheck"]),
  c("negative EBIT of 2030 overwritten with another negative", { "EBIT#4": -1e9 }, ["NopatCheck"]),
  c("upside to the deal price overwritten (valued)", { ...VALUED, UpsideToDealPrice: 0.5 }, ["OutputCheck"]),
  c("upside to the market price overwritten (valued)", { ...VALUED, UpsideToSharePrice: 0.01 }, ["OutputCheck"]),
  c("terminal value share overwritten (valued)", { ...VALUED, TerminalValueShare: 0.5 }, ["OutputCheck"]),
  c("implied exit multiple overwritten", { ImpliedExitMultiple: 10 }, ["OutputCheck"]),
  c("PV of capex overwritten", { PvCapex: 1e11 }, ["OutputCheck"]),
  c("PV of EBITDA less taxes overwritten", { PvOperatingFlows: 1e11 }, ["OutputCheck"]),
  c("market enterprise value overwritten", { MarketEnterpriseValue: 1e11 }, ["OutputCheck"]),
  c("market-implied capex share overwritten", { MarketImpliedCapexShare: 0.9 }, ["OutputCheck"]),
  c("debt weight overwritten", { DebtWeight: 0.5 }, ["OutputCheck"]),
  c("basic shares + RSUs overwritten (valued)", { ...VALUED, SharesBeforeDilution: 6e8 }, ["ShareBaseCheck"]),
  c("option threshold overwritten (valued)", { ...VALUED, OptionThreshold: 1e12 }, ["ShareBaseCheck"]),
  c("WACC axis cell of the grid overwritten", { "SensWacc.M2": 0.05 }, ["SensitivityCheck"]),
  c("growth axis cell of the grid overwritten", { "SensGrowth.P1": 0.05 }, ["SensitivityCheck"]),
  c("equity grid cell off the centre overwritten", { "SensEqM2.P2": 1e9 }, ["GridCheck"]),
  c("value grid cell off the centre overwritten (valued)", { ...VALUED, "SensValP1.M1": 50 }, ["GridCheck"]),
  c("value grid cell that should be n.m. overwritten with a number", { "SensValM2.M2": 50 }, ["GridCheck"]),
  // bad inputs: the rule family's count fires
  c("scenario outside the list", { Scenario: "stress" }, ["ScenarioCheck", "ErrorCount"]),
  c("MidYear 2", { MidYear: 2 }, ["MidYearCheck"]),
  c("MidYear as text", { MidYear: "yes" }, ["ErrorCount"]),
  c("tax rate 150 %", { TaxRate: 1.5 }, ["RateCheck"]),
  c("negative risk-free rate", { RiskFreeRate: -0.01 }, ["RateCheck"]),
  c("equity risk premium above 100 % in an inactive scenario", { "Scen_bear.EquityRiskPremium": 1.2 }, ["RateCheck"]),
  c("RONIC 0", { Ronic: 0 }, ["TerminalInputCheck", "ErrorCount"]),
  c("negative RONIC", { Ronic: -0.1 }, ["TerminalInputCheck"]),
  c("terminal growth 60 % in an inactive scenario", { "Scen_bull.TerminalGrowth": 0.6 }, ["TerminalInputCheck"]),
  c("negative options", { Options: -5 }, ["NonNegativeCheck"]),
  c("negative capex", { "Capex#2": -1e9 }, ["NonNegativeCheck"]),
  c("negative beta in an inactive scenario", { "Scen_bear.Beta": -1 }, ["NonNegativeCheck"]),
  c("basic shares 0", { BasicShares: 0 }, ["NonNegativeCheck"]),
  c("conversion price 0", { ConversionPrice: 0 }, ["NonNegativeCheck", "ErrorCount"]),
  c("unit value 2", { UnitValue: 2 }, ["ConventionCheck"]),
  c("mid-year shift 0.25", { HalfYear: 0.25 }, ["ConventionCheck"]),
  c("first year 2026.5", { FirstYear: 2026.5 }, ["ConventionCheck"]),
];

const at = (label: string): number => CASES.findIndex((x) => x.label === label);

describeWithEngines("valuation: tampered exports fire the checks in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine(CASES);
  }, 180_000);

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("measures an overwritten discount factor exactly, in its own year only", () => {
    // FactorCheck(2029) = ROUND(0.5 - (1 + WACC)^-3.5, 9); EvCheck = ROUND(UFCF(2029) x (0.5 - factor), 0):
    // the sheet's EV uses the typed factor, the recomputed EV the chained one.
    const f = series("DiscountFactor")[3];
    const ufcf = series("UFCF")[3];
    for (const e of results[at("discount factor of 2029 overwritten")].engines) {
      const row = e.checks.FactorCheck as number[];
      expect(row[3], e.engine).toBeCloseTo(0.5 - f, 9);
      expect(row.filter((x, j) => j !== 3 && x !== 0), e.engine).toEqual([]);
      expect(e.checks.EvCheck as number, e.engine).toBeCloseTo(ufcf * (0.5 - f), -1);
    }
  });

  it("counts one violation per bad input", () => {
    const one: [string, string][] = [
      ["terminal growth 12 %, above the WACC", "WaccAboveGrowthCheck"],
      ["MidYear 2", "MidYearCheck"],
      ["tax rate 150 %", "RateCheck"],
      ["negative RONIC", "TerminalInputCheck"],
      ["negative options", "NonNegativeCheck"],
      ["unit value 2", "ConventionCheck"],
    ];
    for (const [label, check] of one) for (const e of results[at(label)].engines) expect(e.checks[check], `${label} ${e.engine}`).toBe(1);
  });

  it("shows n.m. (text, not an error) for the terminal and enterprise value when WACC <= growth", () => {
    for (const e of results[at("terminal growth 12 %, above the WACC")].engines) {
      expect(e.errors, e.engine).toEqual([]);
      expect(e.checks.EvCheck, e.engine).toBe(0);
    }
  });
});

it("shows every check of the sheet firing in at least one case", () => {
  expect(checksNeverFired(valuation, CASES)).toEqual([]);
});
