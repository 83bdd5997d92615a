// Where the add-in is served from. The committed manifest.xml and the functions'
// @helpurl tags use the development base; a production build swaps that base for
// ADDIN_BASE_URL in the files it emits (dist/manifest.xml, dist/functions.json).
// Shared by webpack.config.js, the start scripts and the tests.

import { URL } from "node:url";

/** The development origin: webpack-dev-server over HTTPS on port 3000. */
export const DEV_BASE_URL = "https://localhost:3000";

/** The development origin on another port (AIF_PORT), e.g. "https://localhost:3456". */
export function devBaseUrl(port) {
  return `https://localhost:${port}`;
}

/**
 * The development server's port, from the environment variable AIF_PORT.
 * @param {string | undefined} raw  unset or blank: 3000; otherwise a whole number 1-65535
 * @returns {number}
 * @throws {Error} for anything else
 */
export function resolvePort(raw) {
  if (raw === undefined || raw.trim() === "") return 3000;
  const port = Number(raw.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`AIF_PORT must be a whole number from 1 to 65535, got "${raw}"`);
  return port;
}

/**
 * The base URL to emit, from the environment variable ADDIN_BASE_URL.
 * @param {string | undefined} raw  value of ADDIN_BASE_URL; unset or blank means
 *   the development base. Otherwise an absolute https URL, optionally with a path
 *   (https://cdn.example.org/aif); no query, fragment or credentials.
 * @returns {string} the base without a trailing slash, e.g. "https://cdn.example.org/aif"
 * @throws {Error} for anything else: Office loads add-ins only over https, and a
 *   query or fragment would be glued into the middle of every rewritten URL.
 */
export function resolveBaseUrl(raw) {
  if (raw === undefined || raw.trim() === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an absolute https URL, got "${raw}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office refuses anything else), got "${raw}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must not carry a query, fragment or credentials, got "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * Replaces every occurrence of the development base in a text file by `base`.
 * Only the exact prefix "https://localhost:3000" followed by "/", a quote, "<"
 * or the end moves, so "https://localhost:30000" or a URL elsewhere is left alone.
 * @param {string} text  file contents (XML or JSON)
 * @param {string} base  result of resolveBaseUrl
 * @returns {string}
 */
export function rebaseUrls(text, base) {
  if (base === DEV_BASE_URL) return text;
  return text.replace(/https:\/\/localhost:3000(?=[/"'<\s]|$)/g, base);
}

/**
 * Sets the manifest's <Version> to the package version: Office wants four
 * numeric parts (n.n.n.n), npm has three, so "0.1.0" becomes "0.1.0.0".
 * A prerelease tag (0.2.0-beta.1) is dropped because the manifest schema has no room for it.
 * @param {string} xml      manifest text with exactly one <Version> element
 * @param {string} version  package.json version, semver
 * @returns {string}
 */
export function stampManifestVersion(xml, version) {
  const core = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!core) throw new Error(`package.json version "${version}" is not semver`);
  const four = `${core[1]}.${core[2]}.${core[3]}.0`;
  if ((xml.match(/<Version>[^<]*<\/Version>/g) ?? []).length !== 1) {
    throw new Error("manifest.xml must contain exactly one <Version> element");
  }
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${four}</Version>`);
}
