/**
 * Properties of the capacity and leverage rows over random inputs: the roll-forwards
 * the models' checks recompute must tie, and nothing but InputError escapes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityRows, D, InputError, leverageWaterfall, type Dec, type Facility } from "../../src/core";

const d = (x: number) => new D(x);
const money = fc.integer({ min: 0, max: 5_000 }).map(d);
const rate = fc.integer({ min: 0, max: 300 }).map((n) => d(n / 1000));
const sum = (xs: readonly Dec[]) => xs.reduce((s, x) => s.plus(x), d(0));
const close = (a: Dec, b: Dec) => a.minus(b).abs().lte(a.abs().plus(b.abs()).plus(1).times(1e-30));

const facility = fc.record({
  balance: money,
  rate,
  offset: fc.integer({ min: 0, max: 12 }),
  repayment: fc.constantFrom("bullet" as const, "straight" as const, "annuity" as const),
});

describe("leverageWaterfall properties", () => {
  it("cash never ends below MinCash, sources and uses tie each year, and debt rolls forward", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            ebitda: fc.array(fc.integer({ min: -2_000, max: 5_000 }).map(d), { minLength: n, maxLength: n }),
            capex: fc.array(money, { minLength: n, maxLength: n }),
            equity: fc.array(money, { minLength: n, maxLength: n }),
            facilities: fc.array(facility, { maxLength: 4 }),
            openingCash: money,
            minCash: money,
            newDebtRate: rate,
            drawTiming: fc.constantFrom(0, 0.5, 1).map(d),
            taxRate: rate,
          }),
        ),
        (a) => {
          const zeros = Array.from({ length: a.n }, () => d(0));
          const facilities: Facility[] = a.facilities.map((f, i) => ({ name: `F${i}`, balance: f.balance, rate: f.rate, maturity: 2026 + f.offset, repayment: f.repayment }));
          const r = leverageWaterfall({
            firstYear: 2026, ebitda: a.ebitda, capex: a.capex, maintenanceCapex: zeros, depreciation: zeros, equityRaised: a.equity,
            openingCash: a.openingCash, facilities, minCash: a.minCash, newDebtRate: a.newDebtRate, drawTiming: a.drawTiming, taxRate: a.taxRate,
            covenants: { minCoverage: d(1.5), maxLeverage: d(6), dscrCovenant: d(1.1) },
          });
          let prevCash = a.openingCash;
          for (let i = 0; i < a.n; i++) {
            // below the floor it draws up to MinCash exactly; at or above it, it keeps what it has
            expect(r.cash[i]!.gte(a.minCash)).toBe(true);
            expect(r.newDebtDraws[i]!.isZero() ? r.cash[i]!.eq(r.cashBeforeDraws[i]!) : r.cash[i]!.eq(a.minCash)).toBe(true);
            // uses and sources: change in cash = EBITDA - taxes - capex - interest expense - principal + equity + draws
            const change = a.ebitda[i]!.minus(r.cashTaxes[i]!).minus(a.capex[i]!).minus(r.interestExpense[i]!).minus(r.principalRepaid[i]!).plus(a.equity[i]!).plus(r.newDebtDraws[i]!);
            expect(close(r.cash[i]!.minus(prevCash), change)).toBe(true);
            if (i > 0) expect(close(r.debtOpening[i]!, r.debtClosing[i - 1]!)).toBe(true); // equal up to 40-digit rounding order
            prevCash = r.cash[i]!;
          }
          // closing debt = facilities still outstanding + every draw so far
          const outstanding = r.facilities.reduce((s, f) => s.plus(f.opening[a.n - 1]!).minus(f.repaid[a.n - 1]!), d(0));
          expect(close(r.debtClosing[a.n - 1]!, outstanding.plus(r.totalNewDebt))).toBe(true);
          expect(r.totalNewDebt.eq(sum(r.newDebtDraws))).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe("capacityRows properties", () => {
  it("depreciation of the capex spent is complete once every vintage has run its life", () => {
    // Spend stops after year k (power flat), replacements only recur every GpuLife years; with
    // no opening depreciation, total depreciation = total capex minus what is still undepreciated.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (steps, gpuLife, facilityLife) => {
          let gw = 0;
          const ramp = steps.map((s) => (gw += s) / 1e6); // MW steps as GW
          const tail = 20;
          const r = capacityRows({
            firstYear: 2026, gigawatts: [...ramp, ...Array(tail).fill(gw / 1e6)].map(d), gigawattsBefore: d(0),
            power: { systemWatts: d(1000), gpusPerSystem: d(1) }, pue: d(1.25), capexPerGpu: d(10), pricePerGpuHour: d(1),
            utilization: d(1), ebitdaMargin: d(0.5), hoursPerYear: d(8760), capexPerMW: d(1000), gpuLife, facilityLife,
            openingDepreciation: d(0), openingDepreciationYears: 0, openingFleetAge: 0,
          });
          const n = r.years.length;
          // facility capex stops after the ramp: its depreciation is complete when facilityLife <= tail
          const facilitySpent = sum(r.facilityCapex);
          const gpuSpent = sum(r.gpuCapex.map((c, i) => c.plus(r.replacementCapex[i]!)));
          // GPU spend in the last gpuLife - 1 years is not yet fully depreciated: (life - age) / life of it remains
          let gpuRemaining = d(0);
          for (let i = n - gpuLife + 1; i < n; i++) gpuRemaining = gpuRemaining.plus(r.gpuCapex[i]!.plus(r.replacementCapex[i]!).times(gpuLife - (n - i)).div(gpuLife));
          expect(close(sum(r.depreciation), facilitySpent.plus(gpuSpent).minus(gpuRemaining))).toBe(true);
          expect(r.gpus.every((g) => g.isInteger() && g.gte(0))).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe("no exception other than InputError from the model rows", () => {
  it("leverageWaterfall on arbitrary numbers", () => {
    const anyNum = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -5, max: 5 })).map(d);
    fc.assert(
      fc.property(fc.array(anyNum, { minLength: 12, maxLength: 12 }), fc.integer({ min: 2000, max: 2200 }), (x, maturity) => {
        try {
          leverageWaterfall({
            firstYear: 2026, ebitda: [x[0]!], capex: [x[1]!], maintenanceCapex: [x[2]!], depreciation: [x[3]!], equityRaised: [x[4]!], openingCash: x[5]!,
            facilities: [{ name: "A", balance: x[6]!, rate: x[7]!, maturity, repayment: "annuity" }],
            minCash: x[8]!, newDebtRate: x[9]!, drawTiming: x[10]!, taxRate: x[11]!, covenants: { minCoverage: d(1), maxLeverage: d(1), dscrCovenant: d(1) },
          });
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
