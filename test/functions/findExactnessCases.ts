/**
 * Search script (not a test): finds typed inputs where the plain-double formula
 * Math.floor(gw * 1e9 / (watts * pue)) differs from the exact decimal count.
 * Run: npx tsx test/functions/findExactnessCases.ts — its output was copied into
 * exactness.test.ts, with each case's derivation.
 */
import { D, GPU_PROFILES, gigawattsToGpus } from "../../src/core";

const pues = [1, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5, 1.58];
let found = 0, tried = 0;
const byProfile: Record<string, number> = {};
for (const [name, p] of Object.entries(GPU_PROFILES)) {
  for (const pue of pues) {
    for (let t = 1; t <= 2000; t++) {
      const gw = t / 100; // 0.01 .. 20 GW in steps of 0.01, as typed
      tried++;
      const naive = Math.floor((gw * 1e9) / ((p.systemWatts / p.gpusPerSystem) * pue));
      const exact = gigawattsToGpus(new D(gw), { systemWatts: new D(p.systemWatts), gpusPerSystem: new D(p.gpusPerSystem) }, new D(pue)).toNumber();
      if (naive !== exact) {
        found++;
        byProfile[name] = (byProfile[name] ?? 0) + 1;
        if (found <= 40 || name === "GB300" || name === "VR200") console.log(JSON.stringify({ gw, gpu: name, pue, naive, exact }));
      }
    }
  }
}
console.log(`${found} of ${tried} typed inputs floor to the wrong count in plain doubles`, byProfile);
