// The HTTPS dev server as a background process that `npm start` starts and
// `npm stop` stops: webpack-dev-server (webpack.config.js, port AIF_PORT or 3000), detached,
// its PID and log under .tmp/ so a later, separate `npm stop` can find it.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { devBaseUrl, resolvePort } from "./addin-base-url.mjs";

const require = createRequire(import.meta.url);

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const STATE_DIR = join(ROOT, ".tmp");
/** The port of this run: AIF_PORT, or 3000. */
export const PORT = resolvePort(process.env.AIF_PORT);
// One PID file per port, so a server on another port (a test's) never hides the default one.
const STATE_NAME = PORT === 3000 ? "dev-server" : `dev-server-${PORT}`;
export const PID_FILE = join(STATE_DIR, `${STATE_NAME}.pid`);
export const LOG_FILE = join(STATE_DIR, `${STATE_NAME}.log`);
export const BASE_URL = devBaseUrl(PORT);
export const PANE_URL = `${BASE_URL}/taskpane.html`;

/** First build of a cold dev server on a 2-core machine takes ~10 s; leave ample room. */
const START_TIMEOUT_MS = 120_000;

/**
 * Answers whether `url` responds 200 over HTTPS. The certificate is not checked:
 * on Linux the dev CA is usually not trusted by node, and we only probe our own
 * localhost server.
 * @param {string} url
 * @returns {Promise<boolean>}
 */
export function answers(url) {
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

/** Whether a process with this PID exists (signal 0 tests without killing). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** The PID recorded by startDevServer, or null. */
export function recordedPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8").trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Starts webpack-dev-server in the background and waits until the task pane answers.
 * @returns {Promise<{ pid: number | null, reused: boolean }>} reused: something
 *   already served the pane on this port (a previous `npm start`), nothing was started.
 * @throws {Error} if the server exits or does not answer within START_TIMEOUT_MS;
 *   the message carries the end of its log.
 */
export async function startDevServer() {
  if (await answers(PANE_URL)) {
    return { pid: recordedPid(), reused: true };
  }
  mkdirSync(STATE_DIR, { recursive: true });
  const log = openSync(LOG_FILE, "w");
  const cli = require.resolve("webpack-cli/bin/cli.js");
  // detached: its own process group, so it outlives this script and npm stop can
  // end it together with any children.
  const child = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: process.env,
  });
  closeSync(log);
  let exitCode = null;
  child.on("exit", (code) => {
    exitCode = code ?? -1;
  });
  writeFileSync(PID_FILE, `${child.pid}\n`);
  child.unref();

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitCode !== null) break;
    if (await answers(PANE_URL)) return { pid: child.pid, reused: false };
    await sleep(500);
  }
  stopProcessGroup(child.pid);
  rmSync(PID_FILE, { force: true });
  throw new Error(
    `the dev server ${exitCode !== null ? `exited (code ${exitCode})` : "did not answer in time"}; ` +
      `end of ${LOG_FILE}:\n${tail(LOG_FILE, 30)}`,
  );
}

/**
 * Stops the dev server recorded in the PID file (the whole process group it leads).
 * @returns {Promise<"stopped" | "not-running">}
 */
export async function stopDevServer() {
  const pid = recordedPid();
  rmSync(PID_FILE, { force: true });
  if (pid === null || !isAlive(pid)) return "not-running";
  stopProcessGroup(pid);
  for (let i = 0; i < 20 && isAlive(pid); i++) await sleep(250);
  if (isAlive(pid)) stopProcessGroup(pid, "SIGKILL");
  return "stopped";
}

function stopProcessGroup(pid, signal = "SIGTERM") {
  try {
    // Negative PID: the group that the detached server leads (Windows has no
    // groups, but npm start never detaches a server there: office-addin-debugging does).
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
    // already gone
  }
}

/** Last `lines` lines of a text file, or "" if it is missing. */
export function tail(file, lines) {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}
