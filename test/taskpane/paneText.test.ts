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
    [h(18.81e9, "usd"), "$18.8B", "18,8 Md $US"],
    [h(22_935_780, "shares"), "22.9M", "22,9 M"],
    [h(2_500_000, "count"), "2.5M", "2,5 M"],
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
      { name: "AIF.GPU_WATTS", signature: "gpu", summary: "Watts." },
      { name: "AIF.NEW_ONE", signature: "a, [b]", summary: "Something new." },
    ];
    const fr = referenceEntries(registered, "fr");
    expect(fr.map((e) => e.name)).toEqual(["AIF.GPU_WATTS", "AIF.NEW_ONE"]);
    expect(fr[0].example).toBe('=AIF.GPU_WATTS("GB200")');
    expect(fr[0].description).toMatch(/^Watts informatiques/);
    expect(fr[1]).toEqual({ name: "AIF.NEW_ONE", syntax: "AIF.NEW_ONE(a, [b])", description: "Something new.", example: undefined });
  });

  it("falls back to the whole table when functions.json is unavailable", () => {
    expect(referenceEntries([], "en").map((e) => e.name)).toEqual(FUNCTION_DOCS.map((d) => d.name));
  });

  it("every example calls its own function and starts with =", () => {
    for (const d of FUNCTION_DOCS) expect(d.example.startsWith(`=${d.name}(`), d.name).toBe(true);
  });
});
