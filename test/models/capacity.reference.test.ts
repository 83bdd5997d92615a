/**
 * capacity v2: the template's reference computation (src/core capacityRows fed
 * from the sheet's inputs) against tables worked by hand, at the defaults and at
 * one changed set, and a property that the closed forms the checks block uses
 * (whole lives left, vintages x years depreciated) agree with the year-by-year rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacity } from "../../src/models/capacity";
import { defaultInputs, readerOf, referenceAtDefaults } from "../../src/models/defaults";
import type { ReferenceValues } from "../../src/plan/template";

const series = (v: ReferenceValues, k: string): number[] => v[k] as number[];
const B = 1e9;

describe("capacity at the defaults (base, GB200 at PUE 1.2, FY2026-FY2035)", () => {
  const v = referenceAtDefaults(capacity);

  it("counts whole GPUs: 120,000 W / 72 x 1.2 = 2,000 W a GPU, so 1 GW is 500,000 GPUs", () => {
    // 0.85 GW -> 425,000 at Dec 31 2025; 1.7, 2.525, 3.35, 4.175, 5 GW, flat after 2030
    expect(v.GpusBefore).toBe(425_000);
    expect(series(v, "GPUs")).toEqual([850_000, 1_262_500, 1_675_000, 2_087_500, ...Array(6).fill(2_500_000)]);
    expect(v.GpusFinalYear).toBe(2_500_000);
  });

  it("earns on the average fleet: FY2026 (425,000 + 850,000) / 2 = 637,500 GPUs x 8,760 h x $2.80 x 80 % = $12.509 B", () => {
    expect(series(v, "GpusInService").slice(0, 5)).toEqual([637_500, 1_056_250, 1_468_750, 1_881_250, 2_293_750]);
    // 8,760 x 2.80 x 0.8 = $19,622.40 a GPU a year
    expect(series(v, "Revenue")[0]).toBeCloseTo(637_500 * 19_622.4, 3); // 12,509,280,000
    expect(series(v, "Revenue")[9]).toBeCloseTo(2_500_000 * 19_622.4, 3); // 49,056,000,000
    expect(v.RevenueFinalYear).toBe(series(v, "Revenue")[9]);
    // x 61 %
    expect(series(v, "EBITDA")[0]).toBeCloseTo(12_509_280_000 * 0.61, 3); // 7,630,660,800
  });

  it("prices capex by kind: FY2026 0.85 GW x 1,000 x $10 M + 425,000 x $50,000 = $8.5 B + $21.25 B", () => {
    expect(series(v, "FacilityCapex")).toEqual([8.5 * B, 8.25 * B, 8.25 * B, 8.25 * B, 8.25 * B, 0, 0, 0, 0, 0]);
    expect(series(v, "GpuCapex")).toEqual([21.25 * B, 20.625 * B, 20.625 * B, 20.625 * B, 20.625 * B, 0, 0, 0, 0, 0]);
  });

  it("replaces every vintage after 6 years, the opening fleet (aged 1) in 2025 - 1 + 6 = 2030", () => {
    // 2030: the 425,000 opening GPUs; 2032: the 2026 vintage; 2033-2035: 2027-2029's 412,500;
    // 2031: nothing was bought in 2025 inside the timeline (the opening fleet was replaced in 2030)
    expect(series(v, "ReplacedGpus")).toEqual([0, 0, 0, 0, 425_000, 0, 425_000, 412_500, 412_500, 412_500]);
    expect(series(v, "ReplacementCapex")[4]).toBe(21.25 * B);
    // capex 2030 = 8.25 + 20.625 + 21.25 = $50.125 B; over the timeline
    // 29.75 + 3 x 28.875 + 50.125 + 0 + 21.25 + 3 x 20.625 = $249.625 B
    expect(series(v, "Capex")[4]).toBe(50.125 * B);
    expect(v.TotalCapex).toBe(249.625 * B);
  });

  it("keeps maintenance capex out of capex: FY2026 637,500 x $50,000 / 6 = $5.3125 B", () => {
    expect(series(v, "MaintenanceCapex")[0]).toBeCloseTo(5.3125 * B, 3);
    expect(series(v, "Capex")[5]).toBe(0); // 2031: no cash capex, maintenance still $20.83 B
    expect(series(v, "MaintenanceCapex")[5]).toBeCloseTo((2_500_000 * 50_000) / 6, 3);
  });

  it("depreciates by vintage, full year in the year of spend", () => {
    // 2026: opening $2,521.9 M + 21.25 / 6 + 8.5 / 10 = 2.5219 + 3.541667 + 0.85
    expect(series(v, "Depreciation")[0]).toBeCloseTo(2.5219 * B + (21.25 * B) / 6 + 0.85 * B, 3);
    // 2030 (last opening year): GPU vintages 2026-2030 = 21.25 + 4 x 20.625 + 21.25 = 125 -> /6;
    // facility 8.5 + 4 x 8.25 = 41.5 -> /10
    expect(series(v, "Depreciation")[4]).toBeCloseTo(2.5219 * B + (125 * B) / 6 + 4.15 * B, 3);
    // 2031: opening fleet done; vintages 2026-2031 still sum to 125
    expect(series(v, "Depreciation")[5]).toBeCloseTo((125 * B) / 6 + 4.15 * B, 3);
  });
});

describe("capacity, bear, B200, GPU life 3, fleet aged 2, opening depreciation 1 year, 4 years", () => {
  const inputs = defaultInputs(capacity);
  for (const [k, x] of Object.entries({ Scenario: "bear", Profile: "B200", GpuLife: 3, OpeningFleetAge: 2, OpeningDepreciationYears: 1 })) inputs.set(k, x);
  const v = capacity.reference(readerOf(inputs), 4);

  it("counts B200s: 14,300 W / 8 x 1.2 = 2,145 W a GPU", () => {
    // 0.85e9 / 2,145 = 396,270.4; 1.7 -> 792,540.8; 2.525 -> 1,177,156.2; 3.35 -> 1,561,771.6; 4.175 -> 1,946,386.9
    expect(v.GpusBefore).toBe(396_270);
    expect(series(v, "GPUs")).toEqual([792_540, 1_177_156, 1_561_771, 1_946_386]);
    expect(series(v, "GpusAdded")).toEqual([396_270, 384_616, 384_615, 384_615]);
  });

  it("prices the bear case: $3.003 x 0.8 = $2.4024 an hour, 65 % utilization, 50 % margin", () => {
    expect(v.PricePerGpuHour).toBeCloseTo(2.4024, 12);
    // FY2026: (396,270 + 792,540) / 2 = 594,405 x 8,760 x 2.4024 x 0.65 = $8,131,023,868.968
    expect(series(v, "Revenue")[0]).toBeCloseTo(8_131_023_868.968, 2);
    expect(series(v, "EBITDA")[0]).toBeCloseTo(8_131_023_868.968 / 2, 2);
  });

  it("replaces the opening fleet in 2025 - 1 + 3 - 2 = 2026 and again three years later with the 2026 growth", () => {
    // 2029: bought in 2026 = 396,270 added + 396,270 replaced
    expect(series(v, "ReplacedGpus")).toEqual([396_270, 0, 0, 792_540]);
    // capex 2026 = 8.5 B + (396,270 + 396,270) x $53,625 = 8.5 + 42.4999575 = $50.9999575 B
    expect(series(v, "Capex")[0]).toBe(50_999_957_500);
    // 2029 = 8.25 B + (384,615 + 792,540) x 53,625 = 8.25 + 63.124936875
    expect(series(v, "Capex")[3]).toBe(71_374_936_875);
  });

  it("depreciates over 3 years: 2028 = (42.4999575 + 20.625033 + 20.6249794) B / 3 + facilities (8.5 + 8.25 + 8.25) B / 10", () => {
    // 2026 = 2.5219 B (one opening year) + 42,499,957,500 / 3 + 0.85 B = $17,538,552,500
    expect(series(v, "Depreciation")[0]).toBeCloseTo(17_538_552_500, 2);
    // 2028: GPU spend 2026-2028 = 42,499,957,500 + 384,616 x 53,625 (20,625,033,000)
    // + 384,615 x 53,625 (20,624,979,375) = 83,749,969,875; / 3 = 27,916,656,625;
    // + facility (8.5 + 8.25 + 8.25) B / 10 = 2.5 B -> 30,416,656,625 (no opening depreciation after 2026)
    expect(series(v, "Depreciation")[2]).toBeCloseTo(30_416_656_625, 2);
  });
});

/** Σ over vintages of spend x min(life, years left incl. its own) / life: the checks block's closed form. */
function depreciationOverTimeline(spend: number[], life: number): number {
  const n = spend.length;
  return spend.reduce((s, x, i) => s + (x * Math.min(life, n - i)) / life, 0);
}

describe("the checks' closed forms agree with the year-by-year rows", () => {
  it("for random legal power paths, lives and fleet ages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat({ max: 7 }),
        fc.integer({ min: 1, max: 12 }),
        (milliGw, life, rawAge, facilityLife) => {
          const years = milliGw.length;
          const age = rawAge % life;
          const inputs = defaultInputs(capacity);
          milliGw.forEach((m, i) => inputs.set(`Gigawatts#${i}`, m / 1000));
          for (const [k, x] of Object.entries({ GpuLife: life, OpeningFleetAge: age, FacilityLife: facilityLife })) inputs.set(k, x);
          const v = capacity.reference(readerOf(inputs), years);
          const added = series(v, "GpusAdded");
          const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
          // ReplacementCheck: Σ replaced = Σ added x floor(years after / life) + opening x floor((N + age) / life)
          const lives = added.map((_, i) => Math.floor((years - 1 - i) / life));
          const closed = sum(added.map((a, i) => a * lives[i])) + Math.floor((years + age) / life) * (v.GpusBefore as number);
          expect(sum(series(v, "ReplacedGpus"))).toBe(closed);
          // DepreciationCheck: the same total vintage by vintage
          const gpuSpend = series(v, "GpuCapex").map((x, i) => x + series(v, "ReplacementCapex")[i]);
          const total = Math.min(5, years) * 2.5219e9 + depreciationOverTimeline(gpuSpend, life) + depreciationOverTimeline(series(v, "FacilityCapex"), facilityLife);
          expect(Math.abs(sum(series(v, "Depreciation")) - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
          // capex is never negative, even where power falls
          for (const x of series(v, "Capex")) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
