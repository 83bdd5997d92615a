/**
 * The dilution model's checks fire in LibreOffice and Gnumeric: each calculated
 * block overwritten with a number, and each kind of bad input, moves the master
 * check away from 0 through the named check that covers it. The untampered export
 * is the control (nothing fires there). One soffice process serves the batch.
 */
import { beforeAll, expect, it } from "vitest";
import { dilution } from "../../src/models/dilution";
import { referenceAtDefaults } from "../../src/models/defaults";
import { checksNeverFired, describeWithEngines, expectFiresAsListed, firingCaseOf, tamperInEveryEngine, type TamperResult } from "./tamper";

const d = firingCaseOf(dilution);

const CASES = [
  d("untampered (control)", {}, []),
  // calculated cells overwritten with a number: the block that recomputes them fires
  d("shares outstanding after overwritten", { PostShares: 5e8 }, ["CapTableCheck"]),
  d("shares outstanding before overwritten", { SharesOutstanding: 4e8 }, ["CapTableCheck"]),
  d("new shares overwritten", { NewShares: 1e6 }, ["CapTableCheck"]),
  d("investor's shares after overwritten", { InvestorSharesAfter: 5e7 }, ["CapTableCheck"]),
  d("cap table: other Class A after overwritten", { "CapOtherA.After": 3e8 }, ["CapTableCheck"]),
  d("votes of all holders after overwritten", { TotalVotesAfter: 1.6e9 }, ["VotesCheck"]),
  d("cap table: Class B votes before overwritten", { "VotesClassB.Before": 1e9 }, ["VotesCheck"]),
  d("investor's stake after overwritten", { InvestorStakeAfter: 0.5 }, ["StakeCheck"]),
  d("dilution overwritten", { Dilution: 0.1 }, ["StakeCheck"]),
  d("cap table: other Class A economic stake after overwritten", { "StakeOtherA.EconAfter": 0.5 }, ["StakeCheck"]),
  d("option shares overwritten", { OptionShares: 1e6 }, ["DilutedCheck"]),
  d("convert shares overwritten", { ConvertShares: 1e6 }, ["DilutedCheck"]),
  d("fully diluted shares after overwritten", { DilutedSharesAfter: 6e8 }, ["DilutedCheck"]),
  d("fully diluted stake overwritten", { InvestorStakeAfterDiluted: 0.2 }, ["DilutedCheck"]),
  d("value transfer overwritten", { ValueTransfer: 1e9 }, ["ValueCheck"]),
  d("post-money value overwritten", { PostMoneyValue: 4e10 }, ["ValueCheck"]),
  d("discount to market overwritten", { DiscountToMarket: 0.2 }, ["ValueCheck"]),
  d("sensitivity price axis overwritten", { "SensPrice.P1": 100 }, ["SensitivityCheck"]),
  d("sensitivity deal cell overwritten", { "SensPriceC0.C0": 0.5 }, ["SensitivityCheck"]),
  d("sensitivity grid cell overwritten with text", { "SensPriceM2.M2": "n/a" }, ["ErrorCheck"]),
  // bad inputs: the rule family's count fires
  d("negative RSUs", { Rsus: -1 }, ["NonNegativeCheck"]),
  d("negative check rounding", { CheckDecimals: -2 }, ["NonNegativeCheck"]),
  d("market price 0", { MarketPrice: 0 }, ["PositiveCheck", "ErrorCheck"]),
  d("negative conversion price", { ConversionPrice: -5 }, ["PositiveCheck"]),
  d("no votes at all", { VotesPerClassA: 0, VotesPerClassB: 0 }, ["PositiveCheck", "ErrorCheck"]),
  d("investor holds more than Class A", { InvestorSharesBefore: 400e6 }, ["InvestorSharesCheck", "HoldersCheck"]),
  d("negative sensitivity prices", { PriceStep: 50 }, ["SensitivityDomainCheck"]),
  d("negative sensitivity investments", { InvestmentStep: 2e9 }, ["SensitivityDomainCheck"]),
  d("text in a share count", { ClassBShares: "many" }, ["ErrorCheck"]),
  // review: the converts' price missing while principal is outstanding (a blank cell reads 0)
  d("conversion price 0 with principal outstanding", { ConversionPrice: 0 }, ["PositiveCheck", "ErrorCheck"]),
  d("conversion price blank (text) with principal outstanding", { ConversionPrice: "" }, ["ErrorCheck"]),
  d("negative Class A shares", { ClassAShares: -1 }, ["NonNegativeCheck", "HoldersCheck"]),
];

const at = (label: string): number => CASES.findIndex((c) => c.label === label);
const defaults = referenceAtDefaults(dilution);

describeWithEngines("dilution: tampered exports fire the checks in every engine", () => {
  let results: TamperResult[];

  beforeAll(async () => {
    results = await tamperInEveryEngine(CASES);
  }, 120_000);

  it.each(CASES.map((x, i) => [x.label, i] as const))("%s", (_label, i) => expectFiresAsListed(results[i], CASES[i]));

  it("measures a typed shares-after total by its gap to the holders' total", () => {
    // CapTableCheck's term |CapTotal.After - PostShares| = 522,935,779.8165... - 500,000,000, at 4 decimals
    for (const e of results[at("shares outstanding after overwritten")].engines) {
      expect(e.checks.CapTableCheck, e.engine).toBeCloseTo((defaults.PostShares as number) - 5e8, 4);
    }
  });

  it("counts the investor above Class A once, and the negative other holders in shares and votes", () => {
    // 400 M > 385 M: one broken rule; other Class A = 385 - 400 = -15 M shares before and after,
    // and -15 M votes before and after: four negative holder cells
    for (const e of results[at("investor holds more than Class A")].engines) {
      expect(e.checks.InvestorSharesCheck, e.engine).toBe(1);
      expect(e.checks.HoldersCheck, e.engine).toBe(4);
    }
  });

  it("counts each negative sensitivity price", () => {
    // step $50: 87.20 - 100 = -12.80 is the only price below 0 (87.20 - 50 = 37.20 is positive)
    for (const e of results[at("negative sensitivity prices")].engines) expect(e.checks.SensitivityDomainCheck, e.engine).toBe(1);
    // step $2 B: 2 B - 4 B = -2 B is the only investment below 0 (2 B - 2 B = 0 is allowed)
    for (const e of results[at("negative sensitivity investments")].engines) expect(e.checks.SensitivityDomainCheck, e.engine).toBe(1);
  });

  it("counts the grid cell holding text as one non-number", () => {
    for (const e of results[at("sensitivity grid cell overwritten with text")].engines) expect(e.checks.ErrorCheck, e.engine).toBe(1);
  });
});

it("shows every check of the sheet firing in at least one case", () => {
  expect(checksNeverFired(dilution, CASES)).toEqual([]);
});
