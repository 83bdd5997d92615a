/**
 * Security guards that stand in for `npm audit` (whose advisory endpoint answers
 * 405 from these machines):
 * - the runtime dependency list is exactly what the add-in needs in Excel, and no
 *   package that ships at runtime (direct or transitive) carries a GPL licence;
 * - the production bundles contain no `eval(` and no `new Function(`;
 * - every shipped HTML page carries a CSP allowing scripts only from itself and
 *   the Office CDN;
 * - the task pane never writes markup from strings (innerHTML and friends).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { productionBuild } from "./support/prodBuild";

const ROOT = resolve(__dirname, "..");

/** What ships to Excel, and why. Adding a runtime dependency means adding it here, on purpose. */
const RUNTIME_DEPENDENCIES: Record<string, string> = {
  "@fluentui/web-components": "task pane buttons and progress bar (Fluent UI, framework-free)",
  "@fluentui/tokens": "Fluent light and dark design tokens for the Office theme",
  "@microsoft/fast-element": "the element base of @fluentui/web-components (its peer dependency)",
  "@microsoft/office-js": "office.js for local development and tests (production loads it from the Office CDN)",
  "decimal.js": "exact decimal arithmetic in src/core",
};

const ALLOWED_LICENSES = new Set(["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD", "Unlicense"]);
/** Packages whose licence field is not an SPDX id, checked by hand. */
const REVIEWED_LICENSES: Record<string, string> = {
  // "Microsoft Software License Terms, Microsoft Office JavaScript (Office.js) API library":
  // a proprietary licence granting use in Office add-ins; not copyleft.
  "node_modules/@microsoft/office-js": "LICENSE",
};

interface LockPackage {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
}

describe("runtime dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };

  it("are exactly the documented list", () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(Object.keys(RUNTIME_DEPENDENCIES).sort());
  });

  it("and everything they pull in are under permissive licences (no GPL, LGPL or AGPL)", () => {
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional);
    expect(runtime.length).toBeGreaterThanOrEqual(Object.keys(RUNTIME_DEPENDENCIES).length);
    for (const [path, p] of runtime) {
      const license = p.license ?? "(none)";
      expect(license, path).not.toMatch(/GPL/i);
      expect(ALLOWED_LICENSES.has(license) || REVIEWED_LICENSES[path] === license, `${path}: ${license}`).toBe(true);
    }
    for (const name of Object.keys(RUNTIME_DEPENDENCIES)) expect(lock.packages[`node_modules/${name}`]?.dev, name).toBeFalsy();
  });

  it("are each listed, with version and licence, in the README's runtime dependency table", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const start = readme.indexOf("Runtime dependencies");
    expect(start, "a README heading or table named Runtime dependencies").toBeGreaterThanOrEqual(0);
    const table = readme.slice(start);
    for (const [path, p] of Object.entries(lock.packages)) {
      if (!path.startsWith("node_modules/") || p.dev || p.devOptional) continue;
      const name = path.slice("node_modules/".length);
      expect(table, name).toContain(`\`${name}\``);
      expect(table, `${name} ${p.version}`).toContain(p.version as string);
    }
  });
});

describe("the task pane source", () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

  it("never turns strings into markup", () => {
    for (const f of files(join(ROOT, "src/taskpane")).filter((f) => f.endsWith(".ts"))) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment/);
    }
  });
});

describe("production bundles", () => {
  let dist = "";
  beforeAll(async () => {
    dist = (await productionBuild()).dir;
  }, 180_000);

  it("contain no eval( and no new Function(", () => {
    const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(js).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const f of js) {
      const code = readFileSync(join(dist, f), "utf8");
      expect(code, f).not.toMatch(/(^|[^\w$.])eval\s*\(/);
      expect(code, f).not.toMatch(/new\s+Function\s*\(/);
      expect(code, f).not.toMatch(/setTimeout\(\s*["'`]/);
    }
  });

  it("every HTML page allows scripts only from itself and the Office CDN", () => {
    const pages: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith(".html")) pages.push(p);
      }
    };
    walk(dist);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const html = readFileSync(p, "utf8");
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content=(["'])(.*?)\1/i.exec(html)?.[2];
      expect(csp, p).toBeDefined();
      // script-src, or default-src when a page sets no script-src (then it governs scripts)
      const directive = /(?:^|;)\s*script-src ([^;]+)/.exec(csp as string) ?? /(?:^|;)\s*default-src ([^;]+)/.exec(csp as string);
      expect(directive, p).not.toBeNull();
      for (const s of (directive as RegExpExecArray)[1].trim().split(/\s+/)) expect(["'self'", "https://appsforoffice.microsoft.com", "'none'"], `${p}: ${s}`).toContain(s);
    }
  });

  it("keep the task pane under 150 KB gzip (office.js excluded)", async () => {
    const { gzipSync } = await import("node:zlib");
    const size = gzipSync(readFileSync(join(dist, "taskpane.js")), { level: 9 }).length;
    expect(size).toBeLessThan(150 * 1024);
    expect(existsSync(join(dist, "office.js"))).toBe(false);
  });
});
