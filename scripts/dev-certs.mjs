// HTTPS certificates for the dev server, from office-addin-dev-certs.
//
// Generating the certificates needs no privileges; only trusting the CA (adding it
// to the system or user store) does, and on Linux the library's installer runs
// `sudo`. So on Linux we generate and use the files without installing the CA,
// and the README explains how to trust it. On Windows and macOS we let the library
// install it into the *user* store, as office-addin-debugging expects.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);

/** Where office-addin-dev-certs keeps its files (its defaults.js says the same). */
export const CERT_DIR = join(homedir(), ".office-addin-dev-certs");
export const CA_PATH = join(CERT_DIR, "ca.crt");
export const CERT_PATH = join(CERT_DIR, "localhost.crt");
export const KEY_PATH = join(CERT_DIR, "localhost.key");

/** Regenerate when less than this is left: a dev session should not expire mid-way. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the generated files are present, not about to expire, and consistent
 * (the key belongs to the certificate, the certificate was signed by the CA).
 * @param {number} now  epoch milliseconds to judge expiry against
 * @param {string} dir  folder holding ca.crt, localhost.crt and localhost.key
 * @returns {boolean}
 */
export function devCertificatesUsable(now = Date.now(), dir = CERT_DIR) {
  const [caPath, certPath, keyPath] = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(dir, f));
  if (![caPath, certPath, keyPath].every((p) => existsSync(p))) return false;
  try {
    const ca = new X509Certificate(readFileSync(caPath));
    const cert = new X509Certificate(readFileSync(certPath));
    const key = createPrivateKey(readFileSync(keyPath));
    const notAfter = Math.min(Date.parse(cert.validTo), Date.parse(ca.validTo));
    return notAfter - now > MIN_REMAINING_MS && cert.checkPrivateKey(key) && cert.verify(ca.publicKey);
  } catch {
    return false;
  }
}

/**
 * Makes sure usable certificate files exist, generating fresh ones when needed,
 * and returns them for an HTTPS server.
 * @param {{ install?: boolean }} options  install: also trust the CA in the user
 *   store via office-addin-dev-certs (Windows/macOS; on Linux it would call sudo).
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer }>}
 */
export async function ensureDevCertificates({ install = false } = {}) {
  const devCerts = require("office-addin-dev-certs");
  if (install) {
    return devCerts.getHttpsServerOptions();
  }
  if (!devCertificatesUsable()) {
    // generateCertificates() keeps an existing ca.crt and then writes nothing at
    // all, so stale files must go first.
    for (const p of [CA_PATH, CERT_PATH, KEY_PATH]) rmSync(p, { force: true });
    await devCerts.generateCertificates();
    if (!devCertificatesUsable()) {
      throw new Error(`office-addin-dev-certs did not produce usable certificates in ${CERT_DIR}`);
    }
  }
  return { ca: readFileSync(CA_PATH), cert: readFileSync(CERT_PATH), key: readFileSync(KEY_PATH) };
}
