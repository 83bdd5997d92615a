/**
 * The function registry (src/functions/registry.ts) and the JSDoc agree, and
 * every worked example in it (the help page's, the pane's "Insert example")
 * shows what the function returns, to the digits shown.
 */
import { describe, expect, it } from "vitest";
import { DECLARING_MODULES, FUNCTIONS, adapterOf, evaluate, generatedMetadata, showsAs } from "../support/functions";

describe("function registry", () => {
  it("lists exactly the functions the JSDoc registers, in the same order, each with its adapter", async () => {
    const { functions, errors } = await generatedMetadata();
    expect(errors).toEqual([]);
    expect(FUNCTIONS.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    for (const f of FUNCTIONS) expect(typeof adapterOf(f), f.id).toBe("function");
  });

  it("lists every module of src/functions that declares a @customfunction (none is left out of the build)", () => {
    expect(DECLARING_MODULES).toEqual(FUNCTIONS.map((f) => f.adapter).sort());
  });

  it("has one entry per id, with prose in both languages and examples calling their own function", () => {
    expect(new Set(FUNCTIONS.map((f) => f.id)).size).toBe(FUNCTIONS.length);
    for (const f of FUNCTIONS) {
      expect(f.summary.en.length, f.id).toBeGreaterThan(10);
      expect(f.summary.fr.length, f.id).toBeGreaterThan(10);
      expect(f.about.join(" ").length, f.id).toBeGreaterThan(20);
      for (const e of f.examples) expect(e.formula.startsWith(`=AIF.${f.id}(`), e.formula).toBe(true);
    }
  });

  const examples = FUNCTIONS.flatMap((f) => f.examples.map((e) => [e.formula, e] as const));
  it.each(examples)("%s shows what the function returns", async (formula, e) => {
    const result = await evaluate(formula);
    expect(showsAs(result[0]![0], e.shows), `${JSON.stringify(result[0]![0])} vs ${e.shows}`).toBe(true);
    if (e.spills) {
      expect(result.length).toBe(e.spills.length);
      e.spills.forEach((row, i) => {
        expect(result[i]!.length).toBe(row.length);
        row.forEach((shown, j) => expect(showsAs(result[i]![j], shown), `row ${i + 1}, column ${j + 1}: ${String(result[i]![j])} vs ${shown}`).toBe(true));
      });
    }
  });
});
