/**
 * The browser harness of the end-to-end tests (not a test file): the shared
 * production build (test/support/prodBuild.ts) served by test/support/staticServer.ts,
 * Debian's /usr/bin/chromium driven by playwright-core, office.js answered from
 * node_modules/@microsoft/office-js/dist for its Office CDN URL, every other
 * request refused, and the fake Excel host (./fakeOfficeHost.ts, bundled with
 * esbuild) injected as an init script.
 *
 * Chromium missing: `haveChromium` is false and a loud notice is printed; under CI
 * that is an error instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import type { FakeExcelHost, FakeSheet } from "../support/fakeExcel";
import { productionBuild } from "../support/prodBuild";
import { serveDirectory, type StaticServer } from "../support/staticServer";
import type { FakeHostConfig } from "./fakeOfficeHost";

export const ROOT = resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
export const haveChromium = existsSync(CHROMIUM);

/** Warn (or, under CI, fail) when Chromium is missing; call at the top of each browser test file. */
export function requireChromium(file: string): void {
  if (haveChromium) return;
  const msg = `\n!!!!!!!!!!\n!! ${file}: ${CHROMIUM} not found: the task pane browser tests are SKIPPED.\n!! Install Debian's chromium (apt-get install chromium) to run them.\n!!!!!!!!!!\n`;
  if (process.env.CI) throw new Error(`Chromium is required under CI: ${msg}`);
  console.warn(msg);
}

export interface Browser {
  dist: string;
  baseUrl: string;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Builds (or reuses) the production build, serves it and starts Chromium. */
export async function startBrowser(): Promise<Browser & { fakeHostScript: string }> {
  const dist = (await productionBuild()).dir;
  const bundled = await build({ entryPoints: [join(__dirname, "fakeOfficeHost.ts")], bundle: true, write: false, format: "iife", target: "es2020", platform: "browser" });
  const server: StaticServer = await serveDirectory(dist);
  const userDataDir = mkdtempSync(join(tmpdir(), "aif-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  // office.js from the Office CDN is answered from the npm package; nothing else leaves the machine.
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin) return route.continue();
    if (url.host === "appsforoffice.microsoft.com" && url.pathname.startsWith("/lib/1/hosted/")) {
      const file = join(OFFICE_DIST, url.pathname.slice("/lib/1/hosted/".length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort();
  });
  return {
    dist,
    baseUrl: server.origin,
    context,
    fakeHostScript: bundled.outputFiles[0].text,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the pane with the fake host (`config`), or with no host at all (`null`). */
export async function openPane(b: Browser & { fakeHostScript: string }, config: Partial<FakeHostConfig> | null, viewport = { width: 380, height: 1100 }): Promise<{ page: Page; errors: string[] }> {
  const page = await b.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  if (config !== null) {
    const full: FakeHostConfig = { displayLanguage: "en-US", bodyBackgroundColor: "#FFFFFF", maxExcelApiMinor: 17, ...config };
    await page.addInitScript(`window.__aifConfig = ${JSON.stringify(full)};`);
    await page.addInitScript(b.fakeHostScript);
  }
  await page.goto(`${b.baseUrl}/taskpane.html`);
  await page.waitForSelector("#aif-models li fluent-button");
  await page.waitForSelector("#aif-functions li");
  return { page, errors };
}

/** The fake workbook's sheets, read back from the page. */
export async function sheets(page: Page): Promise<FakeSheet[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __aifHost: FakeExcelHost }).__aifHost.sheets)) as FakeSheet[]);
}

/** The next status message after `action` (any kind but "info" unless `anyKind`). */
export async function statusAfter(page: Page, action: () => Promise<void>, anyKind = false): Promise<{ text: string; kind: string }> {
  const before = await page.evaluate(() => Number(document.getElementById("aif-status")?.dataset.seq ?? "0"));
  await action();
  await page.waitForFunction(
    ([seq, any]) => {
      const s = document.getElementById("aif-status");
      return s !== null && Number(s.dataset.seq ?? "0") > (seq as number) && (any || s.dataset.kind === "ok" || s.dataset.kind === "error");
    },
    [before, anyKind] as const,
  );
  return page.evaluate(() => {
    const s = document.getElementById("aif-status") as HTMLElement;
    return { text: s.textContent ?? "", kind: s.dataset.kind ?? "" };
  });
}

/** Text with Intl's and the pane's no-break spaces as plain spaces. */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ");
