/**
 * DEBT_COVERAGE, NET_LEVERAGE and GPUS_TO_GW are within 1 ulp of the exact
 * decimal value (an 80-digit reference), whether a cell takes the scaled-integer
 * fast path (typed decimals) or the decimal.js fallback (any double).
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { GPU_PROFILES } from "../../src/core";
import { debtCoverage } from "../../src/functions/debtCoverage";
import { gpusToGw } from "../../src/functions/gpusToGw";
import { netLeverage } from "../../src/functions/netLeverage";
import { mixed, Ref, typed, withinUlp, type RefDec } from "./arbitraries";

const RUNS = 10_000;
const PROFILES = Object.keys(GPU_PROFILES);
type Cell = number | { code: string };
const first = (r: unknown[][]) => r[0]![0] as Cell;

/** A number within 1 ulp, or #NUM! only where the exact value overflows, or the expected error code. */
function ok(cell: Cell, exact: RefDec | string): boolean {
  if (typeof exact === "string") return typeof cell !== "number" && cell.code === exact;
  if (typeof cell !== "number") return cell.code === "#NUM!" && exact.abs().gte(Number.MAX_VALUE);
  return withinUlp(cell, exact);
}

const signed = (x: fc.Arbitrary<number>) => fc.tuple(x, fc.boolean()).map(([v, neg]) => (neg ? -v : v));

describe("1-ulp accuracy", () => {
  it("DEBT_COVERAGE", () => {
    fc.assert(
      fc.property(signed(mixed(1e7, 3)), mixed(1e6, 3), mixed(1e6, 3), mixed(1e6, 3), (cf, i, p, c) => {
        const den = new Ref(i).plus(p);
        const exact = den.isZero() ? "#DIV/0!" : new Ref(cf).minus(c).div(den);
        return ok(first(debtCoverage([[cf]], [[i]], [[p]], [[c]])), exact);
      }),
      { numRuns: RUNS },
    );
  });
  it("NET_LEVERAGE", () => {
    fc.assert(
      fc.property(mixed(1e7, 3), mixed(1e7, 3), signed(mixed(1e6, 3)), (debt, cash, e) => {
        const exact = e < 0 ? "#NUM!" : e === 0 ? "#DIV/0!" : new Ref(debt).minus(cash).div(e);
        return ok(first(netLeverage([[debt]], [[cash]], [[e]])), exact);
      }),
      { numRuns: RUNS },
    );
  });
  it("GPUS_TO_GW", () => {
    const gpu = fc.oneof(fc.constantFrom(...PROFILES), typed(3000, 2).filter((w) => w > 0));
    fc.assert(
      fc.property(mixed(1e8, 0), gpu, typed(300, 2).filter((p) => p > 0), (n, g, pue) => {
        const w = typeof g === "string" ? new Ref(GPU_PROFILES[g]!.systemWatts).div(GPU_PROFILES[g]!.gpusPerSystem) : new Ref(g);
        const exact = typeof g === "string"
          ? new Ref(n).times(GPU_PROFILES[g]!.systemWatts).times(pue).div(new Ref(GPU_PROFILES[g]!.gpusPerSystem).times(1e9))
          : new Ref(n).times(w).times(pue).div(1e9);
        return ok(first(gpusToGw([[n]], [[g]], [[pue]])), exact);
      }),
      { numRuns: RUNS },
    );
  });
});
