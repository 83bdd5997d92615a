// The pure parts of the build and start scripts: base URL handling for production
// builds, judging office-addin CLI output, and the sideload document URL.
import { describe, expect, it } from "vitest";
import { DEV_BASE_URL, devBaseUrl, rebaseUrls, resolveBaseUrl, resolvePort, stampManifestVersion } from "../scripts/addin-base-url.mjs";
import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import { devCertificatesUsable } from "../scripts/dev-certs.mjs";
import { cliFailed } from "../scripts/office-cli.mjs";
import { documentUrlForSideload } from "../scripts/sideload-web.mjs";

describe("resolveBaseUrl (ADDIN_BASE_URL)", () => {
  it.each([
    // unset or blank: the development base
    [undefined, DEV_BASE_URL],
    ["", DEV_BASE_URL],
    ["   ", DEV_BASE_URL],
    // an origin, with or without trailing slashes
    ["https://addin.example.org", "https://addin.example.org"],
    ["https://addin.example.org/", "https://addin.example.org"],
    // a path prefix is kept; trailing slashes go so "base + /file" has one slash
    ["https://cdn.example.org/aif/v1//", "https://cdn.example.org/aif/v1"],
    // a port is kept; the default https port 443 is dropped by URL normalisation
    ["https://example.org:8443/x", "https://example.org:8443/x"],
    ["https://example.org:443/x", "https://example.org/x"],
    // surrounding whitespace from a shell export is ignored
    [" https://example.org ", "https://example.org"],
  ])("%j -> %s", (raw, expected) => {
    expect(resolveBaseUrl(raw)).toBe(expected);
  });

  it.each([
    ["http://example.org", /must use https/],
    ["ftp://example.org", /must use https/],
    ["example.org", /absolute https URL/],
    ["/relative/path", /absolute https URL/],
    ["https://example.org/?v=1", /query, fragment or credentials/],
    ["https://example.org/#top", /query, fragment or credentials/],
    ["https://user:pw@example.org", /query, fragment or credentials/],
  ])("refuses %j", (raw, message) => {
    expect(() => resolveBaseUrl(raw)).toThrow(message);
  });
});

describe("resolvePort (AIF_PORT)", () => {
  it.each([
    [undefined, 3000],
    ["", 3000],
    [" 3456 ", 3456],
    ["1", 1],
    ["65535", 65535],
  ])("%j -> %s", (raw, port) => {
    expect(resolvePort(raw)).toBe(port);
  });
  it.each([["0"], ["65536"], ["3000.5"], ["http"], ["-1"]])("refuses %j", (raw) => {
    expect(() => resolvePort(raw)).toThrow(/AIF_PORT must be a whole number from 1 to 65535/);
  });
  it("moves the development URLs of a build to that port", () => {
    expect(rebaseUrls('"https://localhost:3000/taskpane.html"', devBaseUrl(3456))).toBe('"https://localhost:3456/taskpane.html"');
    expect(devBaseUrl(3000)).toBe(DEV_BASE_URL);
  });
});

describe("rebaseUrls", () => {
  const base = "https://cdn.example.org/aif";

  it("moves every development URL in XML attributes and JSON strings", () => {
    const xml = '<Url DefaultValue="https://localhost:3000/functions.json"/><SupportUrl DefaultValue="https://localhost:3000/help/functions.html"/>';
    expect(rebaseUrls(xml, base)).toBe(
      '<Url DefaultValue="https://cdn.example.org/aif/functions.json"/><SupportUrl DefaultValue="https://cdn.example.org/aif/help/functions.html"/>',
    );
    const json = '{"helpUrl": "https://localhost:3000/help/functions.html#gw_to_gpus"}';
    expect(rebaseUrls(json, base)).toBe('{"helpUrl": "https://cdn.example.org/aif/help/functions.html#gw_to_gpus"}');
  });

  it("leaves other hosts, other ports and http alone", () => {
    const text = "https://localhost:30000/x http://localhost:3000/y https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(rebaseUrls(text, base)).toBe(text);
  });

  it("is the identity for the development base", () => {
    const text = '"https://localhost:3000/taskpane.html"';
    expect(rebaseUrls(text, DEV_BASE_URL)).toBe(text);
  });
});

describe("stampManifestVersion", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["1.12.3", "1.12.3.0"],
    ["2.0.0-beta.4", "2.0.0.0"], // the manifest schema has no prerelease part
  ])("%s -> %s", (version, expected) => {
    expect(stampManifestVersion("<a><Version>9.9.9.9</Version></a>", version)).toBe(`<a><Version>${expected}</Version></a>`);
  });

  it("refuses a non-semver version and a manifest without exactly one <Version>", () => {
    expect(() => stampManifestVersion("<Version>1</Version>", "latest")).toThrow(/not semver/);
    expect(() => stampManifestVersion("<a/>", "1.0.0")).toThrow(/exactly one <Version>/);
    expect(() => stampManifestVersion("<Version>1</Version><Version>2</Version>", "1.0.0")).toThrow(/exactly one/);
  });
});

describe("cliFailed: office-addin CLIs print errors and still exit 0", () => {
  it.each([
    [0, "Debugging started.\n", false],
    [0, "Stopping the dev server...\nStopped.\n", false],
    // real office-addin-debugging outputs that come with exit status 0
    [0, "Error: Unable to start debugging.\nError: platform not supported: linux\n", true],
    [0, "Unable to sideload the Office Add-in. \nError: For sideload to web, you need to specify a document url.\n", true],
    [0, "Unable to start the dev server. Error: The dev server is not running on port 3000.\n", true],
    [1, "", true],
    [null, "killed", true],
    // "error" inside a word or a path is not a failure marker
    [0, "Loaded /home/me/errors-and-fixes/manifest.xml\n", false],
  ])("exit %s with %j -> failed %s", (code, output, failed) => {
    expect(cliFailed(code, output)).toBe(failed);
  });
});

describe("documentUrlForSideload", () => {
  it("keeps a URL that already has a query (Excel on the web URLs do)", () => {
    const url = "https://contoso.sharepoint.com/:x:/r/personal/book.xlsx?d=w1&web=1";
    expect(documentUrlForSideload(url)).toBe(url);
  });

  it("adds '?' to a URL without a query, since office-addin-debugging appends '&...'", () => {
    expect(documentUrlForSideload("https://onedrive.live.com/edit.aspx#frag")).toBe("https://onedrive.live.com/edit.aspx?");
  });

  it.each([[undefined], [""], ["not a url"], ["http://contoso.sharepoint.com/book.xlsx?x=1"]])("refuses %j", (raw) => {
    expect(() => documentUrlForSideload(raw)).toThrow();
  });
});

describe("development certificates (generated without sudo)", () => {
  // Generated into a temporary folder: the real ~/.office-addin-dev-certs may be in
  // use by a dev server that another test file started.
  it("office-addin-dev-certs makes a localhost certificate; judged stale a day before expiry, or when mismatched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aif-certs-"));
    try {
      const paths = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(dir, f));
      expect(devCertificatesUsable(Date.now(), dir)).toBe(false); // nothing there yet
      await generateCertificates(paths[0], paths[1], paths[2]);
      const leaf = new X509Certificate(readFileSync(paths[1]));
      expect(leaf.subjectAltName).toContain("DNS:localhost");
      const expires = Date.parse(leaf.validTo);
      expect(devCertificatesUsable(Date.now(), dir)).toBe(true);
      // office-addin-dev-certs issues them for 30 days; start.mjs renews inside the last day.
      expect(devCertificatesUsable(expires - 2 * 86_400_000, dir)).toBe(true);
      expect(devCertificatesUsable(expires - 3_600_000, dir)).toBe(false);
      // A key that does not belong to the certificate is unusable.
      writeFileSync(paths[2], generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }));
      expect(devCertificatesUsable(Date.now(), dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
