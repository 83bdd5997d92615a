#!/usr/bin/env node
// npm stop: undoes npm start.
//  - Windows, macOS: `office-addin-debugging stop manifest.xml` (stops its dev
//    server, unregisters the sideloaded add-in).
//  - Everywhere: the background dev server recorded in .tmp/dev-server.pid, if any
//    (npm start on Linux, npm run sideload:web).
import process from "node:process";
import { ROOT, stopDevServer } from "./dev-server.mjs";
import { runOfficeAddinDebugging } from "./office-cli.mjs";

let ok = true;
if (process.platform === "win32" || process.platform === "darwin") {
  const result = await runOfficeAddinDebugging(["stop", "manifest.xml"], ROOT);
  if (!result.ok) {
    console.error("office-addin-debugging stop reported an error (see above).");
    ok = false;
  }
}
const state = await stopDevServer();
console.log(state === "stopped" ? "Stopped the dev server started by npm start." : "No dev server from npm start was running.");
process.exit(ok ? 0 : 1);
