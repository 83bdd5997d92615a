/**
 * One production build shared by the browser test and the security test: built
 * into .tmp/prod-build-<hash of the sources>, reused while the sources are
 * unchanged. Two test files building at once each build into their own temporary
 * directory and rename it into place; the second rename loses harmlessly.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "scripts/addin-base-url.mjs"];

function hashInputs(): string {
  const h = createHash("sha256");
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const e of readdirSync(p).sort()) walk(join(p, e));
      return;
    }
    h.update(p.slice(ROOT.length)).update(readFileSync(p));
  };
  for (const i of INPUTS) walk(join(ROOT, i));
  return h.digest("hex").slice(0, 16);
}

/**
 * The directory of a production build of the current sources (`AIF_E2E_DIST` overrides).
 * @throws when webpack fails, with its output
 */
export function productionBuild(): string {
  if (process.env.AIF_E2E_DIST) return process.env.AIF_E2E_DIST;
  const cacheRoot = join(ROOT, ".tmp");
  mkdirSync(cacheRoot, { recursive: true });
  const dir = join(cacheRoot, `prod-build-${hashInputs()}`);
  if (existsSync(join(dir, "taskpane.html"))) return dir;
  const tmp = mkdtempSync(join(cacheRoot, "building-"));
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${tmp}`], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 170_000,
      env: { ...process.env, ADDIN_BASE_URL: "" },
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`production build failed:\n${e.stdout?.toString() ?? ""}\n${e.stderr?.toString() ?? ""}`);
  }
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another worker won the race
  }
  // Builds of older sources are of no further use.
  for (const old of readdirSync(cacheRoot)) {
    if (old.startsWith("prod-build-") && join(cacheRoot, old) !== dir) rmSync(join(cacheRoot, old), { recursive: true, force: true });
  }
  return dir;
}
