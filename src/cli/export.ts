/**
 * `npm run export -- --out <dir> [--model <id>] [--years <n>]`: the prebuilt
 * models as .xlsx files, without Excel. Exit status 0 on success, 2 on a usage
 * error (unknown model, unwritable directory), 1 on anything else.
 */
import { USAGE, UsageError, exportModels, parseExportArgs } from "./exportModels";

async function main(): Promise<number> {
  try {
    const opts = parseExportArgs(process.argv.slice(2));
    if (opts === "help") {
      console.log(USAGE);
      return 0;
    }
    for (const path of await exportModels(opts)) console.log(`wrote ${path}`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`export: ${e.message}\n${USAGE}`);
      return 2;
    }
    console.error("export failed:", e);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
