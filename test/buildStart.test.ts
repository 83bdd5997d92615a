// `npm start` and `npm stop` on Linux, end to end: start.mjs must generate the dev
// certificate, build, leave an HTTPS server on the port AIF_PORT names (a free
// one, so a developer's server on 3000 does not matter) that serves the pane, the
// metadata and the help page under a certificate chaining to the generated CA,
// print the sideloading steps; stop.mjs must end that server.
// The build goes to a temporary directory (AIF_OUT_DIR) so dist/ is left alone.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { createServer, type AddressInfo } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS } from "../src/functions/registry";

const ROOT = join(__dirname, "..");
let port = 0;
let BASE = "";
const CA = join(homedir(), ".office-addin-dev-certs", "ca.crt");
const onLinux = process.platform === "linux";

/** GET over HTTPS, trusting only the generated development CA (so the chain is really checked). */
function get(path: string, trustDevCa = true): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const options = trustDevCa ? { ca: readFileSync(CA) } : { rejectUnauthorized: false };
    const req = request(`${BASE}${path}`, { ...options, timeout: 10_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

const answering = () => get("/taskpane.html", false).then((r) => r.status === 200, () => false);

/** A port nobody listens on now: the system picks it, we release it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address() as AddressInfo;
      srv.close(() => resolve(p));
    });
  });
}

function node(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [join(ROOT, "scripts", script)], {
    cwd: ROOT,
    env: { ...process.env, AIF_PORT: String(port), ...env },
    encoding: "utf8",
    timeout: 170_000,
  });
}

let skipReason = "";
let outDir = "";
let start: ReturnType<typeof node> | undefined;

beforeAll(async () => {
  if (!onLinux) {
    skipReason = `npm start on ${process.platform} drives desktop Excel through office-addin-debugging`;
  }
  if (skipReason) {
    console.warn(`\n!!! SKIPPING the npm start/stop test: ${skipReason}. !!!\n`);
    return;
  }
  port = await freePort();
  BASE = `https://localhost:${port}`;
  outDir = mkdtempSync(join(tmpdir(), "aif-start-"));
  start = node("start.mjs", { AIF_OUT_DIR: outDir });
});

afterAll(() => {
  // Whatever happened, leave no server behind (stop.mjs only ends the PID it recorded).
  if (start) node("stop.mjs", {});
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.skipIf(!onLinux)("npm start / npm stop on Linux", () => {
  it("starts, builds and prints how to sideload into Excel on the web", (ctx) => {
    if (skipReason) return ctx.skip();
    expect(start?.status, `${start?.stdout}\n${start?.stderr}`).toBe(0);
    const out = start?.stdout ?? "";
    expect(out).toContain(`${BASE}/taskpane.html`);
    expect(out).toContain("Upload My Add-in");
    // on a port other than 3000 only the built manifest points at the server
    expect(out).toContain(join(outDir, "manifest.xml"));
    expect(readFileSync(join(outDir, "manifest.xml"), "utf8")).toContain(`${BASE}/taskpane.html`);
    expect(out).toContain('npm run sideload:web -- "<URL of the workbook in Excel on the web>"');
    expect(out).toContain(CA);
    expect(existsSync(join(outDir, "functions.json")), "the development build went to AIF_OUT_DIR").toBe(true);
  });

  it("serves the pane, functions.json, the help page and office.js over HTTPS with the dev certificate", async (ctx) => {
    if (skipReason) return ctx.skip();
    const pane = await get("/taskpane.html");
    expect(pane.status).toBe(200);
    expect(pane.body).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const metadata = await get("/functions.json");
    expect(metadata.status).toBe(200);
    const ids = (JSON.parse(metadata.body) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids).toEqual(FUNCTIONS.map((f) => f.id));
    const help = await get("/help/functions.html");
    expect(help.status).toBe(200);
    expect(help.type).toMatch(/text\/html/);
    expect((await get("/functions.js")).status).toBe(200);
    expect((await get("/manifest.xml")).status).toBe(200);
    expect((await get("/office-js/office.js")).status).toBe(200);
  });

  it("is idempotent: a second npm start finds the server and leaves it running", (ctx) => {
    if (skipReason) return ctx.skip();
    const again = node("start.mjs", { AIF_OUT_DIR: outDir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("already answering");
  });

  it("npm stop ends the server", async (ctx) => {
    if (skipReason) return ctx.skip();
    const pid = Number(readFileSync(join(ROOT, ".tmp", `dev-server-${port}.pid`), "utf8"));
    const stop = node("stop.mjs", {});
    expect(stop.status, stop.stderr).toBe(0);
    expect(stop.stdout).toContain("Stopped the dev server");
    expect(await answering()).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
    const again = node("stop.mjs", {});
    expect(again.stdout).toContain("No dev server from npm start was running");
  });
});
