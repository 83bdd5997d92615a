/**
 * Property: the capacity sheet's GPU formula,
 *   INT(ROUND(GW * WattsPerGigawatt * GpusPerSystem / (SystemWatts * PUE), GuardDigits)),
 * evaluated in IEEE doubles left to right as a spreadsheet does, counts exactly
 * the GPUs src/core counts in exact decimals (GW_TO_GPUS), for typed inputs:
 * gigawatts and PUE with up to three decimals, any built-in profile.
 * (The LibreOffice suite checks the same in a real engine, including inputs
 * where a plain floor of the double quotient is one GPU short.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, GPU_PROFILES, gigawattsToGpus } from "../../src/core";

const GUARD_DIGITS = 6; // the template's GuardDigits default

/** Spreadsheet ROUND to `digits` decimals (half away from zero) on a double. */
function sheetRound(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.sign(x) * Math.round(Math.abs(x) * f) / f;
}

describe("capacity GPU formula in double arithmetic", () => {
  it("equals the exact decimal count for typed inputs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }), // gigawatts in thousandths: 0..20 GW
        fc.integer({ min: 1_000, max: 2_000 }), // PUE in thousandths: 1.000..2.000
        fc.constantFrom(...Object.keys(GPU_PROFILES)),
        (gwMilli, pueMilli, name) => {
          const gw = gwMilli / 1000;
          const pue = pueMilli / 1000;
          const p = GPU_PROFILES[name];
          const sheet = Math.trunc(sheetRound(((gw * 1e9) * p.gpusPerSystem) / (p.systemWatts * pue), GUARD_DIGITS));
          const exact = gigawattsToGpus(new D(gw), { systemWatts: new D(p.systemWatts), gpusPerSystem: new D(p.gpusPerSystem) }, new D(pue));
          expect(sheet).toBe(exact.toNumber());
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
