import { describe, expect, it } from "vitest";
import { frenchFormula, frenchNumber, frenchSpaces } from "../../src/functions/frenchSyntax";
import { areaAddress, columnLetters, fallbackArea } from "../../src/taskpane/exampleTarget";
import { qualifiedAddress } from "../../src/taskpane/referenceView";
import { unbreakable } from "../../src/taskpane/typography";

describe("frenchFormula", () => {
  it.each([
    // names from src/functions/french.ts; "," between arguments -> ";"; 87.2 -> 87,2; quoted text untouched
    ['=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")', '=AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; 500000000; 24280000; "stake")'],
    ['=AIF.GW_TO_GPUS(2.01, "GB200", 1)', '=AIF.GIGAWATTS_EN_GPU(2,01; "GB200"; 1)'],
    ['=AIF.GPU_WATTS("a, b.5")', '=AIF.WATTS_PAR_GPU("a, b.5")'],
    ["=AIF.DCF(100, 0.1, 0.02, TRUE)", "=AIF.FLUX_ACTUALISES(100; 0,1; 0,02; VRAI)"],
    ["=AIF.UNKNOWN(1.5, 2)", "=AIF.UNKNOWN(1,5; 2)"],
  ])("%s -> %s", (en, fr) => {
    expect(frenchFormula(en)).toBe(fr);
  });
});

describe("frenchNumber", () => {
  it.each([
    ["0.0902898245614035", "0,0902898245614035"],
    ["22,935,779.8165138", "22\u00a0935\u00a0779,8165138"],
    ["-495", "-495"],
    ["2026", "2026"],
    ["1,250", "1\u00a0250"],
    ["#NUM!", "#NUM!"],
  ])("%s -> %s", (en, fr) => {
    expect(frenchNumber(en)).toBe(fr);
  });
});

describe("frenchSpaces", () => {
  it("glues : ; ? ! to the word before and « » to their content, and leaves error values alone", () => {
    expect(frenchSpaces("Erreurs : #VALEUR! pour x ; #NOM? sinon")).toBe("Erreurs\u202f: #VALEUR! pour x\u202f; #NOM? sinon");
    expect(frenchSpaces("« stake » ?")).toBe("«\u202fstake\u202f»\u202f?");
    expect(frenchSpaces("a:b 3 :x")).toBe("a:b 3 :x");
  });
});

describe("unbreakable", () => {
  it("keeps amounts with their unit and French punctuation with its word", () => {
    expect(unbreakable("Nvidia's $2 B at $87.20", "en")).toBe("Nvidia's $2\u00a0B at $87.20");
    expect(unbreakable("5 GW by 2030", "en")).toBe("5\u00a0GW by 2030");
    expect(unbreakable("Combien vaut CoreWeave ?", "fr")).toBe("Combien vaut CoreWeave\u202f?");
    expect(unbreakable("face aux 87,20 $ de Nvidia, 2 Md$ investis", "fr")).toBe("face aux 87,20\u00a0$ de Nvidia, 2\u00a0Md$ investis");
    expect(unbreakable("la feuille « Capacité » : 12 cellules", "fr")).toBe("la feuille «\u202fCapacité\u202f»\u202f: 12 cellules");
    // English colons stay as they are; a word starting with B after a number is not a unit
    expect(unbreakable("Note: 3 Bonds", "en")).toBe("Note: 3 Bonds");
  });
});

describe("example addresses", () => {
  it("names columns and areas as Excel does", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    expect(areaAddress({ sheet: "S", row: 6, col: 0, rows: 1, cols: 1 })).toBe("A7");
    expect(areaAddress({ sheet: "S", row: 6, col: 1, rows: 3, cols: 5 })).toBe("B7:F9");
    expect(qualifiedAddress({ sheet: "Capacity", row: 6, col: 0, rows: 1, cols: 1 })).toBe("Capacity!A7");
    expect(qualifiedAddress({ sheet: "Deal 'A'", row: 0, col: 0, rows: 1, cols: 1 })).toBe("'Deal ''A'''!A1");
  });

  it("offers the first row below the used range, in the active column, while the sheet has room", () => {
    expect(fallbackArea("S", 40, 2, 1, 1)).toEqual({ sheet: "S", row: 40, col: 2, rows: 1, cols: 1 });
    // a 5-column spill from column XFD moves left so that it ends on XFD (index 16383)
    expect(fallbackArea("S", 0, 16383, 3, 5)?.col).toBe(16379);
    // 1,048,576 rows: a 3-row spill needs rows up to index 1,048,575
    expect(fallbackArea("S", 1_048_573, 0, 3, 5)).toBeDefined();
    expect(fallbackArea("S", 1_048_574, 0, 3, 5)).toBeUndefined();
  });
});
