/**
 * The help pages as the build renders them (src/help/buildAssets.ts, the same
 * call webpack makes) from the generated metadata: English and French, each
 * function at its helpUrl fragment with the names and syntax of its language,
 * a version, links between the languages and to the sources page, wide content
 * in focusable labelled regions, French typography. The browser test
 * (test/e2e/accessibility.test.ts) checks the built pages with axe-core.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FRENCH } from "../../src/functions/french";
import { buildLocalisedAssets } from "../../src/help/buildAssets";
import { FUNCTIONS, generatedMetadata } from "../support/functions";

let assets: Record<string, string> = {};

beforeAll(async () => {
  const english = { functions: (await generatedMetadata()).functions };
  assets = buildLocalisedAssets(JSON.stringify(english), "9.8.7", "# Sources\n\n<b>not markup</b>\n");
});

/** The section of a page at a helpUrl fragment. */
const section = (html: string, id: string): string => new RegExp(`<section id="${id.toLowerCase()}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";

describe("help pages", () => {
  it("emit the French metadata, both pages and the sources page", () => {
    expect(Object.keys(assets).sort()).toEqual(["functions.fr.json", "help/functions.fr.html", "help/functions.html", "help/sources.html"]);
  });

  it.each(FUNCTIONS.map((f) => [f.id]))("%s: French section with French name, parameters and syntax at the same fragment", (id) => {
    const fr = FRENCH[id]!;
    const html = section(assets["help/functions.fr.html"]!, id);
    expect(html).toContain(`<code>AIF.${fr.name}</code>`);
    for (const p of Object.values(fr.parameters)) expect(html).toContain(`<code>${p.name}</code>`);
    const syntax = /<pre class="syntax"[^>]*>([^<]*)<\/pre>/.exec(html)?.[1] ?? "";
    expect(syntax.startsWith(`=AIF.${fr.name}(`)).toBe(true);
    expect(syntax).not.toContain(",");
    expect(section(assets["help/functions.html"]!, id)).toContain(`<code>AIF.${id}</code>`);
  });

  it("say their language and version, link to each other and to the sources, and stay static", () => {
    const en = assets["help/functions.html"]!;
    const fr = assets["help/functions.fr.html"]!;
    expect(en).toMatch(/<html lang="en">/);
    expect(fr).toMatch(/<html lang="fr">/);
    for (const page of [en, fr]) {
      expect(page).toContain("Version 9.8.7");
      expect(page).toContain('href="sources.html"');
      expect(page).not.toMatch(/<script|\sstyle=|<style|https?:\/\//i);
    }
    // every section links back to the list
    for (const page of [en, fr]) expect((page.match(/<a href="#contents">/g) ?? []).length).toBe(FUNCTIONS.length);
    expect(en).toContain('<nav id="contents"');
    expect(en).toContain('href="functions.fr.html"');
    expect(fr).toContain('href="functions.html"');
    // the sources page shows the Markdown as text, escaped
    expect(assets["help/sources.html"]).toContain("&lt;b&gt;not markup&lt;/b&gt;");
  });

  it("put every syntax block and table in a focusable, labelled region", () => {
    for (const page of [assets["help/functions.html"]!, assets["help/functions.fr.html"]!]) {
      const tables = (page.match(/<table/g) ?? []).length;
      const regions = [...page.matchAll(/<(div|pre) class="(scroll|syntax)"([^>]*)>/g)];
      expect(regions.length).toBe(tables + FUNCTIONS.length);
      for (const r of regions) expect(r[3]).toMatch(/tabindex="0" role="region" aria-label="[^"]+"/);
    }
  });

  it("French prose keeps : ; ? ! on the line of the word before (no plain space before them)", () => {
    const text = assets["help/functions.fr.html"]!.replace(/<(pre|code)[^>]*>[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, "");
    expect(text.match(/ [:;?!](\s|$)/g) ?? []).toEqual([]);
  });
});
