/**
 * GW_TO_GPUS: whole GPUs that facility power supports (src/core/capacity.ts),
 * exact: a scaled-integer floor, or decimal.js.
 */
import { gigawattsToGpus } from "../core";
import { dec, mant, num } from "./args";
import { broadcast } from "./broadcast";
import { makeError, type CellError } from "./cellError";
import { GPU_ARG, PUE_ARG, type GpuPower } from "./gpuArg";
import { decimalScale, floorDiv, mul, shift } from "./scaledInteger";

/** Argument domains of GW_TO_GPUS, in Excel's order. */
const GW_TO_GPUS_ARGS = [num("gigawatts", "nonNegative"), GPU_ARG, PUE_ARG] as const;

/** Counts above 2^53 cannot all be held exactly in a double, so none is returned. */
const MAX_EXACT_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * floor(G·n·10^(9+b+c-a) / (W·U)) for gw = G/10^a, watts = W/10^b per n GPUs,
 * pue = U/10^c (a negative power of ten moves to the denominator). NaN = decimal.js.
 */
function gpusFast(gw: number, g: GpuPower, pue: number): number {
  const a = decimalScale(gw), b = decimalScale(g.sys), c = decimalScale(pue);
  if ((a | b | c) < 0) return NaN;
  const e = 9 + b + c - a;
  const A = e >= 0 ? shift(mul(mant(gw, a), g.n), e) : mul(mant(gw, a), g.n);
  const B = e >= 0 ? mul(mant(g.sys, b), mant(pue, c)) : shift(mul(mant(g.sys, b), mant(pue, c)), -e);
  return A === A && B === B ? floorDiv(A, B) : NaN;
}

/** Exact GPU count through decimal.js, or #NUM! above 2^53 - 1. */
function gpusExact(gw: number, g: GpuPower, pue: number): number | CellError {
  const count = gigawattsToGpus(dec(gw), { systemWatts: dec(g.sys), gpusPerSystem: dec(g.n) }, dec(pue));
  if (count.gt(MAX_EXACT_COUNT)) return makeError("#NUM!", "the number of GPUs is too large to return exactly");
  return count.toNumber();
}

/**
 * Whole GPUs that facility power supports: floor(gigawatts x 1e9 / (watts_per_gpu x pue)),
 * exact for the numbers as typed. Example: CoreWeave's 5 GW of AI factories filled
 * with GB200 NVL72 racks (120,000 W / 72 GPUs) at PUE 1.2: =AIF.GW_TO_GPUS(5) = 2,500,000.
 * @customfunction GW_TO_GPUS
 * @helpurl https://localhost:3000/help/functions.html#gw_to_gpus
 * @param gigawatts Facility power, GW, >= 0 (pass pue = 1 for IT power). A cell or a range.
 * @param [gpu] Profile name (H100, H200, B200, B300, GB200, GB300, VR200; case-insensitive) or all-in IT watts per GPU, > 0. Default "GB200". A cell or a range.
 * @param [pue] Power usage effectiveness, facility / IT power, > 0. Default 1.2. A cell or a range.
 * @returns Whole number of GPUs for each cell.
 */
export function gwToGpus(gigawatts: unknown[][], gpu?: unknown[][], pue?: unknown[][]): unknown[][] {
  const [s0, s1, s2] = GW_TO_GPUS_ARGS;
  return broadcast([[gigawatts, s0], [gpu, s1], [pue, s2]], (v) => {
    const [gw, g, p] = v;
    const fast = gpusFast(gw, g, p);
    return fast === fast ? fast : gpusExact(gw, g, p);
  });
}
