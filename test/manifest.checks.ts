// Offline checks of an add-in manifest (the source manifest.xml and the one a
// production build emits). `office-addin-manifest validate` needs an online
// service, so these encode the rules we rely on instead. Each check returns a
// list of problems (empty = fine) so tests can show all of them at once and can
// also prove, on a deliberately broken manifest, that a check catches its fault.
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A manifest element reduced to what the checks need. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  parent: XmlNode | null;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toTree(nodes: OrderedNode[], parent: XmlNode | null): XmlNode[] {
  const out: XmlNode[] = [];
  for (const raw of nodes) {
    const name = Object.keys(raw).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "#comment" || name === "?xml") continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    const node: XmlNode = { name, attrs, text: "", children: [], parent };
    const kids = raw[name] as OrderedNode[];
    node.text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    node.children = toTree(kids, node);
    out.push(node);
  }
  return out;
}

/**
 * Parses manifest text. Throws with the parser's line/column when it is not
 * well-formed XML.
 */
export function parseManifest(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`manifest is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, col ${valid.err.col})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const roots = toTree(parser.parse(xml) as OrderedNode[], null);
  const root = roots.find((n) => n.name === "OfficeApp");
  if (!root) throw new Error("manifest root element is not <OfficeApp>");
  return root;
}

/** Every element under `node` (depth first), `node` included. */
export function allNodes(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

export function find(node: XmlNode, name: string): XmlNode[] {
  return allNodes(node).filter((n) => n.name === name);
}

export function one(node: XmlNode, name: string): XmlNode {
  const found = find(node, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

/** Resource tables: id -> DefaultValue, per kind. */
export function resources(root: XmlNode): Record<"images" | "urls" | "strings", Map<string, string>> {
  const table = (container: string, item: string) =>
    new Map(
      find(root, container).flatMap((c) =>
        c.children.filter((n) => n.name === item).map((n) => [n.attrs.id, n.attrs.DefaultValue] as [string, string]),
      ),
    );
  const strings = new Map([...table("bt:ShortStrings", "bt:String"), ...table("bt:LongStrings", "bt:String")]);
  return { images: table("bt:Images", "bt:Image"), urls: table("bt:Urls", "bt:Url"), strings };
}

/** Which resource kind a `resid` on this element must name. */
function expectedKind(node: XmlNode): "images" | "urls" | "strings" {
  if (node.name === "bt:Image") return "images";
  if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(node.name)) return "urls";
  return "strings";
}

/** Problems: a resid naming no resource, or a resource of the wrong kind; resources nobody uses; duplicate ids. */
export function residProblems(root: XmlNode): string[] {
  const res = resources(root);
  const problems: string[] = [];
  const used = new Set<string>();
  for (const node of allNodes(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const kind = expectedKind(node);
    if (!res[kind].has(resid)) problems.push(`<${node.name} resid="${resid}"> names no ${kind} resource`);
  }
  const ids = find(root, "bt:Image")
    .concat(find(root, "bt:Url"), find(root, "bt:String"))
    .map((n) => n.attrs.id)
    .filter((id): id is string => id !== undefined);
  for (const id of ids) {
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`resource id "${id}" is defined twice`);
    if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  }
  return [...new Set(problems)];
}

/** Every absolute URL in the manifest (attribute values and element text), XML namespaces excepted. */
export function manifestUrls(root: XmlNode): string[] {
  const urls: string[] = [];
  for (const node of allNodes(root)) {
    for (const [k, v] of Object.entries(node.attrs)) {
      if (k.startsWith("xmlns")) continue;
      if (/^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (/^[a-z]+:\/\//i.test(node.text)) urls.push(node.text);
  }
  return urls;
}

/** Problems: any URL not under `base` + "/" (this also rejects http and other hosts). */
export function urlBaseProblems(root: XmlNode, base: string): string[] {
  return manifestUrls(root)
    .filter((u) => !u.startsWith(`${base}/`))
    .map((u) => `URL not on ${base}: ${u}`);
}

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian), after checking the signature. */
export function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature) || buf.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Every icon the manifest shows, with the pixel size Office expects: the
 * <bt:Image size="N"> references, IconUrl (32) and HighResolutionIconUrl (64).
 */
export function declaredIcons(root: XmlNode): { url: string; size: number; where: string }[] {
  const res = resources(root);
  const icons: { url: string; size: number; where: string }[] = [];
  for (const ref of find(root, "bt:Image").filter((n) => n.attrs.resid !== undefined)) {
    const url = res.images.get(ref.attrs.resid);
    if (url) icons.push({ url, size: Number(ref.attrs.size), where: `${ref.parent?.parent?.name} ${ref.attrs.resid}` });
  }
  icons.push({ url: one(root, "IconUrl").attrs.DefaultValue, size: 32, where: "IconUrl" });
  icons.push({ url: one(root, "HighResolutionIconUrl").attrs.DefaultValue, size: 64, where: "HighResolutionIconUrl" });
  return icons;
}
