/**
 * The pane's function reference comes from the registry: one entry per
 * registered function, in Excel's order, each with its "Insert example" formula,
 * which computes numbers when run as Excel passes arguments (no error value).
 */
import { describe, expect, it } from "vitest";
import { parseFunctionList } from "../../src/taskpane/functionList";
import { FUNCTION_DOCS, referenceEntries } from "../../src/taskpane/functionReference";
import { FUNCTIONS, evaluate, generatedMetadata } from "../support/functions";

describe("pane examples", () => {
  it("cover every registered function, with the syntax functions.json gives", async () => {
    const registered = parseFunctionList({ functions: (await generatedMetadata()).functions });
    const entries = referenceEntries(registered, "en");
    expect(entries.map((e) => e.name)).toEqual(FUNCTIONS.map((f) => `AIF.${f.id}`));
    for (const e of entries) expect(e.example, e.name).toBeDefined();
    expect(entries.find((e) => e.name === "AIF.GW_TO_GPUS")?.syntax).toBe("AIF.GW_TO_GPUS(gigawatts, [gpu], [pue])");
  });

  it.each(FUNCTION_DOCS.map((d) => [d.example]))("%s computes numbers", async (example) => {
    const result = await evaluate(example);
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) for (const cell of row) expect(typeof cell, JSON.stringify(cell)).toBe("number");
  });
});
