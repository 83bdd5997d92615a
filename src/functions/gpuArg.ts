/**
 * The gpu and pue arguments of GW_TO_GPUS, GPUS_TO_GW and GPU_WATTS: a profile
 * name or watts per GPU, read as an exact fraction; defaults cite
 * docs/sources.md §Power per GPU.
 */
import { findProfile, UNKNOWN_GPU_MESSAGE } from "../core";
import { numberReader, type ArgSpec } from "./broadcast";
import { makeError, type CellError } from "./cellError";
import { num } from "./args";

/** Power per GPU as the exact fraction systemWatts / gpusPerSystem (gpusPerSystem = 1 for plain watts). */
export interface GpuPower {
  readonly sys: number;
  readonly n: number;
}

/** Reads a gpu cell: a profile name (case-insensitive) or a positive number of watts. */
export function readGpu(cell: unknown, name: string): GpuPower | CellError {
  if (typeof cell === "string") {
    const p = findProfile(cell);
    return p ? { sys: p.systemWatts, n: p.gpusPerSystem } : makeError("#VALUE!", UNKNOWN_GPU_MESSAGE);
  }
  const w = numberReader("positive")(cell, name);
  return typeof w === "number" ? { sys: w, n: 1 } : w;
}

/** The default profile and PUE (GB200 NVL72; liquid-cooled AI builds run at 1.05-1.25). */
export const DEFAULT_GPU = "GB200";
export const DEFAULT_PUE = 1.2;

/** The optional gpu and pue arguments, with their defaults. */
export const GPU_ARG: ArgSpec<GpuPower> = { name: "gpu", read: readGpu, omitted: DEFAULT_GPU };
export const PUE_ARG = num("pue", "positive", DEFAULT_PUE);
