#!/usr/bin/env node
// npm run sideload:web -- "<workbook URL in Excel on the web>"
//
// Wraps `office-addin-debugging start manifest.xml web --document <url>`: it opens
// the workbook in the default browser with query parameters that make Excel on the
// web load the add-in from https://localhost:3000 (manifest.xml, which stays on
// localhost: web sideloading accepts only localhost manifests).
//
// On Linux the dev server is started here first (certificates without sudo) and
// office-addin-debugging is told its port, so it finds it running and does not try
// to install certificates itself (which would call sudo).
import process from "node:process";
import { URL } from "node:url";
import { ensureDevCertificates } from "./dev-certs.mjs";
import { ROOT, startDevServer } from "./dev-server.mjs";
import { runOfficeAddinDebugging } from "./office-cli.mjs";

const USAGE = 'usage: npm run sideload:web -- "<URL of a workbook open in Excel on the web>"';

/**
 * Checks the document URL and prepares it for office-addin-debugging, which glues
 * "&wdaddindevserverport=..." straight onto it: a URL without a query gets "?".
 * @param {string | undefined} raw
 * @returns {string}
 * @throws {Error} when it is missing or not an https URL
 */
export function documentUrlForSideload(raw) {
  if (!raw) throw new Error(USAGE);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`not a URL: "${raw}"\n${USAGE}`);
  }
  if (url.protocol !== "https:") throw new Error(`Excel on the web URLs are https: "${raw}"`);
  return url.search ? url.href : `${url.href.replace(/#.*$/, "")}?`;
}

async function main() {
  let documentUrl;
  try {
    documentUrl = documentUrlForSideload(process.argv[2]);
  } catch (err) {
    console.error(err.message);
    process.exit(2);
  }
  if (process.platform !== "win32" && process.platform !== "darwin") {
    await ensureDevCertificates({ install: false });
    const server = await startDevServer();
    console.log(server.reused ? "The dev server is already running." : `Started the dev server (PID ${server.pid}); npm stop stops it.`);
  }
  const result = await runOfficeAddinDebugging(
    ["start", "manifest.xml", "web", "--document", documentUrl, "--dev-server-port", "3000", "--no-debug"],
    ROOT,
  );
  if (!result.ok) {
    console.error("\nsideload:web failed: office-addin-debugging reported an error (see above).");
    process.exit(1);
  }
  console.log(
    "\nIf no browser window opened (e.g. on a headless machine), open the URL printed after\n" +
      '"Launching excel via" in a browser that trusts the development CA.',
  );
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main();
}
