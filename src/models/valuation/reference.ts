/**
 * The valuation model recomputed by src/core from the sheet's inputs,
 * independently of its formulas: `wacc` for the cost of capital, `dcf` for the
 * explicit flows and every discount factor (the factor of year t is the DCF of a
 * unit flow in year t), `valueDriverTerminalValue`, `valuePerShare` (the closed-form
 * regime rule) and `dilutedShares`. `n.m.` is NaN here (the sheet shows the text).
 */
import { D, dcf, dilutedShares, valueDriverTerminalValue, valuePerShare, wacc, type Dec } from "../../core";
import { num, text } from "../defaults";
import type { InputReader, ReferenceValues } from "../../plan/template";
import { DOMAIN_CHECKS, RECOMPUTE_CHECKS } from "./checks";
import { SCENARIOS } from "./inputs";
import { GRID_STEPS } from "./sensitivity";

const numbers = (xs: readonly Dec[]): number[] => xs.map((x) => x.toNumber());
const orNm = (x: Dec | undefined): number => (x === undefined ? Number.NaN : x.toNumber());
const count = (...conditions: boolean[]): number => conditions.filter(Boolean).length;

/** The dilutive securities and shares a value per share needs. */
interface Shares {
  basic: Dec;
  options: Dec;
  strike: Dec;
  rsus: Dec;
  principal: Dec;
  conversion: Dec;
}

/** MidYear as the sheet holds it: TRUE / FALSE (1 / 0 once read back as a number). */
function midYearOf(input: InputReader): boolean {
  const m = input("MidYear");
  if (m === 1 || m === "TRUE") return true;
  if (m === 0 || m === "FALSE") return false;
  throw new Error(`MidYear must be TRUE or FALSE, not ${String(m)}`);
}

/** The scenario row MATCH finds (case-insensitive); throws for a scenario outside the table. */
function scenarioOf(input: InputReader): string {
  const s = text(input, "Scenario");
  const found = SCENARIOS.find((n) => n.toUpperCase() === s.toUpperCase());
  if (found === undefined) throw new Error(`unknown scenario ${s}`);
  return `Scen_${found}`;
}

/** Equity value at WACC w and growth g, or undefined (n.m.) when w <= g. */
function equityAt(ufcf: Dec[], nopatLast: Dec, w: Dec, g: Dec, ronic: Dec, midYear: boolean, netDebt: Dec): Dec | undefined {
  if (!w.gt(g)) return undefined;
  const unit = ufcf.map((_, i) => new D(i === ufcf.length - 1 ? 1 : 0));
  const tv = valueDriverTerminalValue(nopatLast, g, ronic, w);
  return dcf(ufcf, w, undefined, midYear).plus(tv.times(dcf(unit, w, undefined, midYear))).minus(netDebt);
}

/** Value per share of an equity value, or undefined (n.m.) when it is not above 0. */
function perShare(equity: Dec | undefined, s: Shares): Dec | undefined {
  if (equity === undefined || !equity.gt(0)) return undefined;
  return valuePerShare(equity, s.basic, s.options, s.strike, s.rsus, s.principal, s.conversion);
}

/**
 * The counts of the sheet's rule and domain checks, as its COUNTIF formulas make them.
 * ScenarioCheck, MidYearCheck and NumberInputCheck are 0: a reference of such a sheet throws first.
 * @param input       the sheet's inputs
 * @param nonNegative the depreciation and capex cells (each counted when below 0)
 * @param waccNotAboveGrowth true when WACC <= terminal growth
 */
function domainChecks(input: InputReader, nonNegative: readonly Dec[], waccNotAboveGrowth: boolean): Record<(typeof DOMAIN_CHECKS)[number], number> {
  const d = (k: string): Dec => new D(num(input, k));
  const outside01 = (x: Dec): boolean => x.lt(0) || x.gt(1);
  const growth = SCENARIOS.map((n) => d(`Scen_${n}.TerminalGrowth`));
  const whole = (k: string, min: number, max = Infinity): number => count(!Number.isInteger(num(input, k)), num(input, k) < min, num(input, k) > max);
  return {
    WaccAboveGrowthCheck: count(waccNotAboveGrowth),
    ScenarioCheck: 0,
    MidYearCheck: 0,
    NumberInputCheck: 0,
    RateCheck: count(...["RiskFreeRate", "PreTaxCostOfDebt", "TaxRate", "WaccStep", "GrowthStep"].map((k) => outside01(d(k))), ...SCENARIOS.map((n) => outside01(d(`Scen_${n}.EquityRiskPremium`)))),
    TerminalInputCheck: count(...growth.flatMap((x) => [x.lt(-0.5), x.gt(0.5)]), !d("Ronic").gt(0)),
    NonNegativeCheck: count(
      ...nonNegative.map((x) => x.lt(0)),
      ...["DebtAtValuation", "CashAtValuation", "Options", "OptionStrike", "Rsus", "ConvertPrincipal", ...SCENARIOS.map((n) => `Scen_${n}.Beta`)].map((k) => d(k).lt(0)),
      ...["BasicShares", "SharePrice", "DealPrice", "ConversionPrice"].map((k) => !d(k).gt(0)),
    ),
    ConventionCheck: whole("FirstYear", 1900, 9999) + whole("CheckDecimals", 0) + whole("FactorDecimals", 0),
  };
}

/**
 * Every named calculation, output and check of the valuation sheet.
 * @param input reads the sheet's inputs (`Key`, `Scen_base.Beta`, `EBITDA#i`)
 * @param years timeline length, 1..100
 * @returns one number per year for rows, 25 numbers (row by row) for the grids, a number for scalars; NaN for n.m.
 * @throws InputError from core when an input leaves its domain; Error for a scenario
 *         outside the table, a MidYear other than TRUE / FALSE, or UnitValue / HalfYear
 *         other than their only legal values 1 and 0.5 (the sheet flags these instead)
 */
export function valuationReference(input: InputReader, years: number): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const row = (k: string): Dec[] => Array.from({ length: years }, (_, i) => d(`${k}#${i}`));
  if (num(input, "UnitValue") !== 1 || num(input, "HalfYear") !== 0.5) throw new Error("valuationReference: UnitValue must be 1 and HalfYear 0.5");
  const scen = scenarioOf(input);
  const midYear = midYearOf(input);
  const [g, beta, erp] = ["TerminalGrowth", "Beta", "EquityRiskPremium"].map((c) => d(`${scen}.${c}`));
  const [tax, ronic, debt, cash] = ["TaxRate", "Ronic", "DebtAtValuation", "CashAtValuation"].map(d);
  const ke = d("RiskFreeRate").plus(beta.times(erp));
  const equityMarket = d("SharePrice").times(d("BasicShares"));
  const r = wacc(equityMarket, debt, ke, d("PreTaxCostOfDebt"), tax);

  const [ebitda, depreciation, capex] = [row("EBITDA"), row("Depreciation"), row("Capex")];
  const ebit = ebitda.map((e, i) => e.minus(depreciation[i] as Dec));
  const taxes = ebit.map((e) => D.max(e, 0).times(tax));
  const nopat = ebit.map((e, i) => e.minus(taxes[i] as Dec));
  const ufcf = ebitda.map((e, i) => e.minus(taxes[i] as Dec).minus(capex[i] as Dec));
  const factors = ufcf.map((_, t) => dcf(ufcf.map((__, i) => new D(i === t ? 1 : 0)), r, undefined, midYear));
  const lastFactor = factors[years - 1] as Dec;
  const nopatLast = nopat[years - 1] as Dec;
  const ebitdaLast = ebitda[years - 1] as Dec;

  const explicit = dcf(ufcf, r, undefined, midYear);
  const pvOperating = dcf(ebitda.map((e, i) => e.minus(taxes[i] as Dec)), r, undefined, midYear);
  const pvCapex = dcf(capex, r, undefined, midYear);
  const tv = r.gt(g) ? valueDriverTerminalValue(nopatLast, g, ronic, r) : undefined;
  const pvTv = tv?.times(lastFactor);
  const ev = pvTv?.plus(explicit);
  const netDebt = debt.minus(cash);
  const equity = ev?.minus(netDebt);
  const s: Shares = { basic: d("BasicShares"), options: d("Options"), strike: d("OptionStrike"), rsus: d("Rsus"), principal: d("ConvertPrincipal"), conversion: d("ConversionPrice") };
  const price = perShare(equity, s);
  const diluted = price && dilutedShares(s.basic, price, s.options, s.strike, s.rsus, s.principal, s.conversion);
  const before = s.basic.plus(s.rsus);
  const convertShares = s.principal.div(s.conversion);
  const marketEv = equityMarket.plus(netDebt);

  const steps = (centre: Dec, step: Dec): Dec[] => GRID_STEPS.map((k) => centre.plus(step.times(k)));
  const [ws, gs] = [steps(r, d("WaccStep")), steps(g, d("GrowthStep"))];
  const gridEquity = ws.flatMap((w) => gs.map((gj) => equityAt(ufcf, nopatLast, w, gj, ronic, midYear, netDebt)));

  const domain = domainChecks(input, [...depreciation, ...capex], !r.gt(g));
  const master = Object.values(domain).reduce((a, b) => a + b, 0);

  return {
    Years: Array.from({ length: years }, (_, i) => num(input, "FirstYear") + i),
    TerminalGrowth: g.toNumber(),
    Beta: beta.toNumber(),
    EquityRiskPremium: erp.toNumber(),
    CostOfEquity: ke.toNumber(),
    AfterTaxCostOfDebt: d("PreTaxCostOfDebt").times(new D(1).minus(tax)).toNumber(),
    EquityMarketValue: equityMarket.toNumber(),
    DebtWeight: debt.div(debt.plus(equityMarket)).toNumber(),
    WACC: r.toNumber(),
    EBIT: numbers(ebit),
    UnleveredTaxes: numbers(taxes),
    NOPAT: numbers(nopat),
    UFCF: numbers(ufcf),
    DiscountPeriod: ufcf.map((_, i) => i + 1 - (midYear ? 0.5 : 0)),
    DiscountFactor: numbers(factors),
    PresentValue: numbers(ufcf.map((u, i) => u.times(factors[i] as Dec))),
    PvOperatingFlows: pvOperating.toNumber(),
    PvCapex: pvCapex.toNumber(),
    PvExplicitFlows: explicit.toNumber(),
    TerminalValue: orNm(tv),
    PvTerminalValue: orNm(pvTv),
    EnterpriseValue: orNm(ev),
    NetDebt: netDebt.toNumber(),
    EquityValue: orNm(equity),
    ValuePerShare: orNm(price),
    DilutedShares: orNm(diluted),
    UpsideToDealPrice: orNm(price?.div(d("DealPrice")).minus(1)),
    UpsideToSharePrice: orNm(price?.div(d("SharePrice")).minus(1)),
    ImpliedExitMultiple: orNm(tv && ebitdaLast.gt(0) ? tv.div(ebitdaLast) : undefined),
    TerminalValueShare: orNm(ev?.gt(0) ? pvTv?.div(ev) : undefined),
    MarketEnterpriseValue: marketEv.toNumber(),
    ValueGapToMarket: orNm(ev?.minus(marketEv)),
    MarketImpliedCapexShare: orNm(pvTv && pvCapex.gt(0) && pvOperating.plus(pvTv).gt(marketEv) ? pvOperating.plus(pvTv).minus(marketEv).div(pvCapex) : undefined),
    SharesBeforeDilution: before.toNumber(),
    ConvertShares: convertShares.toNumber(),
    OptionThreshold: before.times(s.strike).plus(convertShares.times(D.max(s.strike.minus(s.conversion), 0))).toNumber(),
    ConvertThreshold: before.times(s.conversion).plus(s.options.times(D.max(s.conversion.minus(s.strike), 0))).toNumber(),
    EquitySensitivity: gridEquity.map(orNm),
    ValueSensitivity: gridEquity.map((e) => orNm(perShare(e, s))),
    UfcfRecomputed: numbers(ufcf),
    CheckFactor: numbers(factors),
    NopatRecomputed: nopatLast.toNumber(),
    EvRecomputed: orNm(ev),
    FactorCheck: ufcf.map(() => 0),
    NopatCheck: ufcf.map(() => 0),
    ...Object.fromEntries(RECOMPUTE_CHECKS.map((k) => [k, 0])),
    ...domain,
    ErrorCount: 0,
    MasterCheck: master,
  };
}
