import { describe, expect, it } from "vitest";
import type { Headline } from "../../src/plan/template";
import { FUNCTION_DOCS, referenceEntries } from "../../src/taskpane/functionReference";
import { headlineValue } from "../../src/taskpane/headlineText";
import { EN, FR, pickStrings } from "../../src/taskpane/strings";
import { themeFromBackground } from "../../src/taskpane/themeName";

/** Intl puts (narrow) no-break spaces in French numbers; compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ");

describe("pickStrings", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR", "fr"],
    ["fr", "fr"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["fry-NL", "en"],
    [undefined, "en"],
  ])("%s -> %s", (tag, lang) => {
    expect(pickStrings(tag).lang).toBe(lang);
  });

  it("French and English define the same strings", () => {
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
    expect(Object.keys(FR.feature).sort()).toEqual(Object.keys(EN.feature).sort());
  });
});

describe("themeFromBackground", () => {
  // Relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of linearised channels; dark below 0.2.
  // #FFFFFF: L = 1 -> light. #262626: 38/255 = 0.149 -> ((0.149 + 0.055) / 1.055)^2.4 = 0.019 -> dark.
  // #444444 (Office dark grey): 0.267 -> 0.059 -> dark. #808080: 0.502 -> 0.216 -> light (just above).
  // #E6E6E6 (Office colourful): 0.902 -> 0.791 -> light.
  it.each([
    ["#FFFFFF", "light"],
    ["#262626", "dark"],
    ["#444444", "dark"],
    ["#808080", "light"],
    ["E6E6E6", "light"],
    ["#000000", "dark"],
    [undefined, "light"],
    ["not a colour", "light"],
  ])("%s -> %s", (bg, theme) => {
    expect(themeFromBackground(bg)).toBe(theme);
  });
});

describe("headlineValue", () => {
  const h = (value: number, format: Headline["format"]): Headline => ({ key: "k", en: "x", fr: "x", value, format });
  it.each([
    // 0.0899... shown to one decimal place of a percent
    [h(0.08996, "percent"), "9.0%", "9,0 %"],
    // a (no-break) space before the unit, as the questions write "$18.8 B"
    [h(18.81e9, "usd"), "$18.8 B", "18,8 Md $US"],
    [h(22_935_780, "shares"), "22.9 M", "22,9 M"],
    [h(2_500_000, "count"), "2.5 M", "2,5 M"],
    [h(5.9678, "multiple"), "5.97x", "5,97x"],
    [h(5, "gw"), "5.00 GW", "5,00 GW"],
  ])("%j -> %s / %s", (headline, en, fr) => {
    expect(plain(headlineValue(headline, EN))).toBe(en);
    expect(plain(headlineValue(headline, FR))).toBe(fr);
  });
});

describe("referenceEntries", () => {
  it("follows the registered functions, adding examples and French text where known", () => {
    const registered = [
      { id: "GPU_WATTS", name: "AIF.WATTS_PAR_GPU", signature: "gpu", summary: "Watts." },
      { id: "NEW_ONE", name: "AIF.NEW_ONE", signature: "a; [b]", summary: "Something new." },
    ];
    const fr = referenceEntries(registered, "fr");
    expect(fr.map((e) => e.name)).toEqual(["AIF.WATTS_PAR_GPU", "AIF.NEW_ONE"]);
    // shown in French syntax, written in English
    expect(fr[0].example).toBe('=AIF.WATTS_PAR_GPU("GB200")');
    expect(fr[0].write).toEqual({ formula: '=AIF.GPU_WATTS("GB200")', size: { rows: 1, cols: 1 } });
    expect(fr[0].description).toMatch(/^Watts informatiques/);
    expect(fr[1]).toEqual({ id: "NEW_ONE", name: "AIF.NEW_ONE", syntax: "AIF.NEW_ONE(a; [b])", description: "Something new." });
  });

  it("shows French examples with ';' and a decimal comma, and sizes spilling examples by their spill", () => {
    const fr = referenceEntries([], "fr");
    const deal = fr.find((e) => e.id === "DEAL_STAKE")!;
    expect(deal.name).toBe("AIF.PARTICIPATION_APRES_EMISSION");
    expect(deal.example).toBe('=AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; 500000000; 24280000; "stake")');
    expect(deal.write?.formula).toBe('=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")');
    // DEBT_SCHEDULE's first example spills 3 years x 5 columns (year, opening, interest, repaid, closing)
    expect(fr.find((e) => e.id === "DEBT_SCHEDULE")?.write?.size).toEqual({ rows: 3, cols: 5 });
  });

  it("falls back to the whole table when functions.json is unavailable", () => {
    expect(referenceEntries([], "en").map((e) => e.name)).toEqual(FUNCTION_DOCS.map((d) => d.name));
  });

  it("every example calls its own function and starts with =", () => {
    for (const d of FUNCTION_DOCS) expect(d.example.startsWith(`=${d.name}(`), d.name).toBe(true);
  });
});

describe("strings", () => {
  it("never doubles a full stop after Excel's own message", () => {
    // Excel's message already ends with a full stop; the sentence around it adds none.
    const text = EN.insertFailed("Capacity", "The workbook is protected.", true, undefined);
    expect(text).toContain("The workbook is protected. Nothing was changed");
    expect(text).not.toMatch(/\.\./);
    expect(FR.insertFailed("Capacité", "Le classeur est protégé.", true, undefined)).not.toMatch(/\.\./);
    expect(EN.exampleFailed("Boom.")).toBe("Error: could not write the example. Excel said: Boom.");
  });

  it("names the model whose default figures failed, with the error's own words", () => {
    // The pane reports (rather than hides) a headline that throws: the title and the message, one full stop.
    expect(EN.headlinesFailed("Capacity", "bad input.")).toBe("Error: the figures of Capacity at the default inputs could not be computed: bad input.");
    expect(FR.headlinesFailed("Capacité", "entrée invalide")).toMatch(/^Erreur : .*Capacité.*entrée invalide\.$/);
  });

  it("says which Excel a model needs in words, not a requirement-set name", () => {
    expect(EN.cannotInsert).toContain("Excel 2016 or later");
    expect(EN.cannotInsert).not.toMatch(/ExcelApi/);
    expect(FR.cannotInsert).toContain("Excel 2016");
    expect(EN.requirementTooltip("ExcelApi 1.4")).toContain("ExcelApi 1.4");
  });

  it("French success messages do not agree a participle with a model title of unknown gender", () => {
    const r = { title: "Dilution", sheet: "Dilution", cells: 10, names: 2, charts: 0, ms: 5 };
    expect(FR.inserted(r)).toMatch(/^Insertion de Dilution terminée dans la feuille « Dilution »/);
  });
});
