// The production page in a real browser (Debian's chromium via playwright-core):
// taskpane.html from the shared production build (test/support), office.js
// answered from @microsoft/office-js in place of the Office CDN. Checks the
// shell's promises: the CSP is in force and nothing on the page violates it, no
// script error, and functions.js registers every function of the registry with
// CustomFunctions.associate in the browser (the calls the metadata plugin
// appends at build time).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../src/functions/registry";
import { productionBuild } from "./support/prodBuild";
import { serveDirectory, type StaticServer } from "./support/staticServer";

const ROOT = join(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const IDS = FUNCTIONS.map((f) => f.id);

// Appended to the real office.js: records each associate call, then lets office.js handle it.
const RECORD_ASSOCIATE = `
;(function () {
  var original = CustomFunctions.associate;
  window.__aifAssociated = [];
  CustomFunctions.associate = function (id, fn) {
    window.__aifAssociated.push([id, typeof fn]);
    return original.apply(this, arguments);
  };
})();`;

const haveChromium = existsSync(CHROMIUM);
// Checked when the file loads, not in beforeAll: vitest runs no hook of a file whose tests are all
// skipped, so a check there would let CI pass on a silent skip.
if (!haveChromium) {
  const message = `${CHROMIUM} not found: the built-page browser test cannot run (apt-get install chromium)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! SKIPPING test/bundlePage.test.ts: ${message}. !!!\n`);
}
let server: StaticServer | undefined;
let origin = "";
let browser: Browser | undefined;

beforeAll(async () => {
  if (!haveChromium) return;
  server = await serveDirectory((await productionBuild()).dir);
  origin = server.origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!haveChromium)("the built taskpane.html in Chromium", () => {
  async function openPane() {
    if (!browser) throw new Error("browser not started");
    const page = await browser.newPage();
    const problems: string[] = [];
    const officeRequests: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    // Runs before the page's own scripts and is exempt from its CSP.
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.route(`${OFFICE_CDN}**`, (route) => {
      const rel = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
      officeRequests.push(rel);
      const file = join(OFFICE_DIST, rel);
      if (!existsSync(file)) return route.fulfill({ status: 404 });
      const body = readFileSync(file, "utf8") + (rel === "office.js" ? RECORD_ASSOCIATE : "");
      return route.fulfill({ body, contentType: "text/javascript" });
    });
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    // Ready when every function is registered and the pane has said it runs outside Excel
    // (its status line fills once office.js has resolved Office.onReady).
    await page.waitForFunction(
      (n) =>
        ((window as unknown as { __aifAssociated?: unknown[] }).__aifAssociated?.length ?? 0) >= n &&
        (document.getElementById("aif-status")?.textContent ?? "") !== "",
      IDS.length,
      { timeout: 20_000 },
    );
    return { page, problems, officeRequests };
  }

  it("loads office.js from the Office CDN URL and registers every function of the registry", async () => {
    const { page, officeRequests } = await openPane();
    expect(officeRequests[0]).toBe("office.js");
    const associated = (await page.evaluate(() => (window as unknown as { __aifAssociated: [string, string][] }).__aifAssociated)) ?? [];
    expect(associated.map(([id]) => id).sort()).toEqual([...IDS].sort());
    for (const [id, type] of associated) expect(type, id).toBe("function");
    await page.close();
  });

  it("runs with no script error and no CSP violation", async () => {
    const { page, problems } = await openPane();
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    // office.js warns (not errors) when loaded outside Office; anything at error level is ours.
    expect(problems).toEqual([]);
    await page.close();
  });

  it("enforces the CSP: a script from any other origin is refused", async () => {
    const { page } = await openPane();
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.src = "https://scripts.example.test/x.js";
      document.head.append(s);
    });
    await page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual(["script-src-elem https://scripts.example.test/x.js"]);
    await page.close();
  });
});
