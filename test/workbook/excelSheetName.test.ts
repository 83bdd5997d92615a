import { describe, expect, it } from "vitest";
import { sanitizeSheetName, uniqueSheetName } from "../../src/workbook/excelSheetName";

describe("sanitizeSheetName", () => {
  it.each([
    ["Dilution", "Dilution"],
    ["  Leverage  ", "Leverage"],
    // each of : \ / ? * [ ] becomes "-"
    ["a:b\\c/d?e*f[g]h", "a-b-c-d-e-f-g-h"],
    // 32 characters cut to 31
    ["abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnopqrstuvwxyz01234"],
    ["'quoted'", "quoted"],
    ["", "Model"],
    ["   ", "Model"],
    ["History", "Model"],
    ["hIsToRy", "Model"],
    ["tab\there", "tabhere"],
    // 30 letters then an emoji (2 UTF-16 units) would split the pair at 31: drop it whole
    [`${"x".repeat(30)}😀`, "x".repeat(30)],
  ])("%j -> %j", (wanted, want) => {
    expect(sanitizeSheetName(wanted)).toBe(want);
  });
});

describe("uniqueSheetName", () => {
  it.each([
    ["Dilution", [], "Dilution"],
    ["Dilution", ["Sheet1", "Dilution"], "Dilution (2)"],
    // case-insensitive clash, both with the base and the first suffix
    ["Dilution", ["dilution", "DILUTION (2)"], "Dilution (3)"],
    // 31-character base: " (2)" is 4 characters, so the base is cut to 27
    ["abcdefghijklmnopqrstuvwxyz01234", ["abcdefghijklmnopqrstuvwxyz01234"], "abcdefghijklmnopqrstuvwxyz0 (2)"],
    ["Leverage", ["Leverage", "Leverage (2)", "Leverage (3)"], "Leverage (4)"],
  ])("%j among %j -> %j", (wanted, existing, want) => {
    expect(uniqueSheetName(wanted, existing)).toBe(want);
  });
});
