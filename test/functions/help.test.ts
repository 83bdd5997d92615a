/**
 * The @helpurl page, rendered from the registry and the generated metadata as
 * the build renders it: safe (strict CSP, no script, no inline style), one
 * section per function at its @helpurl fragment, every parameter and every
 * registry example shown (their values are checked in registry.test.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { escapeHtml, renderHelpPage } from "../../src/help/helpPage";
import { FUNCTIONS, generatedMetadata, type MetadataFunction } from "../support/functions";

let html = "";
let fns: MetadataFunction[] = [];

beforeAll(async () => {
  fns = (await generatedMetadata()).functions;
  html = renderHelpPage({ functions: fns });
});

describe("help page", () => {
  it("has a strict Content-Security-Policy and no script or inline style", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).toMatch(/<link rel="stylesheet" href="help.css">/);
  });

  it.each(FUNCTIONS.map((f) => [f.id, f] as const))("%s: a section at its @helpurl fragment with every parameter and example", (id, entry) => {
    const meta = fns.find((f) => f.id === id)!;
    const fragment = new URL(meta.helpUrl!).hash.slice(1);
    const section = new RegExp(`<section id="${fragment}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
    expect(section, `no section #${fragment}`).toContain(`AIF.${id}`);
    for (const p of meta.parameters) expect(section).toContain(`<code>${p.name}</code>`);
    for (const e of entry.examples) {
      expect(section).toContain(escapeHtml(e.formula));
      expect(section).toContain(`<samp>${escapeHtml(e.shows)}</samp>`);
    }
  });

  it("escapes text and refuses a registry that disagrees with functions.json", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(() => renderHelpPage({ functions: fns.slice(1) })).toThrow(/differ from src\/functions\/registry\.ts/);
  });
});
