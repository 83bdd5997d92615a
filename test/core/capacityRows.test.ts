import { describe, expect, it } from "vitest";
import { capacityRows, D, InputError, powerPerGpu, type CapacityInput, type Dec } from "../../src/core";

const d = (x: number) => new D(x);
const nums = (xs: Dec[]) => xs.map((x) => x.toNumber());

/**
 * A small fleet worked by hand: 1,000 W per GPU at PUE 1.25 = 1,250 W, so 1 MW = 800 GPUs.
 * Year-end power 1, 2, 2, 1.5 MW after 0.5 MW at the opening date.
 */
const SMALL: CapacityInput = {
  firstYear: 2026,
  gigawatts: [0.001, 0.002, 0.002, 0.0015].map(d),
  gigawattsBefore: d(0.0005),
  power: { systemWatts: d(1000), gpusPerSystem: d(1) },
  pue: d(1.25),
  capexPerGpu: d(30_000),
  pricePerGpuHour: d(2),
  utilization: d(0.5),
  ebitdaMargin: d(0.5),
  hoursPerYear: d(8760),
  capexPerMW: d(10_000_000),
  gpuLife: 2,
  facilityLife: 4,
  openingDepreciation: d(1_000_000),
  openingDepreciationYears: 1,
  openingFleetAge: 1,
};

describe("capacityRows, hand-worked small fleet", () => {
  const r = capacityRows(SMALL);
  it.each([
    ["years", r.years, [2026, 2027, 2028, 2029], "2026 onwards"],
    ["gpus", nums(r.gpus), [800, 1600, 1600, 1200], "MW x 800"],
    ["gpusInService", nums(r.gpusInService), [600, 1200, 1600, 1400], "(400 + 800)/2, (800 + 1600)/2, ..."],
    ["revenue", nums(r.revenue), [5_256_000, 10_512_000, 14_016_000, 12_264_000], "in service x 8,760 h x $2 x 50 % = x 8,760"],
    ["ebitda", nums(r.ebitda), [2_628_000, 5_256_000, 7_008_000, 6_132_000], "revenue x 50 %"],
    ["gpusAdded", nums(r.gpusAdded), [400, 800, 0, 0], "max(0, change): the fall of 400 adds none"],
    ["facilityCapex", nums(r.facilityCapex), [5e6, 10e6, 0, 0], "0.5 MW x $10 M, 1 MW x $10 M, no build, a fall builds nothing"],
    ["gpuCapex", nums(r.gpuCapex), [12e6, 24e6, 0, 0], "added x $30,000"],
    ["replacedGpus", nums(r.replacedGpus), [400, 0, 800, 800],
      "life 2, age 1: the opening 400 in 2026 + 1 - 1 = 2026; 2028: added 400 + replaced 400 of 2026; 2029: added 800 of 2027"],
    ["replacementCapex", nums(r.replacementCapex), [12e6, 0, 24e6, 24e6], "replaced x $30,000"],
    ["capex", nums(r.capex), [29e6, 34e6, 24e6, 24e6], "5 + 12 + 12; 10 + 24 + 0; 0 + 0 + 24; 0 + 0 + 24 ($ M)"],
    ["maintenanceCapex", nums(r.maintenanceCapex), [9e6, 18e6, 24e6, 21e6], "in service x $30,000 / 2 years"],
    ["depreciation", nums(r.depreciation), [14.25e6, 27.75e6, 27.75e6, 27.75e6],
      "opening 1 (first year only) + GPU spend 24/yr over 2 years (12, 24, 24, 24) + facility 5, 10 over 4 (1.25, 3.75, 3.75, 3.75) ($ M)"],
  ])("%s = %j (%s)", (_name, got, expected) => {
    expect(got).toEqual(expected);
  });
  it("GpusBefore: 0.5 MW x 800 = 400", () => {
    expect(r.gpusBefore.toNumber()).toBe(400);
  });
});

describe("capacityRows, the opening fleet is replaced every GpuLife years", () => {
  it.each([
    // [life, age, expected indices where the opening 100 GPUs come back], derivation
    [3, 2, [0, 3, 6, 9], "first in FirstYear - 1 + 3 - 2 = FirstYear, then every 3 years through the recursion"],
    [6, 0, [5], "FirstYear - 1 + 6 = index 5; the next, index 11, is past a 10-year timeline"],
  ])("life %s, age %s: %j (%s)", (life, age, expected) => {
    const flat: CapacityInput = { ...SMALL, gigawatts: Array.from({ length: 10 }, () => d(0.000125)), gigawattsBefore: d(0.000125), gpuLife: life, openingFleetAge: age };
    const r = capacityRows(flat); // 0.125 MW = 100 GPUs, flat: nothing added, only replacements
    expect(nums(r.replacedGpus)).toEqual(r.years.map((_, i) => (expected.includes(i) ? 100 : 0)));
  });
});

describe("capacityRows, CoreWeave-like ramp", () => {
  it("GB200 at PUE 1.2: 1 GW is exactly 500,000 GPUs, so 5 GW in 2030 is 2,500,000", () => {
    const r = capacityRows({ ...SMALL, power: powerPerGpu("GB200"), pue: d(1.2), gigawatts: [1, 2, 3, 4, 5, 5].map(d), gigawattsBefore: d(0.5), gpuLife: 6, openingFleetAge: 2, facilityLife: 20 });
    expect(nums(r.gpus)).toEqual([500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 2_500_000]);
    // average fleet: (250k + 500k) / 2, then the mid-points of each year
    expect(nums(r.gpusInService)).toEqual([375_000, 750_000, 1_250_000, 1_750_000, 2_250_000, 2_500_000]);
    // the 250,000 opening GPUs (age 2, life 6) come back in 2026 - 1 + 6 - 2 = 2029, index 3
    expect(nums(r.replacedGpus)).toEqual([0, 0, 0, 250_000, 0, 0]);
  });
});

describe("capacityRows, bad inputs", () => {
  it.each([
    [{ pue: d(0.9) }, "PUE must be 1 or more"],
    [{ utilization: d(1.5) }, "Utilization must be from 0 to 1"],
    [{ ebitdaMargin: d(-0.1) }, "EbitdaMargin must be from 0 to 1"],
    [{ gigawatts: [d(1), d(-1)] }, "Gigawatts must be 0 or more"],
    [{ gigawatts: [] }, "timeline years must be a whole number from 1 to 100"],
    [{ gigawattsBefore: d(-1) }, "GigawattsBefore must be 0 or more"],
    [{ hoursPerYear: d(9000) }, "HoursPerYear must be at most 8784"],
    [{ hoursPerYear: d(0) }, "HoursPerYear must be greater than 0"],
    [{ capexPerGpu: d(-1) }, "CapexPerGpu must be 0 or more"],
    [{ gpuLife: 0 }, "GpuLife must be a whole number from 1 to 50"],
    [{ facilityLife: 2.5 }, "FacilityLife must be a whole number from 1 to 100"],
    [{ openingFleetAge: 2 }, "OpeningFleetAge must be a whole number from 0 to 1"],
    [{ openingDepreciationYears: -1 }, "OpeningDepreciationYears must be a whole number from 0 to 100"],
    [{ firstYear: 2026.5 }, "FirstYear must be a whole number from 1900 to 9999"],
  ] as [Partial<CapacityInput>, string][])("%j: %s", (patch, msg) => {
    expect(() => capacityRows({ ...SMALL, ...patch })).toThrowError(new InputError("value", msg));
  });
});
