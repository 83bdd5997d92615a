/**
 * "Insert example", the status bar and focus, in the built pane in headless
 * Chromium with the fake Excel host (harness: ./browser.ts):
 * - the example never overwrites: an occupied active cell, or an occupied cell of
 *   a spilling example's area, is refused with a choice next to the button pressed
 *   (the first empty cell below the data, or cancel);
 * - the status stays in view wherever the pane is scrolled and moves nothing;
 * - the button pressed keeps the focus (busy buttons are aria-disabled, not disabled);
 * - in French the reference shows French names and French syntax, and the cell
 *   receives the English formula.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODELS } from "../../src/models";
import { layoutModel } from "../../src/workbook/layout";
import type { FakeExcelHost } from "../support/fakeExcel";
import { haveChromium, openPane, plain, requireChromium, sheets, startBrowser, statusAfter } from "./browser";
import type { Page } from "playwright-core";

requireChromium("test/e2e/insertExample.test.ts");

let browser: Awaited<ReturnType<typeof startBrowser>>;

/** Puts values into the fake workbook and selects a cell, as a user would have. */
async function prepare(page: Page, cells: Record<string, number | string>, selection: string): Promise<void> {
  await page.evaluate(
    ([c, sel]) => {
      const host = (window as unknown as { __aifHost: FakeExcelHost }).__aifHost;
      for (const [k, v] of Object.entries(c)) host.sheets[0].cells[k] = { value: v, format: {} };
      host.selection = { sheet: host.sheets[0].name, address: sel };
    },
    [cells, selection] as const,
  );
}

const exampleButton = (id: string) => `#aif-functions fluent-button[data-id="${id}"]`;

describe.skipIf(!haveChromium)("Insert example, status and focus", () => {
  beforeAll(async () => {
    browser = await startBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("refuses to overwrite the active cell and offers the first empty cell below the data, next to the button", async () => {
    const { page, errors } = await openPane(browser, {});
    // B2 holds a header; rows 2..6 are used (0-based 1..5), so the first row below the data is 7.
    await prepare(page, { "1,1": "Inputs: power and GPUs", "5,3": 42 }, "B2");
    const st = await statusAfter(page, () => page.click(exampleButton("DEAL_STAKE")), true);
    expect(st.kind).toBe("info");
    expect(plain(st.text)).toBe("Nothing was written: Sheet1!B2 is not empty and the example would overwrite it. Write it in B7, below the data, instead?");
    let sheet = (await sheets(page))[0];
    expect(sheet.cells["1,1"].value).toBe("Inputs: power and GPUs");
    expect(sheet.cells["6,1"]).toBeUndefined();
    // The choice sits right after the button pressed, in the same list item.
    const next = await page.$eval(exampleButton("DEAL_STAKE"), (b) => (b.nextElementSibling as HTMLElement | null)?.className ?? "");
    expect(next).toBe("aif-confirm");
    expect(await page.$$eval(".aif-confirm fluent-button", (bs) => bs.map((b) => b.textContent?.trim()))).toEqual(["Write in B7", "Cancel"]);
    // Accept: the English formula lands in B7 (0-based row 6, column 1), nothing else changes.
    const ok = await statusAfter(page, () => page.click('.aif-confirm fluent-button[data-action="write-at"]'));
    expect(ok.kind).toBe("ok");
    sheet = (await sheets(page))[0];
    expect(sheet.cells["6,1"].formula).toBe('=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")');
    expect(sheet.cells["1,1"].value).toBe("Inputs: power and GPUs");
    expect(await page.$$(".aif-confirm")).toHaveLength(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe("DEAL_STAKE");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a spilling example whose spill area is not empty, and cancels on request", async () => {
    const { page } = await openPane(browser, {});
    // DEBT_SCHEDULE spills 3 rows x 5 columns from the active cell A1: A1:E3. E3 (0-based 2,4) holds a value.
    await prepare(page, { "2,4": 7 }, "A1");
    const st = await statusAfter(page, () => page.click(exampleButton("DEBT_SCHEDULE")), true);
    expect(plain(st.text)).toBe("Nothing was written: Sheet1!A1:E3 is not empty and the example would overwrite it. Write it in A4, below the data, instead?");
    const cancelled = await statusAfter(page, () => page.click('.aif-confirm fluent-button[data-action="cancel"]'), true);
    expect(cancelled.text).toBe("Nothing was written.");
    const sheet = (await sheets(page))[0];
    expect(Object.keys(sheet.cells).filter((k) => sheet.cells[k].formula !== undefined)).toEqual([]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe("DEBT_SCHEDULE");
    // An empty area is written at once.
    await prepare(page, {}, "G10");
    const ok = await statusAfter(page, () => page.click(exampleButton("DEBT_SCHEDULE")));
    expect(ok.text).toBe('Wrote =AIF.DEBT_SCHEDULE(1000, 0.1, 3, "annuity", 2026) into Sheet1!G10.');
    await page.close();
  });

  it("after a model insert (its inputs selected), the example does not overwrite the model", async () => {
    const { page } = await openPane(browser, {});
    const model = MODELS[0];
    await statusAfter(page, () => page.click(`fluent-button[data-model="${model.id}"]`));
    const plan = layoutModel(model);
    const before = (await sheets(page)).find((s) => s.name === plan.sheetName)!;
    const st = await statusAfter(page, () => page.click(exampleButton("GW_TO_GPUS")), true);
    expect(st.text).toMatch(/^Nothing was written: .+ is not empty/);
    const after = (await sheets(page)).find((s) => s.name === plan.sheetName)!;
    expect(after.cells).toEqual(before.cells);
    await page.close();
  });

  it("keeps the status in view after scrolling, without moving the page, and focus on the button pressed", async () => {
    const { page } = await openPane(browser, {}, { width: 350, height: 600 });
    const last = exampleButton("VALUE_PER_SHARE");
    await page.focus(last);
    await page.$eval(last, (b) => b.scrollIntoView({ block: "center" }));
    const before = await page.$eval(last, (b) => b.getBoundingClientRect().top);
    // Watch the busy state while the insert runs: the button stays focused and is aria-disabled, never disabled.
    await page.evaluate((sel) => {
      const b = document.querySelector(sel) as HTMLElement;
      const seen: string[] = [];
      new MutationObserver(() => seen.push(`${b.getAttribute("aria-disabled")}|${b.hasAttribute("disabled")}|${document.activeElement === b}`)).observe(b, { attributes: true });
      (window as unknown as { __seen: string[] }).__seen = seen;
    }, last);
    const st = await statusAfter(page, () => page.keyboard.press("Enter"));
    expect(st.kind).toBe("ok");
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).toContain("true|false|true");
    expect(seen.every((s) => s.split("|")[1] === "false")).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe("VALUE_PER_SHARE");
    expect(await page.$eval(last, (b) => b.getAttribute("aria-disabled"))).toBe("false");
    // Nothing above moved, and the whole status is inside the viewport.
    expect(await page.$eval(last, (b) => b.getBoundingClientRect().top)).toBe(before);
    const box = await page.$eval("#aif-status", (s) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, vh: window.innerHeight };
    });
    expect(box.height).toBeGreaterThan(10);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);
    // The pane is scrolled far from the top, where the status used to be.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await page.close();
  });

  it("has a live region that exists while empty (not display:none)", async () => {
    const { page } = await openPane(browser, {});
    const region = await page.$eval("#aif-status", (s) => ({ text: s.textContent, display: getComputedStyle(s).display, role: s.getAttribute("role"), live: s.getAttribute("aria-live") }));
    expect(region).toEqual({ text: "", display: "block", role: "status", live: "polite" });
    await page.close();
  });

  it("in French, shows French names and French syntax, and writes the English formula", async () => {
    const { page } = await openPane(browser, { displayLanguage: "fr-FR" });
    const item = await page.$eval('#aif-functions li:has(fluent-button[data-id="DEAL_STAKE"])', (li) => ({
      name: li.querySelector("h3")?.textContent,
      codes: [...li.querySelectorAll("code")].map((c) => c.textContent),
    }));
    expect(item.name).toBe("AIF.PARTICIPATION_APRES_EMISSION");
    expect(item.codes[0]).toBe("AIF.PARTICIPATION_APRES_EMISSION(investissement; prix_par_action; actions_en_circulation; [actions_detenues_avant]; [mesure])");
    expect(item.codes[1]).toBe('=AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; 500000000; 24280000; "stake")');
    const names = await page.$$eval("#aif-functions li h3", (hs) => hs.map((h) => h.textContent ?? ""));
    expect(names).toContain("AIF.FLUX_ACTUALISES");
    expect(names.filter((n) => /^AIF\.(DEAL_STAKE|DCF|WACC)$/.test(n))).toEqual([]);
    const st = await statusAfter(page, () => page.click(exampleButton("DEAL_STAKE")));
    expect(plain(st.text)).toBe('Formule =AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; 500000000; 24280000; "stake") écrite en Sheet1!A1.');
    expect((await sheets(page))[0].cells["0,0"].formula).toBe('=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")');
    await page.close();
  });
});
