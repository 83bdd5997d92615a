/**
 * The README's function examples show what the functions return, to the digits
 * shown, and the README names every registered function.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTIONS, evaluate, showsAs } from "../support/functions";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
// Table rows "| `=AIF.NAME(args)` | 1,234.5 (note) |": the result cell is a number, alone or before a note in brackets.
const rows = [...readme.matchAll(/^\| `(=AIF\.\w+\(.*\))` \| (-?[\d,.]+)(?= *[(|])/gm)].map((m) => [m[1]!, m[2]!] as const);

describe("README function examples", () => {
  it("names every registered function and shows worked examples", () => {
    for (const f of FUNCTIONS) expect(readme, f.id).toContain(`AIF.${f.id}`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
  });
  it.each(rows)("%s = %s", async (formula, shown) => {
    const v = (await evaluate(formula))[0]![0];
    expect(showsAs(v, shown), `${JSON.stringify(v)} vs ${shown}`).toBe(true);
  });
});
