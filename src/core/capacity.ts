/**
 * GPU power profiles and the conversion between facility power and GPU counts.
 * Watts per GPU are "all-in" IT watts: system (server or rack) power divided by
 * the GPUs in it, CPUs, NICs, switches and fans included; facility power is IT
 * power x PUE. Source of every profile: docs/sources.md §Power per GPU. Profiles
 * are kept as exact fractions systemWatts / gpusPerSystem
 * (GB200 = 120,000 / 72, not 1,666.67), so 1 GW at PUE 1.2 gives exactly 500,000 GB200s.
 */
import { D, type Dec } from "./decimal";
import { checkDomains } from "./domain";
import { floorQuotient } from "./floorQuotient";
import { InputError } from "./inputError";

/** One GPU system: its power and how many GPUs share it. */
export interface GpuProfile {
  /** IT power of the whole system (server or rack), watts */
  systemWatts: number;
  /** GPUs (or GPU packages) in that system */
  gpusPerSystem: number;
  /** human-readable basis, e.g. "GB200 NVL72 rack: 120,000 W / 72" */
  label: string;
  /** where the number comes from */
  source: string;
  /** true when the power is a press estimate, not a vendor specification */
  estimate: boolean;
}

/** The built-in profiles, keyed by upper-case name. */
export const GPU_PROFILES: Readonly<Record<string, Readonly<GpuProfile>>> = Object.freeze({
  H100: { systemWatts: 10_200, gpusPerSystem: 8, label: "DGX H100: 10,200 W / 8 GPUs", source: "NVIDIA DGX H100 spec", estimate: false },
  H200: { systemWatts: 10_200, gpusPerSystem: 8, label: "DGX H200: 10,200 W / 8 GPUs", source: "NVIDIA spec; 700 W TGP (MLCommons system file)", estimate: false },
  B200: { systemWatts: 14_300, gpusPerSystem: 8, label: "DGX B200: 14,300 W / 8 GPUs", source: "NVIDIA DGX B200 spec", estimate: false },
  B300: { systemWatts: 14_500, gpusPerSystem: 8, label: "DGX B300: 14,500 W / 8 GPUs", source: "NVIDIA DGX B300 spec", estimate: false },
  GB200: { systemWatts: 120_000, gpusPerSystem: 72, label: "GB200 NVL72 rack: 120,000 W / 72 GPUs", source: "ServeTheHome, Tom's Hardware", estimate: false },
  GB300: { systemWatts: 132_000, gpusPerSystem: 72, label: "GB300 NVL72 rack, rated power-shelf capacity: 132,000 W / 72 GPUs", source: "Supermicro / introl", estimate: false },
  VR200: { systemWatts: 190_000, gpusPerSystem: 72, label: "Vera Rubin NVL144 rack: 190,000 W / 72 packages (estimate, low end of 190-230 kW press figures)", source: "press estimates (190-230 kW)", estimate: true },
});

/** Power per GPU as an exact fraction systemWatts / gpusPerSystem. */
export interface PowerPerGpu {
  /** watts of the whole system, > 0 */
  systemWatts: Dec;
  /** GPUs sharing them, > 0 */
  gpusPerSystem: Dec;
}

/** Watts per GPU, either a plain decimal or an exact fraction. */
export type WattsPerGpu = Dec | PowerPerGpu;

function isFraction(w: WattsPerGpu): w is PowerPerGpu {
  return (w as PowerPerGpu).systemWatts !== undefined;
}

/**
 * Looks a profile up by name, case-insensitive, surrounding spaces ignored.
 * @returns the profile, or undefined for an unknown name
 */
export function findProfile(name: string): Readonly<GpuProfile> | undefined {
  const key = name.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(GPU_PROFILES, key) ? GPU_PROFILES[key] : undefined;
}

/** The message for a gpu argument that is neither a profile name nor a number of watts. */
export const UNKNOWN_GPU_MESSAGE = `gpu must be a number of watts or one of ${Object.keys(GPU_PROFILES).join(", ")}`;

/**
 * Power per GPU as an exact fraction, from a profile name or a number of watts.
 * @param profileOrWatts profile name (case-insensitive: H100, H200, B200, B300,
 *        GB200, GB300, VR200) or all-in IT watts per GPU, > 0
 * @throws InputError("value") for an unknown profile or watts <= 0
 */
export function powerPerGpu(profileOrWatts: string | Dec): PowerPerGpu {
  if (typeof profileOrWatts === "string") {
    const p = findProfile(profileOrWatts);
    if (!p) throw new InputError("value", UNKNOWN_GPU_MESSAGE);
    return { systemWatts: new D(p.systemWatts), gpusPerSystem: new D(p.gpusPerSystem) };
  }
  checkDomains([["gpu", profileOrWatts, "positive"]]);
  return { systemWatts: profileOrWatts, gpusPerSystem: new D(1) };
}

/**
 * All-in IT watts per GPU, rounded to the 40 significant digits of D
 * (GB200: 120,000 / 72 = 1,666.666...). For exact counts use powerPerGpu.
 * @param profileOrWatts profile name (case-insensitive) or watts per GPU, > 0
 * @returns watts per GPU
 * @throws InputError("value") for an unknown profile or watts <= 0
 */
export function wattsPerGpu(profileOrWatts: string | Dec): Dec {
  const p = powerPerGpu(profileOrWatts);
  return p.systemWatts.div(p.gpusPerSystem);
}

function asFraction(w: WattsPerGpu): PowerPerGpu {
  if (isFraction(w)) {
    checkDomains([
      ["gpu", w.systemWatts, "positive"],
      ["gpu", w.gpusPerSystem, "positive"],
    ]);
    return w;
  }
  return powerPerGpu(w);
}

/** Watts in a gigawatt. */
const WATTS_PER_GW = new D(1e9);

/**
 * Whole GPUs that facility power supports, exact: floor(gw x 1e9 x n / (W x pue))
 * where watts per GPU = W / n, computed in integer arithmetic (floorQuotient), so
 * the count is exact whatever the number of digits of the inputs.
 * @param gigawatts   facility power, GW, >= 0
 * @param wattsPerGpu all-in IT watts per GPU, > 0 (a decimal or an exact fraction)
 * @param pue         power usage effectiveness, facility / IT power, > 0 (typically 1.05-1.6)
 * @returns a whole number of GPUs, >= 0
 * @throws InputError("value") when an argument leaves its domain
 */
export function gigawattsToGpus(gigawatts: Dec, wattsPerGpu: WattsPerGpu, pue: Dec): Dec {
  checkDomains([["gigawatts", gigawatts, "nonNegative"]]);
  const w = asFraction(wattsPerGpu);
  checkDomains([["pue", pue, "positive"]]);
  return floorQuotient([gigawatts, WATTS_PER_GW, w.gpusPerSystem], [w.systemWatts, pue]);
}

/**
 * Facility power that a number of GPUs draws.
 * @param gpus        number of GPUs, >= 0 (fractions allowed, e.g. averages)
 * @param wattsPerGpu all-in IT watts per GPU, > 0 (a decimal or an exact fraction)
 * @param pue         power usage effectiveness, > 0
 * @returns gpus x watts per GPU x pue / 1e9, gigawatts
 * @throws InputError("value") when an argument leaves its domain
 */
export function gpusToGigawatts(gpus: Dec, wattsPerGpu: WattsPerGpu, pue: Dec): Dec {
  checkDomains([["gpus", gpus, "nonNegative"]]);
  const w = asFraction(wattsPerGpu);
  checkDomains([["pue", pue, "positive"]]);
  return gpus.times(w.systemWatts).times(pue).div(w.gpusPerSystem.times(WATTS_PER_GW));
}
