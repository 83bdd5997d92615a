/**
 * The templates' core-based reference computations at the default inputs,
 * against values worked by hand from the facts in docs/sources.md.
 */
import { describe, expect, it } from "vitest";
import { getModel } from "../../src/models";
import { referenceAtDefaults } from "../../src/models/defaults";
import type { ModelTemplate, ReferenceValues } from "../../src/plan/template";

function atDefaults(id: string): ReferenceValues {
  return referenceAtDefaults(getModel(id) as ModelTemplate);
}
const series = (v: ReferenceValues, k: string): number[] => v[k] as number[];

describe("dilution at the defaults", () => {
  const v = atDefaults("dilution");
  it.each([
    // 2e9 / 87.20 = 22,935,779.8165...
    ["NewShares", 2e9 / 87.2],
    // 385 M + 115 M + new shares
    ["PostShares", 500e6 + 2e9 / 87.2],
    // 24.28 M / 500 M
    ["InvestorStakeBefore", 0.04856],
    // (24.28 M + 22.9358 M) / 522.9358 M = 47.2158 / 522.9358
    ["InvestorStakeAfter", 0.0902898245614035],
    // 24.28 M / (385 M x 1 + 115 M x 10) = 24.28 / 1,535
    ["VotingStakeBefore", 24.28 / 1535],
    // 47.2158 M / (407.9358 M + 1,150 M) = 47.2158 / 1,557.9358
    ["VotingStakeAfter", 0.0303066278008421],
    // 522.9358 M x 87.20 = 45.6 B (the price times 500 M plus the 2 B invested)
    ["PostMoneyValue", 45.6e9],
    // (92.98 - 87.20) / 92.98 = 5.78 / 92.98
    ["DiscountToMarket", 5.78 / 92.98],
  ])("%s = %d", (k, expected) => {
    expect(v[k] as number).toBeCloseTo(expected, 12);
  });
  it("centres the sensitivity grid on the deal", () => {
    expect(series(v, "StakeSensitivity")[12]).toBe(v.InvestorStakeAfter);
  });
});

describe("leverage at the defaults (base scenario), 2025", () => {
  const v = atDefaults("leverage");
  // First-year interest, $ B: opening balance x rate x first-year share.
  // Full year: DDTL 1.0 1.78 x 15 % = .267; DDTL 2.0 4.95 x 11 % = .5445; OEM 1.73 x 9.5 % = .16435.
  // Add-on 3.0 x 10.5 % x 1/4 = .07875; revolver .45 x 7 % x 3/4 = .023625; Magnetar .26 x 12 % x 3/4 = .0234;
  // other debt (18.81 - 18.17 = .64) x 10 % x 1/2 = .032  -> these seven sum to 1.133625.
  // In twelfths: 2030 notes 2.0 x 9.25 % x 7 = 1.295; 2031 notes 1.75 x 9 % x 5 = .7875;
  // convertible 2.25 x 1.75 % x 1 = .039375 -> 2.121875 / 12.
  const interest = 1.133625 + 2.121875 / 12; // 1.3104479166... B (was 1.799425 B with full years)
  it.each([
    ["InterestExpense", interest * 1e9],
    // straight-line: 1.78/4 + 4.95/5 + 3.0/6 + 1.73/4 = .445 + .99 + .5 + .4325
    ["PrincipalRepaid", 2.3675e9],
    // funding need 2.6 B + maturities refinanced 2.3675 B
    ["DebtDraws", 4.9675e9],
    // 18.81 + 4.9675 - 2.3675: the ~21.4 B reported at Dec 31 2025
    ["DebtClosing", 21.41e9],
    // 5.13 x 61 % = 3.1293 B; / interest
    ["InterestCoverage", 3.1293 / interest],
    // CFADS 3.1293 - 5.13 x 10 % = 2.6163; / (interest + 2.3675)
    ["DSCR", 2.6163 / (interest + 2.3675)],
    // cash 1.9 + 2.6163 - interest - 2.3675 + 4.9675 - 2.6 = 4.5163 - interest;
    // (21.41 - cash) / 3.1293 = (16.8937 + interest) / 3.1293
    ["NetLeverage", (16.8937 + interest) / 3.1293],
  ])("%s = %d", (k, expected) => {
    expect(series(v, k)[0] / expected).toBeCloseTo(1, 12);
  });
  it("shows the gap to the $1.21-1.25 B guidance (midpoint 1.23 B) without plugging it: 1.3104479 - 1.23 = +$80.4 M", () => {
    expect(v.InterestVsGuidance as number).toBeCloseTo((interest - 1.23) * 1e9, 3);
    expect(v.InterestGuidance2025).toBe(1.23e9);
  });
  it("charges full years after the first: 2026 interest = facilities' 2026 opening x rate + new debt x 9 %", () => {
    // 2026 openings after 2025 repayments: DDTL 1.0 1.335 x 15 % = .20025; DDTL 2.0 3.96 x 11 % = .4356;
    // add-on 2.5 x 10.5 % = .2625; OEM 1.2975 x 9.5 % = .1232625; bullets at full rate: .185 + .1575
    // + .0315 + .0312 + .039375 + .064 -> facilities 1.5301875; new debt 21.41 - (18.81 - 2.3675) = 4.9675
    // x 9 % = .447075 -> 1.9772625 B
    expect(series(v, "InterestExpense")[1] / 1.9772625e9).toBeCloseTo(1, 12);
  });
  it("repays the revolver (2027 bullet) in 2027: principal 2027 = 2.3675 B + 0.45 B", () => {
    expect(series(v, "PrincipalRepaid")[2] / 2.8175e9).toBeCloseTo(1, 12);
  });
});
