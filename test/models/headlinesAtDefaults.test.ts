import { describe, expect, it } from "vitest";
import { headlinesAtDefaults } from "../../src/models/headlinesAtDefaults";
import type { ModelTemplate } from "../../src/plan/template";

/** A template with no inputs whose reference gives the values of `ref` (what a model's core reference returns). */
const fake = (ref: Record<string, number | number[]>): ModelTemplate =>
  ({ id: "fake", sections: [], charts: [], reference: () => ref, headlines: () => [] }) as unknown as ModelTemplate;
const spec = (key: string) => ({ key, en: key, fr: key, format: "multiple" as const });

describe("headlinesAtDefaults", () => {
  it("takes each headline's value from the reference scalar of its key", () => {
    expect(headlinesAtDefaults(fake({ A: 2.5 }), [spec("A")])).toEqual([{ ...spec("A"), value: 2.5 }]);
  });

  it.each([
    ["missing", {}],
    ["a per-year row", { A: [1, 2] }],
    ["n.m. (NaN in a reference)", { A: Number.NaN }],
  ])("throws for a key whose reference value is %s", (_what, ref) => {
    expect(() => headlinesAtDefaults(fake(ref), [spec("A")])).toThrow(/fake headline A/);
  });
});
