// Runs an office-addin CLI and judges it by its output, not only its exit status:
// office-addin-debugging prints "Error:" (or "Unable to ...") and still exits 0.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import process from "node:process";

const require = createRequire(import.meta.url);

/** Output lines that mean the command failed even when it exits 0. */
export const FAILURE_PATTERN = /(^|\s)Error:|Unable to |platform not supported/im;

/**
 * Decides whether a CLI run failed.
 * @param {number | null} code  exit status (null when killed by a signal)
 * @param {string} output       everything it printed, stdout and stderr
 * @returns {boolean}
 */
export function cliFailed(code, output) {
  return code !== 0 || FAILURE_PATTERN.test(output);
}

/**
 * Runs `office-addin-debugging <args>` from node_modules, echoing its output live.
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ ok: boolean, code: number | null, output: string }>}
 */
export function runOfficeAddinDebugging(args, cwd) {
  const cli = require.resolve("office-addin-debugging/cli");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on("close", (code) => resolve({ ok: !cliFailed(code, output), code, output }));
    child.on("error", (err) => resolve({ ok: false, code: null, output: String(err) }));
  });
}
