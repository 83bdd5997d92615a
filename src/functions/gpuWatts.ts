/**
 * GPU_WATTS: all-in IT watts per GPU of a profile (src/core/capacity.ts,
 * docs/sources.md §Power per GPU).
 */
import type { ArgSpec } from "./broadcast";
import { isError, readScalar } from "./broadcast";
import { readGpu, type GpuPower } from "./gpuArg";

/** The one argument of GPU_WATTS: required, no default profile. */
const GPU_WATTS_ARG: ArgSpec<GpuPower> = { name: "gpu", read: readGpu };

/**
 * All-in IT watts per GPU of a profile: system power / GPUs in it (CPUs, NICs,
 * switches and fans included). H100 and H200 10,200/8; B200 14,300/8; B300
 * 14,500/8; GB200 120,000/72; GB300 132,000/72; VR200 190,000/72 (an estimate
 * from press figures). Example: =AIF.GPU_WATTS("GB200") = 1666.67.
 * @customfunction GPU_WATTS
 * @helpurl https://localhost:3000/help/functions.html#gpu_watts
 * @param gpu Profile name (case-insensitive), or a number of watts, > 0, which is returned as is.
 * @returns Watts per GPU.
 */
export function gpuWatts(gpu: unknown): unknown[][] {
  const g = readScalar(gpu, GPU_WATTS_ARG);
  if (isError(g)) return [[g]];
  // One division of two exact integers (or of watts by 1): correctly rounded.
  return [[g.sys / g.n]];
}
