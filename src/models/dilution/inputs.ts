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
    { type: "scalar", key: "Investment", label: "Investment", format: USD_M, value: 2_000_000_000, name: true, bounds: AT_LEAST_0, note: `$2 B: ${FACTS} §The deal` },
    { type: "scalar", key: "PricePerShare", label: "Price per new Class A share", format: USD_PER_SHARE, value: 87.2, name: true, bounds: PRICE, note: `$87.20: ${FACTS} §The deal` },
    { type: "scalar", key: "MarketPrice", label: "Market price (prior close)", format: USD_PER_SHARE, value: 92.98, name: true, bounds: PRICE, note: `close of Jan 23 2026: ${FACTS} §The deal` },
    { type: "heading", label: "Cap table before the deal" },
    { type: "scalar", key: "ClassAShares", label: "Class A shares", format: SHARES, value: 385_000_000, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0, note: `24.3 M / 6.3 %: ${FACTS} §Estimates` },
    { type: "scalar", key: "ClassBShares", label: "Class B shares", format: SHARES, value: 115_000_000, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0, note: `495.10 M - 380.16 M: ${FACTS} §Estimates` },
    { type: "scalar", key: "InvestorSharesBefore", label: "Investor's Class A shares", format: SHARES, value: 24_280_000, name: true, bounds: WHOLE_AT_LEAST_0, note: `13F, Sep 30 2025; at most Class A: ${FACTS} §The deal` },
    { type: "scalar", key: "VotesPerClassA", label: "Votes per Class A share", format: VOTES_PER_SHARE, value: 1, name: true, bounds: AT_LEAST_0, note: `424B4, March 2025: ${FACTS} §The deal` },
    { type: "scalar", key: "VotesPerClassB", label: "Votes per Class B share", format: VOTES_PER_SHARE, value: 10, name: true, bounds: AT_LEAST_0, note: `424B4, March 2025: ${FACTS} §The deal` },
    { type: "heading", label: "Dilutive securities (latest disclosed)" },
    {
      type: "scalar", key: "Options", label: "Options and warrants outstanding", format: SHARES, value: 57_622_668, name: true, estimate: true, bounds: WHOLE_AT_LEAST_0,
      note: `45.478 M options + 12.145 M warrants: ${FACTS} §Estimates`,
    },
    {
      type: "scalar", key: "OptionStrike", label: "Weighted-average exercise price", format: USD_PER_SHARE, value: 1.7, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `weighted $1.74 and $1.5495: ${FACTS} §Estimates`,
    },
    { type: "scalar", key: "Rsus", label: "Restricted stock units outstanding", format: SHARES, value: 23_197_000, name: true, bounds: WHOLE_AT_LEAST_0, note: `Mar 31 2025: ${FACTS} §Shares and dilutive securities` },
    {
      type: "scalar", key: "ConvertPrincipal", label: "Convertible notes principal (Dec 2031)", format: USD_M, value: 2_587_500_000, name: true, estimate: true, bounds: AT_LEAST_0,
      note: `${FACTS} §December 2025 convertible notes`,
    },
    { type: "scalar", key: "ConversionPrice", label: "Conversion price", format: USD_PER_SHARE, value: 107.8, name: true, bounds: PRICE, note: `${FACTS} §December 2025 convertible notes` },
    { type: "heading", label: "Sensitivity and checks" },
    { type: "scalar", key: "PriceStep", label: "Sensitivity: price step", format: USD_PER_SHARE, value: 5, bounds: AT_LEAST_0, note: "Modelling choice: grid prices are the deal price +/- steps" },
    { type: "scalar", key: "InvestmentStep", label: "Sensitivity: investment step", format: USD_M, value: 500_000_000, bounds: AT_LEAST_0, note: "Modelling choice: grid investments are the deal +/- steps" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 4, bounds: { type: "whole", min: 0, max: 10 }, note: "Modelling choice: checks round so float noise reads 0" },
  ],
};
