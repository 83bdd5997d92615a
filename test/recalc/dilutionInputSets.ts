/**
 * The dilution model's input sets for the two-engine recalculation suite
 * (recalc.test.ts, found by inputSets.ts through the file name): the defaults
 * first, then changed sets, extreme but legal ones included.
 */
import type { InputSet } from "./inputSets";

export const DILUTION_SETS: InputSet[] = [
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
];

export default DILUTION_SETS;
