/**
 * Loads custom-function adapters as Excel runs them: one scope-hoisted esbuild
 * bundle, as webpack ships functions.js. Imported through tsx instead, every
 * cross-module call would go through a CommonJS export getter that the shipped
 * bundle does not have, and the timings would not be the shipped code's.
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Bundles an entry re-exporting `names` from src/functions/<name>.ts and loads it.
 * @param names  adapter names, each the export and the module name in src/functions
 * @param label  names the temporary bundle file (aif-bench-<label>-…/<label>.cjs), for a stack trace
 * @returns the bundle's exports, typed by the caller as its adapters
 * @throws what esbuild throws when an adapter does not compile (a bug, not a timing)
 */
export async function bundledAdapters<T>(names: readonly string[], label: string): Promise<T> {
  const contents = names.map((n) => `export { ${n} } from "./${n}";`).join("\n");
  const stdin = { contents, resolveDir: join(__dirname, "../../../src/functions"), loader: "ts" as const };
  const out = await build({ stdin, bundle: true, format: "cjs", platform: "node", target: "node20", write: false, logLevel: "error" });
  const dir = mkdtempSync(join(tmpdir(), `aif-bench-${label}-`));
  const file = join(dir, `${label}.cjs`);
  writeFileSync(file, out.outputFiles[0]!.text);
  try {
    return createRequire(__filename)(file) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
