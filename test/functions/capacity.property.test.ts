import fc from "fast-check";
import { describe, it } from "vitest";
import { D, GPU_PROFILES, gigawattsToGpus, powerPerGpu } from "../../src/core";
import { gpusToGw } from "../../src/functions/gpusToGw";
import { gwToGpus } from "../../src/functions/gwToGpus";
import { mixed, typed } from "./arbitraries";

const RUNS = 10_000;
const PROFILES = Object.keys(GPU_PROFILES);
const cell = (r: unknown) => (r as unknown[][])[0]![0];
const gpu = fc.oneof(fc.constantFrom(...PROFILES), typed(3000, 2).filter((w) => w > 0));
const pue = fc.oneof(fc.constantFrom(1, 1.05, 1.1, 1.15, 1.2, 1.25, 1.58), typed(300, 2).filter((p) => p > 0));

/** Near-integer cases: gw = count x W x pue / 1e9 rounded to 6 decimals, then nudged by +-1e-6. */
const nearInteger = fc
  .tuple(fc.integer({ min: 1, max: 5e6 }), fc.constantFrom(...PROFILES), fc.constantFrom(1, 1.1, 1.15, 1.2, 1.3), fc.constantFrom(-1, 0, 1))
  .map(([count, name, p, nudge]) => {
    const prof = GPU_PROFILES[name]!;
    const gw = new D(count).times(prof.systemWatts).times(p).div(prof.gpusPerSystem).div(1e9).toDecimalPlaces(6).plus(nudge * 1e-6).toNumber();
    return { gw: Math.max(0, gw), gpu: name as string | number, pue: p };
  });

describe("GW_TO_GPUS / GPUS_TO_GW properties", () => {
  it("the count equals the exact decimal floor (fast path and fallback), including near-integer quotients", () => {
    const anyCase = fc.oneof(fc.record({ gw: mixed(20_000, 6), gpu, pue }), nearInteger);
    fc.assert(
      fc.property(anyCase, ({ gw, gpu: g, pue: p }) => {
        const r = cell(gwToGpus([[gw]], [[g]], [[p]]));
        const exact = gigawattsToGpus(new D(gw), powerPerGpu(typeof g === "number" ? new D(g) : g), new D(p));
        if (exact.gt(Number.MAX_SAFE_INTEGER)) return typeof r === "object" && (r as { code: string }).code === "#NUM!";
        return r === exact.toNumber() && Number.isInteger(r);
      }),
      { numRuns: RUNS },
    );
  });

  it("is monotone in gigawatts", () => {
    fc.assert(
      fc.property(mixed(20_000, 6), mixed(20_000, 6), gpu, pue, (a, b, g, p) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const r = gwToGpus([[lo], [hi]], [[g]], [[p]]) as unknown[][];
        const x = r[0]![0], y = r[1]![0];
        // beyond 2^53 both are #NUM!; otherwise numbers in order
        return typeof x !== "number" || typeof y !== "number" ? typeof y !== "number" : x <= y;
      }),
      { numRuns: RUNS },
    );
  });

  it("GPUS_TO_GW(GW_TO_GPUS(x)) <= x", () => {
    fc.assert(
      fc.property(fc.oneof(fc.record({ gw: mixed(20_000, 6), gpu, pue }), nearInteger), ({ gw, gpu: g, pue: p }) => {
        const n = cell(gwToGpus([[gw]], [[g]], [[p]]));
        if (typeof n !== "number") return true; // #NUM! above 2^53 GPUs
        const back = cell(gpusToGw([[n]], [[g]], [[p]]));
        return typeof back === "number" && back <= gw;
      }),
      { numRuns: RUNS },
    );
  });
});
