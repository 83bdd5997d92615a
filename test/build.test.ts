// A real production build (webpack --mode production) into a temporary directory,
// with ADDIN_BASE_URL set, then checks of what it emitted: functions.json against
// the function contract in DESIGN.md, the rebased manifest, and the bundles.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFunctionList } from "../src/taskpane/functionList";
import { allNodes, parseManifest, residProblems, urlBaseProblems, manifestUrls } from "./manifest.checks";

const ROOT = join(__dirname, "..");
const WEBPACK_CLI = join(ROOT, "node_modules/webpack-cli/bin/cli.js");
// A reserved test domain (RFC 2606) with a path, to show that paths survive rebasing.
const BASE = "https://aif.example.test/addin";
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

function webpack(outDir: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "production", "--env", `outDir=${outDir}`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 170_000,
  });
}

/** Every file under dir, as paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split("\\").join("/"))
    .sort();
}

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { dimensionality?: string };
}

/**
 * The contract (DESIGN.md, "Custom functions contract"): parameter names in order,
 * which are optional, and which must accept ranges. Numeric arguments of every
 * function but DEBT_SCHEDULE and GPU_WATTS broadcast, so they are "matrix";
 * DEBT_SCHEDULE's and GPU_WATTS's arguments are single values ("scalar", which
 * functions.json writes by omitting dimensionality). Text selectors (measure,
 * gpu) of broadcasting functions may be either.
 */
const CONTRACT: Record<string, { params: string[]; optional: string[]; matrix: string[]; scalar: string[] }> = {
  DEAL_STAKE: {
    params: ["investment", "price_per_share", "shares_outstanding", "shares_held_before", "measure"],
    optional: ["shares_held_before", "measure"],
    matrix: ["investment", "price_per_share", "shares_outstanding", "shares_held_before"],
    scalar: [],
  },
  DEBT_COVERAGE: {
    params: ["cash_flow", "interest", "principal", "capex"],
    optional: ["principal", "capex"],
    matrix: ["cash_flow", "interest", "principal", "capex"],
    scalar: [],
  },
  NET_LEVERAGE: { params: ["debt", "cash", "ebitda"], optional: [], matrix: ["debt", "cash", "ebitda"], scalar: [] },
  GW_TO_GPUS: { params: ["gigawatts", "gpu", "pue"], optional: ["gpu", "pue"], matrix: ["gigawatts", "pue"], scalar: [] },
  GPUS_TO_GW: { params: ["gpus", "gpu", "pue"], optional: ["gpu", "pue"], matrix: ["gpus", "pue"], scalar: [] },
  GPU_WATTS: { params: ["gpu"], optional: [], matrix: [], scalar: ["gpu"] },
  DEBT_SCHEDULE: {
    params: ["principal", "annual_rate", "years", "amortization", "start_year"],
    optional: ["amortization", "start_year"],
    matrix: [],
    scalar: ["principal", "annual_rate", "years", "amortization", "start_year"],
  },
};

let out = "";
let build: ReturnType<typeof webpack>;
let functions: Fn[] = [];

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "aif-build-"));
  build = webpack(out, { ADDIN_BASE_URL: `${BASE}/` });
  if (build.status === 0) {
    functions = (JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as { functions: Fn[] }).functions;
  }
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("production build", () => {
  it("succeeds and prints the gzip sizes of what it emitted", () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(build.stdout).toMatch(/Bundle sizes \(production, gzip -9\):/);
    expect(build.stdout).toMatch(/^functions\.js\s+\d+\s+\d+$/m);
    expect(build.stdout).toMatch(/^taskpane\.js\s+\d+\s+\d+$/m);
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
  it("lists exactly the seven AIF ids, id = name", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(CONTRACT))("%s: parameters, descriptions, optional flags, dimensionality", (id, spec) => {
    const fn = functions.find((f) => f.id === id);
    expect(fn, id).toBeDefined();
    if (!fn) return;
    expect(fn.description?.trim().length ?? 0).toBeGreaterThan(20);
    expect(fn.parameters.map((p) => p.name)).toEqual(spec.params);
    for (const p of fn.parameters) {
      expect(p.description?.trim().length ?? 0, `${id}.${p.name} description`).toBeGreaterThan(5);
      expect(p.optional === true, `${id}.${p.name} optional`).toBe(spec.optional.includes(p.name));
      if (spec.matrix.includes(p.name)) expect(p.dimensionality, `${id}.${p.name}`).toBe("matrix");
      if (spec.scalar.includes(p.name)) expect(p.dimensionality ?? "scalar", `${id}.${p.name}`).toBe("scalar");
    }
  });

  it("DEBT_SCHEDULE spills a table and the broadcasting functions return ranges", () => {
    expect(functions).toHaveLength(7);
    for (const f of functions.filter((f) => f.id !== "GPU_WATTS")) expect(f.result.dimensionality, f.id).toBe("matrix");
  });

  it("points every helpUrl at the help page on ADDIN_BASE_URL", () => {
    expect(functions).toHaveLength(7);
    for (const f of functions) expect(f.helpUrl, f.id).toMatch(new RegExp(`^${BASE}/help/functions\\.html(#[\\w-]+)?$`));
  });

  it("is what the task pane lists: seven AIF.* names with signatures", () => {
    const list = parseFunctionList({ functions });
    expect(list.map((f) => f.name).sort()).toEqual(Object.keys(CONTRACT).map((id) => `AIF.${id}`).sort());
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

  it("register all seven functions in functions.js (the metadata plugin's associate calls)", () => {
    const js = readFileSync(join(out, "functions.js"), "utf8");
    for (const id of Object.keys(CONTRACT)) expect(js, id).toContain(`CustomFunctions.associate("${id}"`);
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
  it("refuses a non-https base before building anything", () => {
    const dir = mkdtempSync(join(tmpdir(), "aif-build-http-"));
    try {
      const r = webpack(dir, { ADDIN_BASE_URL: "http://aif.example.test" });
      expect(r.status).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toMatch(/ADDIN_BASE_URL must use https/);
      expect(existsSync(join(dir, "manifest.xml"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
