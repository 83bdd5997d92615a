/**
 * GPUS_TO_GW: facility power that GPUs draw (src/core/capacity.ts), with a
 * scaled-integer fast path for typed decimals.
 */
import { gpusToGigawatts } from "../core";
import { dec, mant, num } from "./args";
import { broadcast } from "./broadcast";
import { GPU_ARG, PUE_ARG, type GpuPower } from "./gpuArg";
import { decimalScale, mul, shift } from "./scaledInteger";

/** Argument domains of GPUS_TO_GW, in Excel's order. */
const GPUS_TO_GW_ARGS = [num("gpus", "nonNegative"), GPU_ARG, PUE_ARG] as const;

/** Gp·W·U / (n·10^(a+b+c+9)) for gpus = Gp/10^a, watts W/10^b per n GPUs, pue U/10^c. NaN = decimal.js. */
function gigawattsFast(gpus: number, g: GpuPower, pue: number): number {
  const a = decimalScale(gpus), b = decimalScale(g.sys), c = decimalScale(pue);
  if ((a | b | c) < 0) return NaN;
  return mul(mul(mant(gpus, a), mant(g.sys, b)), mant(pue, c)) / shift(g.n, a + b + c + 9);
}

/**
 * Facility power that GPUs draw, GW: gpus x watts_per_gpu x pue / 1e9.
 * Example: 500,000 GB200 GPUs at PUE 1.2: =AIF.GPUS_TO_GW(500000) = 1.
 * @customfunction GPUS_TO_GW
 * @helpurl https://localhost:3000/help/functions.html#gpus_to_gw
 * @param gpus Number of GPUs, >= 0. A cell or a range.
 * @param [gpu] Profile name (H100, H200, B200, B300, GB200, GB300, VR200; case-insensitive) or all-in IT watts per GPU, > 0. Default "GB200". A cell or a range.
 * @param [pue] Power usage effectiveness, facility / IT power, > 0. Default 1.2. A cell or a range.
 * @returns Facility power in gigawatts for each cell.
 */
export function gpusToGw(gpus: unknown[][], gpu?: unknown[][], pue?: unknown[][]): unknown[][] {
  const [s0, s1, s2] = GPUS_TO_GW_ARGS;
  return broadcast([[gpus, s0], [gpu, s1], [pue, s2]], (v) => {
    const [n, g, p] = v;
    const fast = gigawattsFast(n, g, p);
    if (fast === fast) return fast;
    return gpusToGigawatts(dec(n), { systemWatts: dec(g.sys), gpusPerSystem: dec(g.n) }, dec(p)).toNumber();
  });
}
