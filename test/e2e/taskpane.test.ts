/**
 * The built task pane in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core), against a fake Excel host injected by this test.
 *
 * - the shared production build and static server (test/support/prodBuild.ts, staticServer.ts);
 * - answers the Office CDN URL of office.js from node_modules/@microsoft/office-js/dist
 *   and refuses every other network request;
 * - injects test/e2e/fakeOfficeHost.ts (bundled with esbuild) as an init script.
 *
 * Skips with a loud notice when Chromium is missing; fails instead under CI.
 * `AIF_UPDATE_SCREENSHOTS=1 npx vitest run test/e2e` refreshes docs/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { layoutModel } from "../../src/workbook/layout";
import type { FakeExcelHost, FakeSheet } from "../support/fakeExcel";
import { diffSheetAgainstPlan } from "../support/fakeExcelDiff";
import type { FakeHostConfig } from "./fakeOfficeHost";
import { productionBuild } from "../support/prodBuild";
import { serveDirectory, type StaticServer } from "../support/staticServer";

const ROOT = resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
// Screenshots are taken on every run; they replace the committed ones in docs/ only on request
// (AIF_UPDATE_SCREENSHOTS=1), since the status line's timing differs from run to run.
const SHOTS = process.env.AIF_UPDATE_SCREENSHOTS ? join(ROOT, "docs/screenshots") : join(ROOT, ".tmp/screenshots");
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  const msg = `\n!!!!!!!!!!\n!! test/e2e/taskpane.test.ts: ${CHROMIUM} not found: the task pane browser tests are SKIPPED.\n!! Install Debian's chromium (apt-get install chromium) to run them.\n!!!!!!!!!!\n`;
  if (process.env.CI) throw new Error(`Chromium is required under CI: ${msg}`);
  console.warn(msg);
}

let dist = "";
let server: StaticServer | undefined;
let baseUrl = "";
let context: BrowserContext;
let fakeHostScript = "";
let userDataDir = "";

async function openPane(config: Partial<FakeHostConfig> | null, viewport = { width: 380, height: 1100 }): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  if (config !== null) {
    const full: FakeHostConfig = { displayLanguage: "en-US", bodyBackgroundColor: "#FFFFFF", maxExcelApiMinor: 17, ...config };
    await page.addInitScript(`window.__aifConfig = ${JSON.stringify(full)};`);
    await page.addInitScript(fakeHostScript);
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForSelector("#aif-models li fluent-button");
  await page.waitForSelector("#aif-functions li");
  return { page, errors };
}

async function sheets(page: Page): Promise<FakeSheet[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __aifHost: FakeExcelHost }).__aifHost.sheets)) as FakeSheet[]);
}

async function statusAfter(page: Page, action: () => Promise<void>): Promise<{ text: string; kind: string }> {
  const before = await page.evaluate(() => Number(document.getElementById("aif-status")?.dataset.seq ?? "0"));
  await action();
  await page.waitForFunction((seq) => {
    const s = document.getElementById("aif-status");
    return s !== null && Number(s.dataset.seq ?? "0") > seq && (s.dataset.kind === "ok" || s.dataset.kind === "error");
  }, before);
  return page.evaluate(() => {
    const s = document.getElementById("aif-status") as HTMLElement;
    return { text: s.textContent ?? "", kind: s.dataset.kind ?? "" };
  });
}

describe.skipIf(!haveChromium)("task pane in headless Chromium", () => {
  beforeAll(async () => {
    dist = (await productionBuild()).dir;
    const bundled = await build({ entryPoints: [join(__dirname, "fakeOfficeHost.ts")], bundle: true, write: false, format: "iife", target: "es2020", platform: "browser" });
    fakeHostScript = bundled.outputFiles[0].text;
    server = await serveDirectory(dist);
    baseUrl = server.origin;
    userDataDir = mkdtempSync(join(tmpdir(), "aif-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    // office.js from the Office CDN is answered from the npm package; nothing else leaves the machine.
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === baseUrl) return route.continue();
      if (url.host === "appsforoffice.microsoft.com" && url.pathname.startsWith("/lib/1/hosted/")) {
        const file = join(OFFICE_DIST, url.pathname.slice("/lib/1/hosted/".length));
        if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        return route.fulfill({ status: 404, body: "" });
      }
      return route.abort();
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it("shows a card per model with 2-3 headlines, and inserts each model exactly as planned", async () => {
    const { page, errors } = await openPane({});
    const cards = await page.$$eval("#aif-models article", (as) => as.map((a) => ({ id: (a as HTMLElement).dataset.model, title: a.querySelector("h3")?.textContent, figures: a.querySelectorAll("dd").length })));
    expect(cards.map((c) => c.id)).toEqual(MODELS.map((m) => m.id));
    for (const c of cards) expect(c.figures).toBeGreaterThanOrEqual(2);
    for (const c of cards) expect(c.figures).toBeLessThanOrEqual(3);

    for (const model of MODELS) {
      const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${model.id}"]`));
      expect(st.kind, st.text).toBe("ok");
      const plan = layoutModel(model);
      const sheet = (await sheets(page)).find((s) => s.name === plan.sheetName);
      expect(sheet, `sheet ${plan.sheetName}`).toBeDefined();
      expect(diffSheetAgainstPlan(sheet as FakeSheet, plan)).toEqual([]);
      // "Inserted <title> into sheet "<name>": <cells> cells, <names> names, ... in <ms> ms."
      const cellCount = plan.blocks.reduce((n, b) => n + b.cells.flat().filter((c) => c !== null && (c.formula !== undefined || c.value !== undefined)).length, 0);
      expect(st.text).toContain(`“${plan.sheetName}”`);
      expect(st.text).toContain(`${new Intl.NumberFormat("en-US").format(cellCount)} cells`);
      expect(st.text).toContain(`${plan.names.length} names`);
      expect(st.text).toMatch(/ in \d[\d,]* ms\.$/);
    }
    // The same model twice: two independent copies.
    const again = await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
    expect(again.text).toContain(`“${layoutModel(MODELS[0]).sheetName} (2)”`);
    const names = (await sheets(page)).map((s) => s.name);
    expect(names).toEqual(["Sheet1", ...MODELS.map((m) => layoutModel(m).sheetName), `${layoutModel(MODELS[0]).sheetName} (2)`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reports an error from Excel in plain words and leaves no sheet behind", async () => {
    const { page } = await openPane({ faults: { protectedWorkbook: true } });
    const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[1].id}"]`));
    expect(st.kind).toBe("error");
    expect(st.text).toMatch(/^Error: could not insert /);
    expect(st.text).toContain("The workbook is protected");
    expect(st.text).toContain("Nothing was changed");
    expect((await sheets(page)).map((s) => s.name)).toEqual(["Sheet1"]);
    // Buttons are usable again after the failure.
    expect(await page.$$eval("#aif-models fluent-button[disabled]", (b) => b.length)).toBe(0);

    const p2 = await openPane({ faults: { failAtCall: 40 } });
    const st2 = await statusAfter(p2.page, () => p2.page.click(`fluent-button[data-model="${MODELS[2].id}"]`));
    expect(st2.kind).toBe("error");
    expect(st2.text).toContain("Injected fault at call 40");
    expect((await sheets(p2.page)).map((s) => s.name)).toEqual(["Sheet1"]);
    // Excel.run itself failing (the host is unavailable): nothing was started, so nothing to delete.
    const p3 = await openPane({ runRejects: "The host is not responding." });
    const st3 = await statusAfter(p3.page, () => p3.page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
    expect(st3.kind).toBe("error");
    expect(st3.text).toContain("Excel said: The host is not responding.");
    expect(st3.text).toContain("Nothing was changed");
    await page.close();
    await p2.page.close();
    await p3.page.close();
  });

  it("is keyboard operable: Tab reaches the first Insert button, Enter inserts", async () => {
    const { page } = await openPane({});
    let focused = "";
    for (let i = 0; i < 40 && focused !== MODELS[0].id; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.model ?? "");
    }
    expect(focused).toBe(MODELS[0].id);
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(label).toMatch(/^Insert the .+ model as a new sheet$/);
    const st = await statusAfter(page, () => page.keyboard.press("Enter"));
    expect(st.kind).toBe("ok");
    expect((await sheets(page)).map((s) => s.name)).toContain(layoutModel(MODELS[0]).sheetName);
    await page.close();
  });

  it("inserts a function example into the active cell", async () => {
    const { page } = await openPane({});
    const examples = await page.$$eval("#aif-functions fluent-button", (bs) => bs.map((b) => (b as HTMLElement).dataset.function));
    // Every function Excel registers (functions.json) is listed, each with an example.
    const listed = await page.$$eval("#aif-functions li h3", (hs) => hs.map((h) => h.textContent));
    const registered = (JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: { name: string }[] }).functions.map((f) => `AIF.${f.name}`);
    expect(listed).toEqual(registered);
    expect(examples).toEqual(registered);
    // The syntax shown names the registered parameters, in order, optional ones in brackets.
    const meta = (JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: { name: string; parameters: { name: string; optional?: boolean }[] }[] }).functions;
    const syntaxes = await page.$$eval("#aif-functions li p:nth-of-type(2) code", (cs) => cs.map((c) => c.textContent ?? ""));
    meta.forEach((f, i) => {
      // `[gpu="GB200"]` -> `[gpu]`: defaults are shown to the reader, not part of the name
      const args = /\((.*)\)$/.exec(syntaxes[i])?.[1].split(",").map((a) => a.trim().replace(/=[^\]]*/, "")) ?? [];
      expect(args, f.name).toEqual(f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)));
    });
    const first = examples[0] as string;
    const formula = await page.$eval(`#aif-functions li:has(fluent-button[data-function="${first}"]) p:nth-of-type(3) code`, (c) => c.textContent ?? "");
    const st = await statusAfter(page, () => page.click(`fluent-button[data-function="${first}"]`));
    expect(st.kind, st.text).toBe("ok");
    const a1 = (await sheets(page)).find((s) => s.name === "Sheet1")?.cells["0,0"];
    expect(a1?.formula).toBe(formula);
    await page.close();
  });

  it("speaks French when Office does, and follows the dark theme", async () => {
    const { page } = await openPane({ displayLanguage: "fr-FR", bodyBackgroundColor: "#262626" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.textContent("#aif-models-title")).toBe("Modèles");
    const labels = await page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.textContent?.trim()));
    expect(labels).toEqual(MODELS.map(() => "Insérer"));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(31, 31, 31)");
    const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
    expect(st.text).toMatch(/inséré dans la feuille « .+ » : [\d  ]+ cellules, \d+ noms/);
    await page.close();
  });

  it("checks requirement sets: disables with a reason below ExcelApi 1.4, leaves out what is missing above", async () => {
    const old = await openPane({ maxExcelApiMinor: 3 });
    const disabled = await old.page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.hasAttribute("disabled")));
    expect(disabled.every(Boolean)).toBe(true);
    const notes = await old.page.$$eval("#aif-models .aif-note", (ns) => ns.map((n) => n.textContent ?? ""));
    for (const n of notes) expect(n).toContain("ExcelApi 1.4");
    await old.page.close();

    const mid = await openPane({ maxExcelApiMinor: 6 });
    const withChart = MODELS.find((m) => layoutModel(m).charts.length > 0);
    expect(withChart).toBeDefined();
    const id = (withChart as (typeof MODELS)[number]).id;
    const note = await mid.page.textContent(`#aif-model-${id}-note`);
    expect(note).toContain("charts");
    const st = await statusAfter(mid.page, () => mid.page.click(`fluent-button[data-model="${id}"]`));
    expect(st.kind).toBe("ok");
    expect(st.text).toContain("Left out because this version of Excel lacks them: ");
    const sheet = (await sheets(mid.page)).find((s) => s.name === layoutModel(withChart!).sheetName);
    expect(sheet?.charts).toEqual([]);
    await mid.page.close();
  });

  it("outside Excel (real office.js, no host) says the page must be opened in Excel", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("aif-status")?.textContent ?? "") !== "", undefined, { timeout: 20_000 });
    expect(await page.textContent("#aif-status")).toContain("Open it from Excel");
    const disabled = await page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.hasAttribute("disabled")));
    expect(disabled.length).toBe(MODELS.length);
    expect(disabled.every(Boolean)).toBe(true);
    await page.close();
  });

  it("takes screenshots: light and dark, English and French", async () => {
    for (const [lang, theme, bg] of [
      ["en", "light", "#FFFFFF"],
      ["en", "dark", "#262626"],
      ["fr", "light", "#FFFFFF"],
      ["fr", "dark", "#262626"],
    ] as const) {
      const { page } = await openPane({ displayLanguage: lang === "fr" ? "fr-FR" : "en-US", bodyBackgroundColor: bg }, { width: 360, height: 900 });
      await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
      const file = join(SHOTS, `taskpane-${lang}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});
