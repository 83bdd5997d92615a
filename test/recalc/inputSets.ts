/**
 * Input sets the recalculation suite (recalc.test.ts) writes into each exported
 * model before LibreOffice and Gnumeric recalculate it: the defaults first, then
 * at least five changes per model (scenario selector, repayment types,
 * maturities, GPU profile, PUE, timeline length ...), extreme but legal ones
 * included. Keys as in LaidOutModel.inputs (`Key`, `Row.Col`, `Key#i` for year i).
 */
import { LEVERAGE_SETS } from "./leverageInputSets";
import { VALUATION_SETS } from "./valuationInputSets";

export interface InputSet {
  label: string;
  changes: Record<string, number | string>;
  /** timeline length for this set (default: the template's) */
  years?: number;
}

export const INPUT_SETS: Record<string, InputSet[]> = {
  dilution: [
    { label: "defaults", changes: {} },
    { label: "bigger cheaper issue, new investor", changes: { Investment: 5e9, PricePerShare: 80, InvestorSharesBefore: 0, MarketPrice: 100 } },
    { label: "more Class B votes, finer grid", changes: { ClassBShares: 200e6, VotesPerClassB: 20, PricePerShare: 123.45, PriceStep: 2.5, InvestmentStep: 1e9, Investment: 3e9 } },
    { label: "premium to market, 2 votes per Class A", changes: { ClassAShares: 1e9, InvestorSharesBefore: 1e8, Investment: 1.25e9, VotesPerClassA: 2, MarketPrice: 70.1 } },
    { label: "small investment at a deep discount, fine steps", changes: { Investment: 1e8, InvestmentStep: 2.5e7, PricePerShare: 10, PriceStep: 1 } },
    { label: "no Class B shares", changes: { ClassBShares: 0 } },
    { label: "zero investment, flat investment grid", changes: { Investment: 0, InvestmentStep: 0 } },
    // strike $120 above the $92.98 market price: no option shares (TSM adds nothing out of the money)
    { label: "options out of the money", changes: { OptionStrike: 120 } },
    // $150 above the $107.80 conversion price: 2,587.5 M / 107.80 = 24.0 M convert shares
    { label: "converts in the money", changes: { MarketPrice: 150 } },
    // market price exactly at the conversion price and at the strike: neither converts nor options dilute (strictly above only)
    { label: "market price at the conversion price and the strike", changes: { MarketPrice: 107.8, OptionStrike: 107.8 } },
    // the extreme ends of every domain: the investor already holds every Class A share, no Class B,
    // no dilutive securities, deal at market (no discount, no value transfer), the grid's lowest price one cent
    {
      label: "extreme: investor holds all Class A, no Class B or dilutive securities, deal at market",
      changes: { InvestorSharesBefore: 385e6, ClassBShares: 0, Options: 0, OptionStrike: 0, Rsus: 0, ConvertPrincipal: 0, MarketPrice: 87.2, PriceStep: 43.595, CheckDecimals: 0 },
    },
    // a one-share company: the smallest legal cap table, everything in the money
    {
      label: "extreme: one share per class, everything in the money",
      changes: { ClassAShares: 1, ClassBShares: 1, InvestorSharesBefore: 1, Investment: 100, PricePerShare: 10, PriceStep: 1, InvestmentStep: 50, MarketPrice: 1000, Options: 1, OptionStrike: 999.99, Rsus: 1, ConvertPrincipal: 500, ConversionPrice: 100, CheckDecimals: 10 },
    },
  ],
  leverage: LEVERAGE_SETS,
  valuation: VALUATION_SETS,
  capacity: [
    { label: "defaults (base, GB200, PUE 1.2)", changes: {} },
    { label: "bear", changes: { Scenario: "bear" } },
    { label: "bull, GB300 at PUE 1.05 (non-integer quotients)", changes: { Scenario: "bull", Profile: "GB300", PUE: 1.05, "Gigawatts#0": 1.9 } },
    { label: "1-year timeline, opening fleet replaced in year 1", changes: { OpeningFleetAge: 5 }, years: 1 },
    // zero investment: power flat at the opening level, so only replacements are bought
    { label: "PUE 1.0, zero investment (flat power)", changes: { PUE: 1, ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Gigawatts#${i}`, 0.85])) } },
    { label: "H200, lives of 1 year, no opening depreciation", changes: { Profile: "H200", GpuLife: 1, OpeningFleetAge: 0, FacilityLife: 1, OpeningDepreciationYears: 0 } },
    { label: "B200, 3-year GPU life, fleet aged 2, 15-year facilities", changes: { Profile: "B200", GpuLife: 3, OpeningFleetAge: 2, FacilityLife: 15, OpeningDepreciationYears: 1 } },
    // GB200 at PUE 1.07: 3.21 GW and 5.35 GW give exactly 1,800,000 and 3,000,000 GPUs;
    // plain double arithmetic floors 1,799,999.9999999998 and 2,999,999.9999999995 one short.
    { label: "GB200 at PUE 1.07: near-integer quotients", changes: { PUE: 1.07, "Gigawatts#2": 3.21, "Gigawatts#4": 4.27, ...Object.fromEntries([5, 6, 7, 8, 9].map((i) => [`Gigawatts#${i}`, 5.35])) } },
    { label: "B300, bear, nothing online before", changes: { Profile: "B300", Scenario: "bear", GigawattsBefore: 0, OpeningDepreciation: 0 } },
    { label: "VR200 estimate at PUE 1.15, 2027 start", changes: { Profile: "VR200", PUE: 1.15, FirstYear: 2027, CapexPerMW: 12e6, "Scen_base.PriceFactor": 0.9 } },
    { label: "H100 at PUE 1.3 over 30 years, 4-year GPU life (several replacement cycles)", changes: { Profile: "H100", PUE: 1.3, GpuLife: 4, OpeningFleetAge: 3 }, years: 30 },
  ],
  circularity: [
    { label: "defaults (capacity's GPU spend, $2 B in FY2026, 64 % content)", changes: {} },
    // no revenue: every self-funded share n.m., multiples 0, never paid back
    { label: "content share 0", changes: { NvidiaContentShare: 0 } },
    // all GPU spend to Nvidia: the grid's upper rows clip at 100 %
    { label: "content share 1 (grid clipped at 100 %)", changes: { NvidiaContentShare: 1, NvidiaGrossMargin: 0.75 } },
    // no cash in: multiples and the whole grid n.m.; paid back in the first year (0 >= 0)
    { label: "no equity", changes: { "NvidiaEquityInvested#0": 0 } },
    // $8 B of support every year: cumulative cash in runs ahead of gross profit until FY2027
    { label: "support payments every year", changes: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`NvidiaOtherSupport#${i}`, 8e9])) },
    // $60 B in FY2031 only: paid back in FY2026, behind again in FY2031 (flags 1 then 0), back ahead in FY2032
    { label: "one large support payment in FY2031", changes: { "NvidiaOtherSupport#5": 60e9 } },
    // no GPU spend in FY2026: the first year's self-funded share is n.m. (text in an output)
    { label: "no GPU spend in the first year", changes: { "GpuSpend#0": 0 } },
    { label: "1-year timeline", changes: {}, years: 1 },
    // grid floor binding (50 % - 2 x 30 % < 0) over a 30-year timeline that repeats the last spend
    { label: "30-year timeline, content share 50 %, step 30 %", changes: { NvidiaContentShare: 0.5, ContentShareStep: 0.3 }, years: 30 },
    // flat share axis, spend scales 100 % +/- 60 % floored at 0, a 2030 start, cheap stake
    { label: "flat share axis, spend scale floor binding, 2030 start", changes: { ContentShareStep: 0, SpendScaleStep: 0.6, FirstYear: 2030, StakePrice: 0 } },
    // the deal workbook's valuation can say n.m. (equity worth nothing): the stake value says so too, no error
    { label: "stake price n.m.", changes: { StakePrice: "n.m." } },
  ],
};
