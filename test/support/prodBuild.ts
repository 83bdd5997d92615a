/**
 * The one production build every test of the built artefacts shares (build,
 * security, page and task pane tests): `webpack --mode production` with
 * ADDIN_BASE_URL = BUILD_BASE_URL, built into .tmp/prod-build-<hash of the
 * sources> and reused while the sources are unchanged.
 *
 * Test files run in parallel workers: the first to arrive takes a lock file and
 * builds; the others wait for the finished directory (file-system events, no
 * polling sleeps). A lock left by a dead process is taken over.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, watch, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const CACHE = join(ROOT, ".tmp");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "scripts/addin-base-url.mjs", "docs/sources.md"];
/** Where the shared build says it is served: a reserved test domain (RFC 2606) with a path, so rebasing is visible. */
export const BUILD_BASE_URL = "https://aif.example.test/addin";

export interface ProductionBuild {
  /** the emitted files */
  dir: string;
  /** webpack's standard output (the size report) */
  log: string;
}

function hashInputs(): string {
  const h = createHash("sha256").update(BUILD_BASE_URL);
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

/** Runs webpack into `outDir`; resolves with its output, rejects with it when webpack fails. */
export function runWebpack(outDir: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${outDir}`], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

function lockHolderAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(lock, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves when `dir` exists or `lock` is gone, whichever first, on directory events. */
function waitForBuild(dir: string, lock: string): Promise<void> {
  return new Promise((done) => {
    const settled = () => existsSync(dir) || !existsSync(lock) || !lockHolderAlive(lock);
    const watcher = watch(CACHE, () => {
      if (settled()) {
        watcher.close();
        done();
      }
    });
    if (settled()) {
      watcher.close();
      done();
    }
  });
}

async function build(dir: string): Promise<void> {
  const tmp = mkdtempSync(join(CACHE, "building-"));
  const r = await runWebpack(tmp, { ADDIN_BASE_URL: `${BUILD_BASE_URL}/` });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`production build failed:\n${r.stdout}\n${r.stderr}`);
  }
  writeFileSync(`${dir}.log`, r.stdout);
  renameSync(tmp, dir);
  // Builds of older sources are of no further use.
  for (const old of readdirSync(CACHE)) {
    const p = join(CACHE, old);
    if (old.startsWith("prod-build-") && !p.startsWith(dir)) rmSync(p, { recursive: true, force: true });
  }
}

/**
 * The production build of the current sources (`AIF_E2E_DIST` names a ready one instead).
 * @throws when webpack fails, with its output
 */
export async function productionBuild(): Promise<ProductionBuild> {
  if (process.env.AIF_E2E_DIST) return { dir: process.env.AIF_E2E_DIST, log: "" };
  mkdirSync(CACHE, { recursive: true });
  const dir = join(CACHE, `prod-build-${hashInputs()}`);
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(join(dir, "taskpane.html"))) return { dir, log: existsSync(`${dir}.log`) ? readFileSync(`${dir}.log`, "utf8") : "" };
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
    } catch {
      if (!lockHolderAlive(lock)) rmSync(lock, { force: true });
      else await waitForBuild(dir, lock);
      continue;
    }
    try {
      await build(dir);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}
