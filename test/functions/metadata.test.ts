/**
 * The JSDoc of every src/functions/<adapter>.ts becomes complete functions.json
 * metadata: the same generator the webpack plugin runs, on the source, for every
 * function of the registry (test/build.test.ts checks the built file too).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS, generatedMetadata, type MetadataFunction } from "../support/functions";

let fns: MetadataFunction[] = [];
let errors: string[] = [];

beforeAll(async () => {
  ({ functions: fns, errors } = await generatedMetadata());
});

describe("custom functions metadata", () => {
  it("generates without errors, exactly the registry's ids", () => {
    expect(errors).toEqual([]);
    expect(fns.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
  });

  it.each(FUNCTIONS.map((f) => [f.id]))("%s: name, help URL, example, descriptions, defaults, ranges", (id) => {
    const f = fns.find((x) => x.id === id)!;
    expect(f.name).toBe(id);
    expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
    expect(f.description).toMatch(/Example: .*=AIF\./s);
    expect(f.result.dimensionality).toBe("matrix");
    expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
    // optional parameters come last, as Excel requires
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    for (const p of f.parameters) {
      expect(p.description?.length ?? 0, p.name).toBeGreaterThan(20);
      // the prose says what the type says: "A cell or a range." exactly for matrix parameters
      expect(/A cell or a range\./.test(p.description ?? ""), `${id}.${p.name} is ${p.dimensionality ?? "scalar"}`).toBe(p.dimensionality === "matrix");
      if (p.optional) expect(p.description, `${id}.${p.name} states its default`).toMatch(/default/i);
    }
  });
});
