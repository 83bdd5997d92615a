import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME_LENGTH, uniqueSheetName } from "../../src/workbook/excelSheetName";

/** Excel's rules, stated independently of the implementation. */
function isValidSheetName(name: string): boolean {
  return (
    name.trim() !== "" &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history" &&
    // no lone high surrogate at the end
    !/[\ud800-\udbff]$/.test(name)
  );
}

const nameish = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("Dilution", "Leverage", "History", "'", "[x]", "a".repeat(31)), fc.string({ unit: "grapheme", maxLength: 40 }));

describe("uniqueSheetName properties", () => {
  it("always valid and never equal, ignoring case, to an existing name", () => {
    fc.assert(
      fc.property(nameish, fc.array(nameish, { maxLength: 8 }), (wanted, existing) => {
        const name = uniqueSheetName(wanted, existing);
        expect(isValidSheetName(name)).toBe(true);
        expect(existing.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it("repeated inserts of the same model give distinct names", () => {
    fc.assert(
      fc.property(nameish, fc.integer({ min: 1, max: 15 }), (wanted, times) => {
        const names: string[] = [];
        for (let i = 0; i < times; i++) names.push(uniqueSheetName(wanted, names));
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(times);
      }),
    );
  });
});
