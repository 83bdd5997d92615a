// The add-in manifest, checked offline (no Office service). See manifest.checks.ts
// for the rules; here they run on manifest.xml, plus mutated copies proving that
// each check can fail.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  declaredIcons,
  find,
  one,
  parseManifest,
  pngSize,
  resources,
  residProblems,
  urlBaseProblems,
  type XmlNode,
} from "./manifest.checks";

const ROOT = join(__dirname, "..");
const DEV_BASE = "https://localhost:3000";
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const root = parseManifest(xml);
const res = resources(root);

/** The element's resid looked up in the URL table. */
const urlOf = (node: XmlNode) => res.urls.get(node.attrs.resid);

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks with a real, stable id and the package version", () => {
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    const id = one(root, "Id").text;
    // RFC 4122 version-4 GUID, not a template's all-zero or example id.
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(find(root, "Host").filter((h) => h.parent?.parent?.name === "OfficeApp").map((h) => h.attrs.Name)).toEqual([
      "Workbook",
    ]);
    expect(one(root, "Version").text).toBe(`${pkg.version}.0`);
  });

  it("orders the top-level elements as the OfficeApp schema's sequence requires", () => {
    // Sequence from the TaskPaneApp schema (the manifest reference lists the same order);
    // Office rejects a manifest whose elements are out of order.
    const sequence = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ];
    const present = root.children.map((n) => n.name);
    expect(present).toEqual(sequence.filter((name) => present.includes(name)));
    expect(present.filter((name) => !sequence.includes(name))).toEqual([]);
  });

  it("uses the task pane VersionOverrides 1.0 schema, the only one that allows <Runtimes> in a task pane add-in", () => {
    const vo = one(root, "VersionOverrides");
    expect(vo.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(vo.attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    // Inside the Workbook host: Runtimes first, then AllFormFactors, then DesktopFormFactor.
    expect(one(vo, "Host").children.map((n) => n.name)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  it("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 and asks for ReadWriteDocument", () => {
    const sets = Object.fromEntries(find(root, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    expect(one(root, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("defines every resid it uses, with the right kind, and nothing unused", () => {
    expect(residProblems(root)).toEqual([]);
  });

  it("puts every URL on the development base https://localhost:3000", () => {
    expect(urlBaseProblems(root, DEV_BASE)).toEqual([]);
  });

  it("declares no AppDomains: office.js is a script, not a navigation, and nothing else is visited", () => {
    expect(find(root, "AppDomain")).toEqual([]);
  });

  it("runs everything in one long-lived shared runtime on the task pane page", () => {
    const runtime = one(root, "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const pane = runtime.attrs.resid;
    expect(urlOf(runtime)).toBe(`${DEV_BASE}/taskpane.html`);
    // Office shares the runtime only when all of these name the same resid.
    const cf = find(root, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions");
    expect(cf).toBeDefined();
    const page = one(one(cf as XmlNode, "Page"), "SourceLocation");
    expect(page.attrs.resid).toBe(pane);
    expect(one(root, "FunctionFile").attrs.resid).toBe(pane);
    const action = one(root, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(one(action, "SourceLocation").attrs.resid).toBe(pane);
    expect(one(root, "DefaultSettings").children[0].attrs.DefaultValue).toBe(`${DEV_BASE}/taskpane.html`);
  });

  it("registers the custom functions under namespace AIF with functions.js and functions.json", () => {
    const cf = find(root, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions") as XmlNode;
    expect(res.strings.get(one(cf, "Namespace").attrs.resid)).toBe("AIF");
    expect(urlOf(one(one(cf, "Script"), "SourceLocation"))).toBe(`${DEV_BASE}/functions.js`);
    expect(urlOf(one(one(cf, "Metadata"), "SourceLocation"))).toBe(`${DEV_BASE}/functions.json`);
  });

  it("gives French Excel the French metadata and help page (fr-FR overrides), same ids, same code", () => {
    const cf = find(root, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions") as XmlNode;
    const metadataUrl = find(root, "bt:Url").find((u) => u.attrs.id === one(one(cf, "Metadata"), "SourceLocation").attrs.resid) as XmlNode;
    const override = (node: XmlNode) => node.children.filter((c) => c.name === "bt:Override" || c.name === "Override").map((c) => [c.attrs.Locale, c.attrs.Value]);
    expect(override(metadataUrl)).toEqual([["fr-FR", `${DEV_BASE}/functions.fr.json`]]);
    const helpUrl = find(root, "bt:Url").find((u) => u.attrs.id === one(root, "LearnMoreUrl").attrs.resid) as XmlNode;
    expect(override(helpUrl)).toEqual([["fr-FR", `${DEV_BASE}/help/functions.fr.html`]]);
    expect(override(one(root, "SupportUrl"))).toEqual([["fr-FR", `${DEV_BASE}/help/functions.fr.html`]]);
    // one script for both languages: the ids in functions.fr.json are the ids functions.js associates
    expect(urlOf(one(one(cf, "Script"), "SourceLocation"))).toBe(`${DEV_BASE}/functions.js`);
  });

  it("has a Home-tab button that opens the task pane", () => {
    const tab = one(root, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const buttons = find(tab, "Control").filter((c) => c.attrs["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    expect(one(buttons[0], "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(res.strings.get(one(buttons[0], "Label").attrs.resid)).toBeTruthy();
  });

  it("points SupportUrl and the Get Started link at the shipped help page", () => {
    expect(one(root, "SupportUrl").attrs.DefaultValue).toBe(`${DEV_BASE}/help/functions.html`);
    expect(urlOf(one(root, "LearnMoreUrl"))).toBe(`${DEV_BASE}/help/functions.html`);
  });

  it("keeps strings within Office's limits (short 125, long and Description 250 characters)", () => {
    const short = find(root, "bt:ShortStrings").flatMap((s) => s.children.map((c) => c.attrs.DefaultValue));
    const long = find(root, "bt:LongStrings").flatMap((s) => s.children.map((c) => c.attrs.DefaultValue));
    for (const s of short) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of long) expect(s.length).toBeLessThanOrEqual(250);
    expect(one(root, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    const description = root.children.find((n) => n.name === "Description") as XmlNode;
    expect(description.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("ships every icon as a PNG in assets/ at its declared pixel size (16, 32, 64, 80)", () => {
    const icons = declaredIcons(root);
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const icon of icons) {
      const path = new URL(icon.url).pathname; // "/assets/icon-32.png"
      const file = join(ROOT, path);
      expect(existsSync(file), `${icon.where}: ${file}`).toBe(true);
      expect(pngSize(file), icon.where).toEqual({ width: icon.size, height: icon.size });
    }
  });

  it("serves only files the project has: each URL path maps to a source file or a build output", () => {
    const sources: Record<string, string> = {
      "/taskpane.html": "src/taskpane/taskpane.html",
      "/functions.js": "src/functions/registry.ts",
      "/functions.json": "src/functions/registry.ts",
      "/help/functions.html": "src/help/helpPage.ts",
      "/functions.fr.json": "src/functions/french.ts",
      "/help/functions.fr.html": "src/help/helpPage.ts",
    };
    const overrides = find(root, "bt:Override").concat(find(root, "Override")).map((o) => o.attrs.Value).filter((v) => /^https:/.test(v));
    for (const url of new Set([...res.urls.values(), ...res.images.values(), ...overrides])) {
      const path = new URL(url).pathname;
      const source = sources[path] ?? path.slice(1);
      expect(Object.keys(sources).includes(path) || path.startsWith("/assets/"), `unexpected URL ${url}`).toBe(true);
      if (path.startsWith("/assets/")) expect(existsSync(join(ROOT, source)), source).toBe(true);
    }
  });
});

describe("the manifest checks catch broken manifests", () => {
  it("rejects malformed XML with a line number", () => {
    expect(() => parseManifest(xml.replace("</Hosts>", ""))).toThrow(/not well-formed XML.*line \d+/);
  });

  it("finds a resid with no resource, and a resource nobody uses", () => {
    const broken = parseManifest(xml.replace('resid="Group.Label"', 'resid="Group.Missing"'));
    expect(residProblems(broken)).toEqual([
      '<Label resid="Group.Missing"> names no strings resource',
      'resource "Group.Label" is defined but never used',
    ]);
  });

  it("finds a resid naming a resource of the wrong kind", () => {
    const broken = parseManifest(xml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Icon.16x16"/>'));
    expect(residProblems(broken)).toContain('<FunctionFile resid="Icon.16x16"> names no urls resource');
  });

  it("finds a URL off the base, including plain http", () => {
    const broken = parseManifest(xml.replace(`${DEV_BASE}/functions.json`, "http://localhost:3000/functions.json"));
    expect(urlBaseProblems(broken, DEV_BASE)).toEqual([`URL not on ${DEV_BASE}: http://localhost:3000/functions.json`]);
  });

  it("reads PNG sizes from IHDR and refuses non-PNG files", () => {
    expect(pngSize(join(ROOT, "assets/icon-80.png"))).toEqual({ width: 80, height: 80 });
    expect(() => pngSize(join(ROOT, "manifest.xml"))).toThrow(/not a PNG/);
  });
});
