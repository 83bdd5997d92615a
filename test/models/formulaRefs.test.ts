/** The formula tokenizer and R1C1 rewriting behind the static checks, on hand-written formulas. */
import { describe, expect, it } from "vitest";
import { a1Range, columnIndex, toR1C1, tokenizeFormula } from "../../src/workbook/formulaRefs";

const kinds = (f: string): string[] => tokenizeFormula(f).map((t) => `${t.kind}:${t.text}`);

describe("tokenizeFormula", () => {
  it.each([
    ["=D44*$C$42", ["ref:D44", "op:*", "ref:$C$42"]],
    ["=SUM($D$14:E14)", ["function:SUM", "op:(", "ref:$D$14:E14", "op:)"]],
    ['=IF(D5<$C$9,"BREACH","ok")', ["function:IF", "op:(", "ref:D5", "op:<", "ref:$C$9", "op:,", 'string:"BREACH"', "op:,", 'string:"ok"', "op:)"]],
    ["=MATCH($C$10,$C$11:$E$11,FALSE)", ["function:MATCH", "op:(", "ref:$C$10", "op:,", "ref:$C$11:$E$11", "op:,", "bool:FALSE", "op:)"]],
    ["=D5*1.05+2E3", ["ref:D5", "op:*", "number:1.05", "op:+", "number:2E3"]],
    ["=Notes2030+OEM1", ["name:Notes2030", "op:+", "ref:OEM1"]], // OEM1 is a cell, as Excel reads it
    ['="a""b"&A1', ['string:"a""b"', "op:&", "ref:A1"]],
    ["=LOG10(A1)", ["function:LOG10", "op:(", "ref:A1", "op:)"]], // a function, though it looks like a cell
    ["=#N/A", ["error:#N/A"]],
  ])("%s", (formula, expected) => {
    expect(kinds(formula)).toEqual(expected);
  });
  it("rejects characters it does not know", () => expect(() => tokenizeFormula("=A1 ? B1")).toThrow(/cannot tokenize/));
});

describe("A1 helpers", () => {
  it.each([
    ["A", 0],
    ["Z", 25],
    ["AA", 26],
    ["XFD", 16383],
  ])("column %s is %d", (letters, index) => expect(columnIndex(letters)).toBe(index));
  it("reads ranges in either corner order", () => {
    expect(a1Range("$D$14:E15")).toEqual({ top: 13, left: 3, rows: 2, cols: 2 });
    expect(a1Range("E15:D14")).toEqual({ top: 13, left: 3, rows: 2, cols: 2 });
  });
});

describe("toR1C1", () => {
  it("gives copies of one formula along a row the same text", () => {
    // E44 = D44+D44*$C$41 and F44 = E44+E44*$C$41 are one formula copied right
    expect(toR1C1("=D44+D44*$C$41", 43, 4)).toBe(toR1C1("=E44+E44*$C$41", 43, 5));
    expect(toR1C1("=D44+D44*$C$41", 43, 4)).toBe("R[0]C[-1] + R[0]C[-1] * R41C3");
  });
  it("tells different formulas apart", () => {
    expect(toR1C1("=D44*$C$41", 43, 4)).not.toBe(toR1C1("=E44*$C$42", 43, 5));
    expect(toR1C1("=SUM($D$1:D1)", 0, 3)).toBe(toR1C1("=SUM($D$1:E1)", 0, 4)); // a growing to-date range
  });
});
