/**
 * The built task pane in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core), against a fake Excel host injected by this test (harness:
 * ./browser.ts). Model inserts, errors, keyboard, French, requirement sets.
 * The example inserts, the status bar and focus are in insertExample.test.ts;
 * accessibility (axe-core) and the screenshots in accessibility.test.ts.
 *
 * Skips with a loud notice when Chromium is missing; fails instead under CI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { suitePaneModel } from "../../src/taskpane/suiteCard";
import { layoutModel } from "../../src/workbook/layout";
import { DEAL_SUITE } from "../../src/models/suite";
import { layoutSuite, suiteSheetNames } from "../../src/workbook/suiteLayout";
import type { FakeSheet } from "../support/fakeExcel";
import { diffSheetAgainstPlan } from "../support/fakeExcelDiff";
import type { FakeHostConfig } from "./fakeOfficeHost";
import { haveChromium, openPane as open, requireChromium, sheets, startBrowser, statusAfter } from "./browser";

requireChromium("test/e2e/taskpane.test.ts");

let browser: Awaited<ReturnType<typeof startBrowser>>;
let dist = "";
const openPane = (config: Partial<FakeHostConfig> | null, viewport?: { width: number; height: number }) => open(browser, config, viewport);

describe.skipIf(!haveChromium)("task pane in headless Chromium", () => {
  beforeAll(async () => {
    browser = await startBrowser();
    dist = browser.dist;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a card per model with 2-3 headlines, and inserts each model exactly as planned", async () => {
    const { page, errors } = await openPane({});
    const cards = await page.$$eval("#aif-models article", (as) => as.map((a) => ({ id: (a as HTMLElement).dataset.model, title: a.querySelector("h3")?.textContent, figures: a.querySelectorAll("dd").length })));
    // the deal workbook first, then each model
    expect(cards.map((c) => c.id)).toEqual([suitePaneModel().id, ...MODELS.map((m) => m.id)]);
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

  it("inserts the whole deal workbook from its card: every sheet as planned, links following the names used, and cleans up on a fault", async () => {
    const { page, errors } = await openPane({});
    const suite = suitePaneModel();
    const card = await page.$eval(`#aif-models article[data-model="${suite.id}"]`, (a) => [...a.querySelectorAll("dt")].map((d) => d.textContent ?? ""));
    expect(card.join(" | ")).toMatch(/Equity value|Value per share/);
    expect(card.join(" | ")).toContain("Peak debt");

    for (const existing of [["Sheet1"], ["Sheet1", ...suiteSheetNames(DEAL_SUITE).values()]]) {
      const names = suiteSheetNames(DEAL_SUITE, existing);
      const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${suite.id}"]`));
      expect(st.kind, st.text).toBe("ok");
      const got = await sheets(page);
      expect(got.map((s) => s.name)).toEqual([...existing, ...names.values()]);
      // the second copy's links read 'Capacity (2)', not the first copy's sheets
      for (const laid of layoutSuite(DEAL_SUITE, names)) expect(diffSheetAgainstPlan(got.find((s) => s.name === laid.plan.sheetName) as FakeSheet, laid.plan), laid.plan.sheetName).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();

    const failing = await openPane({ faults: { failAtCall: 200 } });
    const st = await statusAfter(failing.page, () => failing.page.click(`fluent-button[data-model="${suite.id}"]`));
    expect(st.kind).toBe("error");
    expect((await sheets(failing.page)).map((s) => s.name)).toEqual(["Sheet1"]);
    await failing.page.close();
  });

  it("reports an error from Excel in plain words and leaves no sheet behind", async () => {
    const { page } = await openPane({ faults: { protectedWorkbook: true } });
    const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[1].id}"]`));
    expect(st.kind).toBe("error");
    expect(st.text).toMatch(/^Error: could not insert /);
    expect(st.text).toContain("The workbook is protected. Nothing was changed");
    expect(st.text).not.toMatch(/\.\./);
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
    expect(st.text).toBe(`Wrote ${formula} into Sheet1!A1.`);
    await page.close();
  });

  it("speaks French when Office does, and follows the dark theme", async () => {
    const { page } = await openPane({ displayLanguage: "fr-FR", bodyBackgroundColor: "#262626" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.textContent("#aif-models-title")).toBe("Modèles");
    const labels = await page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.textContent?.trim()));
    expect(labels).toEqual([suitePaneModel(), ...MODELS].map(() => "Insérer"));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(31, 31, 31)");
    const st = await statusAfter(page, () => page.click(`fluent-button[data-model="${MODELS[0].id}"]`));
    expect(st.text).toMatch(/^Insertion de .+ terminée dans la feuille «\u202f.+\u202f»\u202f: [\d  ]+ cellules, \d+ noms/);
    await page.close();
  });

  it("checks requirement sets: disables with a reason below ExcelApi 1.4, leaves out what is missing above", async () => {
    const old = await openPane({ maxExcelApiMinor: 3 });
    const disabled = await old.page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.hasAttribute("disabled")));
    expect(disabled.every(Boolean)).toBe(true);
    // In words an analyst understands; the requirement set stays in the tooltip.
    const notes = await old.page.$$eval("#aif-models .aif-note", (ns) => ns.map((n) => ({ text: n.textContent ?? "", title: n.getAttribute("title") ?? "" })));
    for (const n of notes) {
      expect(n.text).toContain("needs Excel 2016 or later");
      expect(n.text).not.toContain("ExcelApi");
      expect(n.title).toContain("ExcelApi 1.4");
    }
    // "Insert example" needs the same set: disabled, with the reason written once above the list.
    const examples = await old.page.$$eval("#aif-functions fluent-button", (bs) => bs.map((b) => b.hasAttribute("disabled")));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.every(Boolean)).toBe(true);
    expect(await old.page.textContent("#aif-functions-note")).toContain("needs Excel 2016 or later");
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
    expect(st.text).not.toContain("ExcelApi");
    const sheet = (await sheets(mid.page)).find((s) => s.name === layoutModel(withChart!).sheetName);
    expect(sheet?.charts).toEqual([]);
    await mid.page.close();
  });

  it("outside Excel (real office.js, no host) says the page must be opened in Excel", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.baseUrl}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("aif-status")?.textContent ?? "") !== "", undefined, { timeout: 20_000 });
    expect(await page.textContent("#aif-status")).toContain("Open it from Excel");
    const disabled = await page.$$eval("#aif-models fluent-button", (bs) => bs.map((b) => b.hasAttribute("disabled")));
    expect(disabled.length).toBe(MODELS.length + 1); // the deal workbook card first, then one card per model
    expect(disabled.every(Boolean)).toBe(true);
    await page.close();
  });
});
