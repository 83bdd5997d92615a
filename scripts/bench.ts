/**
 * `npm run bench`: runs every benchmark section in scripts/bench/ in one process,
 * in file-name order, so ratios printed side by side come from one run on one machine.
 * A section is a module exporting `run(): Promise<void>` that prints its own table.
 * `npm run bench -- functions` runs only sections whose file name contains "functions".
 */
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = join(__dirname, "bench");
const filter = process.argv[2];
const sections = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && (!filter || f.includes(filter)))
  .sort();

async function main(): Promise<void> {
  console.log(`AI Factory Finance benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"})`);
  for (const file of sections) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== "function") throw new Error(`scripts/bench/${file} exports no run()`);
    console.log(`\n== ${file.replace(/\.ts$/, "")} ==`);
    await mod.run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
