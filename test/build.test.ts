// The shared production build (test/support/prodBuild.ts: webpack --mode
// production with ADDIN_BASE_URL set), then checks of what it emitted:
// functions.json against the JSDoc-generated metadata and the registry, the help
// page, the rebased manifest, and the bundles.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFunctionList } from "../src/taskpane/functionList";
import { allNodes, parseManifest, residProblems, urlBaseProblems, manifestUrls } from "./manifest.checks";
import { FUNCTIONS, generatedMetadata, type MetadataFunction } from "./support/functions";
import { BUILD_BASE_URL as BASE, productionBuild, runWebpack } from "./support/prodBuild";

const ROOT = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const IDS = FUNCTIONS.map((f) => f.id);

/** Every file under dir, as paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split("\\").join("/"))
    .sort();
}

let out = "";
let log = "";
let functions: MetadataFunction[] = [];
let source: MetadataFunction[] = [];

beforeAll(async () => {
  ({ dir: out, log } = await productionBuild());
  functions = (JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as { functions: MetadataFunction[] }).functions;
  source = (await generatedMetadata()).functions;
}, 180_000);

describe("production build", () => {
  it("prints the gzip sizes of what it emitted", (ctx) => {
    if (log === "") return ctx.skip(); // AIF_E2E_DIST: a build made elsewhere, no log
    expect(log).toMatch(/Bundle sizes \(production, gzip -9\):/);
    expect(log).toMatch(/^functions\.js\s+\d+\s+\d+$/m);
    expect(log).toMatch(/^taskpane\.js\s+\d+\s+\d+$/m);
  });

  it("emits the page, both bundles, the metadata, the manifest, the icons and the help page", () => {
    const files = listFiles(out);
    for (const f of [
      "taskpane.html",
      "functions.js",
      "taskpane.js",
      "functions.json",
      "manifest.xml",
      "help/functions.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ]) {
      expect(files, f).toContain(f);
    }
  });
});

describe("functions.json", () => {
  it("is the metadata generated from the JSDoc, in registry order, id = name", () => {
    expect(functions.map((f) => f.id)).toEqual(IDS);
    for (const f of functions) expect(f.name).toBe(f.id);
    // only the help URLs moved (rebased below); parameters, descriptions and dimensionality are as generated
    const strip = (fs: MetadataFunction[]) => fs.map(({ helpUrl: _h, ...rest }) => rest);
    expect(strip(functions)).toEqual(strip(source));
  });

  it("points every helpUrl at its section of the help page on ADDIN_BASE_URL", () => {
    const help = readFileSync(join(out, "help/functions.html"), "utf8");
    for (const f of functions) {
      expect(f.helpUrl, f.id).toBe(`${BASE}/help/functions.html#${f.id.toLowerCase()}`);
      expect(help, f.id).toMatch(new RegExp(`<section id="?${f.id.toLowerCase()}"?>`));
    }
  });

  it("is what the task pane lists: AIF.* names with signatures", () => {
    const list = parseFunctionList({ functions });
    expect(list.map((f) => f.name)).toEqual(IDS.map((id) => `AIF.${id}`));
    expect(list.find((f) => f.name === "AIF.GW_TO_GPUS")?.signature).toBe("gigawatts, [gpu], [pue]");
  });
});

describe("dist/manifest.xml", () => {
  const manifest = () => parseManifest(readFileSync(join(out, "manifest.xml"), "utf8"));

  it("has every URL rebased onto ADDIN_BASE_URL and no localhost left", () => {
    const text = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(text).not.toMatch(/localhost/);
    expect(urlBaseProblems(manifest(), BASE)).toEqual([]);
    expect(manifestUrls(manifest()).length).toBeGreaterThanOrEqual(8);
  });

  it("still resolves every resid and carries the package version", () => {
    expect(residProblems(manifest())).toEqual([]);
    expect(allNodes(manifest()).find((n) => n.name === "Version")?.text).toBe(`${pkg.version}.0`);
  });

  it("names only files that the build emitted", () => {
    const files = listFiles(out);
    for (const url of manifestUrls(manifest())) {
      expect(files, url).toContain(url.slice(BASE.length + 1));
    }
  });
});

describe("production bundles", () => {
  const code = () => listFiles(out).filter((f) => f.endsWith(".js"));

  it("contain no eval and no Function constructor", () => {
    expect(code().length).toBeGreaterThanOrEqual(2);
    for (const f of code()) {
      const js = readFileSync(join(out, f), "utf8");
      expect(js, f).not.toMatch(/\beval\s*\(/);
      expect(js, f).not.toMatch(/new\s+Function\s*\(/);
    }
  });

  it("ship no source maps and no references to them", () => {
    expect(listFiles(out).filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of code()) expect(readFileSync(join(out, f), "utf8"), f).not.toMatch(/sourceMappingURL/);
  });

  it("are minified: long lines, no comments but licence banners (kept in *.LICENSE.txt)", () => {
    for (const f of ["functions.js", "taskpane.js"]) {
      const js = readFileSync(join(out, f), "utf8");
      // Template literals (e.g. component CSS) keep their newlines, so count bytes per line, not lines.
      expect(js.length / js.split("\n").length, f).toBeGreaterThan(200);
      // webpack's development output is full of /****/ and /** */ comments; terser drops them.
      expect(js, f).not.toMatch(/\/\*\*/);
    }
  });

  it("register every function in functions.js (the metadata plugin's associate calls)", () => {
    const js = readFileSync(join(out, "functions.js"), "utf8");
    for (const id of IDS) expect(js, id).toContain(`CustomFunctions.associate("${id}"`);
  });

  it("inject the package version into the pane instead of the placeholder", () => {
    const js = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(js).not.toContain("__AIF_VERSION__");
    expect(js).toContain(JSON.stringify(pkg.version));
  });
});

describe("taskpane.html", () => {
  const html = () => readFileSync(join(out, "taskpane.html"), "utf8");

  it("loads office.js from the Office CDN, then functions.js, then taskpane.js, and nothing else", () => {
    const scripts = [...html().matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
    expect(html()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  it("restricts scripts to 'self' and https://appsforoffice.microsoft.com by CSP", () => {
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html())?.[1];
    expect(csp).toBeDefined();
    const scriptSrc = csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scriptSrc?.split(/\s+/).slice(1).sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  });
});

describe("ADDIN_BASE_URL validation", () => {
  it("refuses a non-https base before building anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aif-build-http-"));
    try {
      const r = await runWebpack(dir, { ADDIN_BASE_URL: "http://aif.example.test" });
      expect(r.status).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toMatch(/ADDIN_BASE_URL must use https/);
      expect(existsSync(join(dir, "manifest.xml"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
