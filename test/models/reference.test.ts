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

