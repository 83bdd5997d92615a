#!/usr/bin/env node
// npm start.
//  - Windows, macOS: `office-addin-debugging start manifest.xml`, which runs
//    `npm run dev-server` and sideloads the add-in into desktop Excel.
//  - Linux (and anything else): office-addin-debugging says "platform not
//    supported", so: generate the dev certificates (no sudo), build once to catch
//    errors with a clear exit status, serve over HTTPS on port 3000 (or AIF_PORT)
//    in the background, and print how to sideload into Excel on the web.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import process from "node:process";
import { ensureDevCertificates, CA_PATH } from "./dev-certs.mjs";
import { BASE_URL, LOG_FILE, PANE_URL, PID_FILE, PORT, ROOT, startDevServer } from "./dev-server.mjs";
import { runOfficeAddinDebugging } from "./office-cli.mjs";

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`\nnpm start failed: ${message}`);
  process.exit(1);
}

async function startDesktop() {
  // The port makes it wait until the dev server answers before opening Excel.
  const result = await runOfficeAddinDebugging(["start", "manifest.xml", "--dev-server-port", String(PORT)], ROOT);
  if (!result.ok) fail("office-addin-debugging reported an error (see above).");
}

async function startLinux() {
  console.log("Checking the development certificates (generated without sudo)...");
  await ensureDevCertificates({ install: false });

  console.log("Building (development)...");
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const build = spawnSync(process.execPath, [cli, "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) fail(`the build failed (exit status ${build.status}).`);

  console.log(`Starting the HTTPS dev server on ${BASE_URL} ...`);
  let server;
  try {
    server = await startDevServer();
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  // On another port only the built manifest (rebased by webpack.config.js) points at the server.
  const manifest = PORT === 3000 ? join(ROOT, "manifest.xml") : join(process.env.AIF_OUT_DIR || join(ROOT, "dist"), "manifest.xml");
  console.log(
    [
      "",
      server.reused
        ? `A dev server was already answering at ${PANE_URL}; it was left as is.`
        : `The dev server is running: ${PANE_URL} (PID ${server.pid}, log ${LOG_FILE}, PID file ${PID_FILE}).`,
      "",
      "Desktop Excel does not run on Linux: sideload into Excel on the web.",
      "",
      "  0. Once per machine, make your browser trust the development CA, or it will",
      `     refuse ${BASE_URL} inside Excel: import ${CA_PATH}`,
      "     as a certificate authority for websites (Chrome/Edge: Settings > Privacy and",
      "     security > Security > Manage certificates, tab Authorities or Installed by you;",
      "     Firefox: Settings > Certificates > View Certificates > Authorities > Import),",
      "     then restart it. The README (Trusting the development certificate) has details.",
      "  1. Open a workbook in Excel on the web (OneDrive or SharePoint).",
      "  2. Insert > Add-ins (on newer ribbons: Home > Add-ins > More Add-ins), choose",
      "     My Add-ins > Upload My Add-in, and upload:",
      `       ${manifest}`,
      "  3. The Home tab shows AI Factory Models; type =AIF. in a cell for the functions.",
      "",
      "  Or let office-addin-debugging open the workbook with the add-in attached:",
      '     npm run sideload:web -- "<URL of the workbook in Excel on the web>"',
      "",
      "Stop the server with: npm stop",
      "",
    ].join("\n"),
  );
}

if (process.platform === "win32" || process.platform === "darwin") {
  await startDesktop();
} else {
  await startLinux();
}
