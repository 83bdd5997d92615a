/**
 * The capacity model's input sets for the two-engine recalculation suite
 * (recalc.test.ts, found by inputSets.ts through the file name): the defaults
 * first, then changed sets, extreme but legal ones included.
 */
import type { InputSet } from "./inputSets";

export const CAPACITY_SETS: InputSet[] = [
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
];

export default CAPACITY_SETS;
