/**
 * Accessibility of the built pane and help pages in headless Chromium, and the
 * screenshots of docs/screenshots:
 * - axe-core (its own source injected into each page) with the WCAG 2.0 / 2.1
 *   A and AA rules: no violation on the pane (English and French, with a status
 *   and an open confirmation) and on both help pages, light and dark, at 350 and
 *   1,000 px wide;
 * - no horizontal cut-off at 350 px: the page itself never scrolls sideways,
 *   wide content scrolls inside focusable, labelled regions.
 *
 * `AIF_UPDATE_SCREENSHOTS=1 npx vitest run test/e2e/accessibility.test.ts`
 * refreshes docs/screenshots/ (otherwise they go to .tmp/screenshots).
 */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import type { FakeExcelHost } from "../support/fakeExcel";
import { BUILD_BASE_URL } from "../support/prodBuild";
import { ROOT, haveChromium, openPane, requireChromium, startBrowser, statusAfter } from "./browser";

requireChromium("test/e2e/accessibility.test.ts");

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SHOTS = process.env.AIF_UPDATE_SCREENSHOTS ? join(ROOT, "docs/screenshots") : join(ROOT, ".tmp/screenshots");
const WIDTHS = [350, 1000] as const;
const THEMES = [
  ["light", "#FFFFFF"],
  ["dark", "#262626"],
] as const;

let browser: Awaited<ReturnType<typeof startBrowser>>;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Per state: rules violated, passed and left for manual review ("incomplete"); printed with AIF_AXE_REPORT=1. */
const summary: string[] = [];

/** axe-core's violations for the page as it is now, one line each (rule, impact, first targets). */
async function axeViolations(page: Page, state = ""): Promise<string[]> {
  // Through the DevTools protocol: the pages' CSP forbids inline scripts but not the test's own evaluation.
  await page.evaluate(AXE);
  const r = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[]; incomplete: { id: string }[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return { violations: res.violations, passes: res.passes.length, incomplete: res.incomplete.map((i) => `${i.id} (${(i as unknown as AxeViolation).nodes.length} nodes: ${[...new Set((i as unknown as { nodes: { any: { message: string }[] }[] }).nodes.flatMap((n) => n.any.map((a) => a.message.replace(/#[0-9a-f]{6}|[\d.]+:1|[\d.]+pt|\([^)]*\)/g, "…"))))].join(" / ")})`) };
  }, TAGS);
  const violations = r.violations;
  if (state) summary.push(`${state}: ${violations.length} violations, ${r.passes} rules passed, incomplete: ${r.incomplete.join(", ") || "none"}`);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`).join("; ")}`);
}

/** Does the document scroll sideways (content cut off or a horizontal page scrollbar)? */
const pageOverflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every element that scrolls sideways must take keyboard focus and have a name. */
async function unfocusableScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 && /(auto|scroll)/.test(getComputedStyle(e).overflowX))
      .filter((e) => e.tabIndex < 0 || !(e.getAttribute("aria-label") ?? "").trim())
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
}

/** The labels of scroll regions whose content is wider than they are. */
function overflowingRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="region"]')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.getAttribute("aria-label") ?? ""),
  );
}

describe.skipIf(!haveChromium)("accessibility and screenshots", () => {
  beforeAll(async () => {
    browser = await startBrowser();
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    if (process.env.AIF_AXE_REPORT) console.log(`axe-core (${TAGS.join(", ")}):\n${summary.join("\n")}`);
  });

  for (const lang of ["en", "fr"] as const) {
    for (const [theme, bg] of THEMES) {
      it(`the pane (${lang}, ${theme}) has no axe violation at 350 and 1,000 px, with a status and an open confirmation`, async () => {
        for (const width of WIDTHS) {
          const { page } = await openPane(browser, { displayLanguage: lang === "fr" ? "fr-FR" : "en-US", bodyBackgroundColor: bg }, { width, height: 900 });
          expect(await axeViolations(page, `pane ${lang} ${theme} ${width}px`), `${lang} ${theme} ${width}px, fresh`).toEqual([]);
          await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
          // The model's inputs are selected: an example now opens the confirmation.
          await statusAfter(page, () => page.click('#aif-functions fluent-button[data-id="GW_TO_GPUS"]'), true);
          expect(await page.$$(".aif-confirm")).toHaveLength(1);
          expect(await axeViolations(page, `pane ${lang} ${theme} ${width}px with status and confirmation`), `${lang} ${theme} ${width}px, status and confirmation`).toEqual([]);
          expect(await pageOverflow(page), `${lang} ${theme} ${width}px`).toBeLessThanOrEqual(0);
          await page.close();
        }
      });
    }
  }

  for (const [lang, file] of [
    ["en", "functions.html"],
    ["fr", "functions.fr.html"],
  ] as const) {
    for (const [theme] of THEMES) {
      it(`the ${lang} help page (${theme}) has no axe violation and no cut-off at 350 and 1,000 px`, async () => {
        for (const width of WIDTHS) {
          const page = await browser.context.newPage();
          await page.emulateMedia({ colorScheme: theme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${browser.baseUrl}/help/${file}`);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          expect(await axeViolations(page, `help/${file} ${theme} ${width}px`), `${file} ${theme} ${width}px`).toEqual([]);
          expect(await pageOverflow(page), `${file} ${theme} ${width}px`).toBeLessThanOrEqual(0);
          expect(await unfocusableScrollers(page), `${file} ${theme} ${width}px`).toEqual([]);
          // Nothing is cut off: not even inside the scroll regions does anything need sideways scrolling.
          expect(await overflowingRegions(page), `${file} ${theme} ${width}px`).toEqual([]);
          await page.close();
        }
      });
    }
  }

  it("the checks can fail: the old dark heading colour (#0f6cbd on #121212, 3.48:1) and an unfocusable scroller are reported", async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${browser.baseUrl}/help/functions.html`);
    await page.evaluate(() => {
      const h = document.querySelector<HTMLElement>("h2 code")!;
      h.style.color = "#0f6cbd";
      const pre = document.querySelector<HTMLElement>("pre.syntax")!;
      pre.removeAttribute("tabindex");
      pre.style.whiteSpace = "pre";
      pre.textContent = "x".repeat(400);
    });
    const v = await axeViolations(page);
    expect(v.some((x) => x.startsWith("color-contrast"))).toBe(true);
    expect(await unfocusableScrollers(page)).toEqual(["pre.syntax"]);
    await page.close();
  });

  it("the build ships functions.fr.json: the English ids, French names, helpUrls on the French page of the build's base", () => {
    const read = (f: string) => (JSON.parse(readFileSync(join(browser.dist, f), "utf8")) as { functions: { id: string; name: string; helpUrl: string }[] }).functions;
    const en = read("functions.json");
    const fr = read("functions.fr.json");
    expect(fr.map((f) => f.id)).toEqual(en.map((f) => f.id));
    for (const [i, f] of fr.entries()) {
      expect(f.name).not.toBe(en[i]!.name);
      expect(f.helpUrl).toBe(`${BUILD_BASE_URL}/help/functions.fr.html#${f.id.toLowerCase()}`);
    }
  });

  it("the help pages link to each other and to the sources page, which loads", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.baseUrl}/help/functions.html`);
    expect(await page.textContent("header .meta")).toMatch(/^Version \d+\.\d+\.\d+ · /);
    await page.click('a[href="functions.fr.html"]');
    expect(await page.evaluate(() => document.title)).toContain("référence des fonctions AIF");
    expect(await page.textContent("h2 code >> nth=0")).toBe("AIF.PARTICIPATION_APRES_EMISSION");
    await page.click('header a[href="sources.html"]');
    expect(await page.textContent("h1")).toBe("Sources");
    expect(await page.textContent("pre.source")).toContain("# ");
    await page.close();
  });

  it("takes screenshots: English and French, light and dark, and one after an example insert with its status", async () => {
    for (const lang of ["en", "fr"] as const) {
      for (const [theme, bg] of THEMES) {
        const { page } = await openPane(browser, { displayLanguage: lang === "fr" ? "fr-FR" : "en-US", bodyBackgroundColor: bg }, { width: 360, height: 900 });
        await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
        const file = join(SHOTS, `taskpane-${lang}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        expect(statSync(file).size).toBeGreaterThan(10_000);
        await page.close();
      }
    }
    // Scrolled down to the reference: the status of the example insert is in view at the bottom.
    const { page } = await openPane(browser, {}, { width: 360, height: 900 });
    await page.evaluate(() => {
      const host = (window as unknown as { __aifHost: FakeExcelHost }).__aifHost;
      host.selection = { sheet: host.sheets[0].name, address: "B3" };
    });
    await page.$eval('#aif-functions fluent-button[data-id="DEBT_SCHEDULE"]', (b) => b.scrollIntoView({ block: "center" }));
    await statusAfter(page, () => page.click('#aif-functions fluent-button[data-id="DEBT_SCHEDULE"]'));
    const file = join(SHOTS, "taskpane-en-light-example-inserted.png");
    await page.screenshot({ path: file, fullPage: false });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
