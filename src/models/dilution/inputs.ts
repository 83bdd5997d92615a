/**
 * The inputs of the dilution model: the deal, the cap table, the dilutive
 * securities (docs/sources.md §Shares and dilutive securities, §December 2025
 * convertible notes, §Estimates) and the sensitivity steps. Every bounded input
 * carries Excel data validation; the checks section counts violations as well,
 * because validation does not stop a pasted value.
 */
import { DIGITS, SHARES, USD_M, USD_PER_SHARE, VOTES_PER_SHARE } from "../formats";
import type { InputBounds, TemplateSection } from "../../plan/template";

/** Where every default is sourced; notes cite it by section. */
const FACTS = "docs/sources.md";

/** A count or amount that cannot be negative. */
const WHOLE_AT_LEAST_0: InputBounds = { type: "whole", min: 0 };
const AT_LEAST_0: InputBounds = { type: "decimal", min: 0 };
/** A price: data validation asks for at least one cent; the checks count any price <= 0. */
const PRICE: InputBounds = { type: "decimal", min: 0.01 };

/** The inputs section. */
export const inputsSection: TemplateSection = {
  role: "inputs",
  title: "Inputs: the deal, the cap table and the dilutive securities",
  items: [
    { type: "heading", label: "The deal" },
    { type: "scalar", key: "Investment", label: "Investment", format: USD_M, value: 2_000_000_000, name: true, bounds: AT_LEAST_0, note: `Nvidia investment $2,000,000,000: ${FACTS} §The deal (Nvidia/CoreWeave announcement)` },
    { type: "scalar", key: "PricePerShare", label: "Price per new Class A share", format: USD_PER_SHARE, value: 87.2, name: true, bounds: PRICE, note: `$87.20 per Class A share: ${FACTS} §The deal` },
    { type: "scalar", key: "MarketPrice", label: "Market price (prior close)", format: USD_PER_SHARE, value: 92.98, name: true, bounds: PRICE, note: `CRWV close on Fri Jan 23 2026, $92.98: ${FACTS} §The deal (CNBC)` },
    { type: "heading", label: "Cap table before the deal" },
    { type: "scalar", key: "ClassAShares", label: "Class A shares", format: SHARES, value: 385_000_000, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0, note: `about 385,000,000, from Nvidia's 24.3 M being 6.3 % of Class A: ${FACTS} §Estimates` },
    { type: "scalar", key: "ClassBShares", label: "Class B shares", format: SHARES, value: 115_000_000, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0, note: `about 115,000,000 = 495.10 M implied outstanding - 380.16 M Class A: ${FACTS} §Estimates` },
    { type: "scalar", key: "InvestorSharesBefore", label: "Investor's Class A shares", format: SHARES, value: 24_280_000, name: true, bounds: WHOLE_AT_LEAST_0, note: `Nvidia held 24,280,000 (13F, Sep 30 2025, per Reuters); at most the Class A count (checked): ${FACTS} §The deal` },
    { type: "scalar", key: "VotesPerClassA", label: "Votes per Class A share", format: VOTES_PER_SHARE, value: 1, name: true, bounds: AT_LEAST_0, note: `Class A 1 vote (424B4, March 2025): ${FACTS} §The deal` },
    { type: "scalar", key: "VotesPerClassB", label: "Votes per Class B share", format: VOTES_PER_SHARE, value: 10, name: true, bounds: AT_LEAST_0, note: `Class B 10 votes (424B4, March 2025): ${FACTS} §The deal` },
    { type: "heading", label: "Dilutive securities (latest disclosed)" },
    {
      type: "scalar", key: "Options", label: "Options and warrants outstanding", format: SHARES, value: 57_622_668, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0,
      note: `45,478,000 options + 12,144,668 warrants (Mar 31 2025), one line: ${FACTS} §Shares and dilutive securities; ${FACTS} §Estimates`,
    },
    {
      type: "scalar", key: "OptionStrike", label: "Weighted-average exercise price", format: USD_PER_SHARE, value: 1.7, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `(45.478 M x $1.74 + 12.145 M x $1.5495) / 57.623 M = $1.70: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "Rsus", label: "Restricted stock units outstanding", format: SHARES, value: 23_197_000, name: true, bounds: WHOLE_AT_LEAST_0, note: `23,197,000 RSUs (Mar 31 2025, Q1 2025 10-Q Note 11): ${FACTS} §Shares and dilutive securities` },
    {
      type: "scalar", key: "ConvertPrincipal", label: "Convertible notes principal (Dec 2031)", format: USD_M, value: 2_587_500_000, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `$2,250 M priced + $337.5 M option: ${FACTS} §December 2025 convertible notes; ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "ConversionPrice", label: "Conversion price", format: USD_PER_SHARE, value: 107.8, name: true, bounds: PRICE, note: `about $107.80 per Class A share: ${FACTS} §December 2025 convertible notes` },
    { type: "heading", label: "Sensitivity and checks" },
    { type: "scalar", key: "PriceStep", label: "Sensitivity: price step", format: USD_PER_SHARE, value: 5, bounds: AT_LEAST_0, note: "Modelling choice: grid rows are the deal price plus or minus this step" },
    { type: "scalar", key: "InvestmentStep", label: "Sensitivity: investment step", format: USD_M, value: 500_000_000, bounds: AT_LEAST_0, note: "Modelling choice: grid columns are the investment plus or minus this step" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 4, bounds: { type: "whole", min: 0, max: 10 }, note: "Modelling choice: checks (in shares, votes or $) round to this many decimals, so floating-point noise reads 0" },
  ],
};
