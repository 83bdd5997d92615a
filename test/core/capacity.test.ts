import { describe, expect, it } from "vitest";
import { D, gigawattsToGpus, GPU_PROFILES, gpusToGigawatts, InputError, powerPerGpu, wattsPerGpu } from "../../src/core";

const d = (x: number) => new D(x);

describe("GPU profiles", () => {
  it("match the reference table exactly (system watts / GPUs)", () => {
    const table = Object.fromEntries(Object.entries(GPU_PROFILES).map(([k, p]) => [k, [p.systemWatts, p.gpusPerSystem, p.estimate]]));
    expect(table).toEqual({
      H100: [10200, 8, false], H200: [10200, 8, false], B200: [14300, 8, false], B300: [14500, 8, false],
      GB200: [120000, 72, false], GB300: [132000, 72, false], VR200: [190000, 72, true],
    });
  });
  it.each([
    ["h100", "1275"], ["B200", "1787.5"], ["b300", "1812.5"],
    ["GB200", "1666.666666666666666666666666666666666667"], // 120,000/72 to 40 digits
  ])("wattsPerGpu(%s) = %s", (name, w) => {
    expect(wattsPerGpu(name).toString()).toBe(w);
  });
  it("a number of watts passes through; unknown names and non-positive watts are #VALUE!", () => {
    expect(wattsPerGpu(d(1500)).toString()).toBe("1500");
    const msg = "gpu must be a number of watts or one of H100, H200, B200, B300, GB200, GB300, VR200";
    expect(() => wattsPerGpu("A100")).toThrowError(new InputError("value", msg));
    expect(() => wattsPerGpu(d(0))).toThrowError(new InputError("value", "gpu must be greater than 0"));
  });
});

describe("gigawattsToGpus", () => {
  it.each([
    // [gw, profile, pue, expected, derivation: floor(gw x 1e9 x n / (W x pue)), remainder check]
    [1, "GB200", 1.2, 500_000, "72e9 / (120,000 x 1.2 = 144,000) = 500,000 exactly"],
    [1, "H100", 1.2, 653_594, "8e9 / 12,240: 12,240 x 653,594 = 7,999,990,560, remainder 9,440 < 12,240"],
    [1, "H200", 1.15, 682_011, "8e9 / 11,730: 11,730 x 682,011 = 7,999,989,030, remainder 10,970"],
    [1, "B200", 1, 559_440, "8e9 / 14,300: x 559,440 = 7,999,992,000, remainder 8,000"],
    [1, "B300", 1, 551_724, "8e9 / 14,500: x 551,724 = 7,999,998,000, remainder 2,000"],
    [1, "GB300", 1.2, 454_545, "72e9 / 158,400: x 454,545 = 71,999,928,000, remainder 72,000"],
    [1, "VR200", 1.2, 315_789, "72e9 / 228,000: x 315,789 = 71,999,892,000, remainder 108,000"],
    [5, "GB200", 1.2, 2_500_000, "CoreWeave's 5 GW ambition: 5 x 500,000"],
    [0, "GB200", 1.2, 0, "no power, no GPUs"],
  ])("%s GW of %s at PUE %s = %s GPUs (%s)", (gw, gpu, pue, expected) => {
    expect(gigawattsToGpus(d(gw), powerPerGpu(gpu), d(pue)).toNumber()).toBe(expected);
  });
  it("a plain number of watts: 0.0003 GW of 1500 W GPUs at PUE 1 = floor(300,000/1,500) = 200", () => {
    expect(gigawattsToGpus(d(0.0003), d(1500), d(1)).toNumber()).toBe(200);
  });
  it("pue must be positive", () => {
    expect(() => gigawattsToGpus(d(1), d(1000), d(0))).toThrowError(new InputError("value", "pue must be greater than 0"));
  });
});

describe("gpusToGigawatts", () => {
  it("500,000 GB200 at PUE 1.2 draw exactly 1 GW: 500,000 x 120,000 x 1.2 / (72 x 1e9)", () => {
    expect(gpusToGigawatts(d(500_000), powerPerGpu("GB200"), d(1.2)).toString()).toBe("1");
  });
  it("1,000 H100 at PUE 1.5: 1,000 x 1,275 x 1.5 / 1e9 = 0.0019125 GW", () => {
    expect(gpusToGigawatts(d(1000), powerPerGpu("H100"), d(1.5)).toString()).toBe("0.0019125");
  });
  it("negative gpus are #VALUE!", () => {
    expect(() => gpusToGigawatts(d(-1), d(1000), d(1))).toThrowError(new InputError("value", "gpus must be 0 or more"));
  });
});
