/**
 * The JSDoc of src/functions/functions.ts becomes complete functions.json
 * metadata: run the same generator the webpack plugin runs, directly on the
 * source (the build test of the shell checks the built file too).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

interface Param { name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }
interface Fn { id: string; name: string; description: string; helpUrl: string; parameters: Param[]; result: { dimensionality?: string } }

let fns: Fn[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"), true);
  errors = r.errors;
  fns = r.metadataJson ? (JSON.parse(r.metadataJson) as { functions: Fn[] }).functions : [];
});

// [id, parameters as name:optional:dimensionality]; matrix = accepts a range and broadcasts
const EXPECTED: [string, string[]][] = [
  ["DEAL_STAKE", ["investment::matrix", "price_per_share::matrix", "shares_outstanding::matrix", "shares_held_before:opt:matrix", "measure:opt:scalar"]],
  ["DEBT_COVERAGE", ["cash_flow::matrix", "interest::matrix", "principal:opt:matrix", "capex:opt:matrix"]],
  ["NET_LEVERAGE", ["debt::matrix", "cash::matrix", "ebitda::matrix"]],
  ["GW_TO_GPUS", ["gigawatts::matrix", "gpu:opt:matrix", "pue:opt:matrix"]],
  ["GPUS_TO_GW", ["gpus::matrix", "gpu:opt:matrix", "pue:opt:matrix"]],
  ["GPU_WATTS", ["gpu::scalar"]],
  ["DEBT_SCHEDULE", ["principal::scalar", "annual_rate::scalar", "years::scalar", "amortization:opt:scalar", "start_year:opt:scalar"]],
];

describe("custom functions metadata", () => {
  it("generates without errors, exactly the seven ids", () => {
    expect(errors).toEqual([]);
    expect(fns.map((f) => f.id).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
  });
  it.each(EXPECTED)("%s: parameters, optional flags, dimensionality, descriptions, help URL", (id, params) => {
    const f = fns.find((x) => x.id === id)!;
    expect(f.name).toBe(id);
    expect(f.helpUrl).toBe(`https://localhost:3000/help/functions.html#${id.toLowerCase()}`);
    expect(f.description).toMatch(/Example: .*=AIF\./s);
    expect(f.result.dimensionality).toBe("matrix");
    expect(f.parameters.map((p) => `${p.name}:${p.optional ? "opt" : ""}:${p.dimensionality ?? "scalar"}`)).toEqual(params);
    for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(20);
    // every optional parameter states its default
    for (const p of f.parameters.filter((q) => q.optional)) expect(p.description).toMatch(/default/i);
  });
});
