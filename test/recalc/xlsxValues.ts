/**
 * Reads the cached values of a recalculated .xlsx: what Gnumeric saved after
 * `ssconvert --recalc`. ExcelJS cannot be used for this: it reads a formula's
 * text result stored as a shared string (`t="s"`, which Gnumeric writes) as the
 * string's index. A minimal zip reader (stored and deflated entries, node:zlib)
 * and fast-xml-parser suffice for the one-sheet files the suite writes.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import type { CellValue, ErrorCell, RecalculatedSheet } from "./engine";

/** Every entry of a zip archive by name (central directory; no zip64, no encryption). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip archive (no end of central directory)");
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: bad central directory entry ${i}`);
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const [nameLen, extraLen, commentLen] = [bytes.readUInt16LE(p + 28), bytes.readUInt16LE(p + 30), bytes.readUInt16LE(p + 32)];
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, inflateRawSync(data));
    else throw new Error(`zip: ${name} uses compression method ${method}`);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

type Xml = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false, trimValues: false, removeNSPrefix: true });
const list = (x: unknown): Xml[] => (x === undefined ? [] : Array.isArray(x) ? (x as Xml[]) : [x as Xml]);
/** text of `<t>` / `<v>`: a string, or `{ "#text": ... }` when it carries attributes */
const text = (x: unknown): string => (x === undefined ? "" : typeof x === "object" ? String((x as Xml)["#text"] ?? "") : String(x));
/** text of a shared string or inline string: `<t>` or rich-text runs `<r><t>` */
const richText = (si: Xml): string => (si.t !== undefined ? text(si.t) : list(si.r).map((r) => text(r.t)).join(""));

/** `C19` -> [18, 2] (0-based row, column) */
function position(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

/**
 * The cached values, errors, formula count and defined names of one sheet.
 * @param path   an .xlsx file
 * @param sheet  the sheet's name
 * @returns the sheet, or a message when the file has no such sheet
 */
export function readXlsxValues(path: string, sheet: string): RecalculatedSheet | string {
  const zip = unzip(readFileSync(path));
  const xml = (name: string): Xml => {
    const b = zip.get(name);
    if (!b) throw new Error(`${path}: no ${name}`);
    return parser.parse(b.toString("utf8")) as Xml;
  };
  const workbook = xml("xl/workbook.xml").workbook as Xml;
  const sheets = list((workbook.sheets as Xml).sheet);
  const entry = sheets.find((s) => s.name === sheet);
  if (!entry) return `no sheet ${JSON.stringify(sheet)} (sheets: ${sheets.map((s) => String(s.name)).join(", ")})`;
  const rels = list((xml("xl/_rels/workbook.xml.rels").Relationships as Xml).Relationship);
  const target = String(rels.find((r) => r.Id === entry.id)?.Target ?? "");
  const shared = zip.has("xl/sharedStrings.xml") ? list((xml("xl/sharedStrings.xml").sst as Xml).si).map(richText) : [];
  const names: Record<string, string> = {};
  for (const n of list((workbook.definedNames as Xml | undefined)?.definedName)) names[String(n.name)] = text(n).replace(/^.*!/, "");

  const cells: CellValue[][] = [];
  const errors: ErrorCell[] = [];
  let formulaCount = 0;
  const data = (xml(`xl/${target.replace(/^\/?xl\//, "")}`).worksheet as Xml).sheetData as Xml;
  for (const row of list(data.row)) {
    for (const c of list(row.c)) {
      const [r, col] = position(String(c.r));
      const raw = text(c.v);
      let value: CellValue;
      if (c.t === "s") value = shared[Number(raw)];
      else if (c.t === "inlineStr") value = richText(c.is as Xml);
      else if (c.t === "str" || c.t === "e") value = raw;
      else if (c.t === "b") value = raw === "1";
      else value = raw === "" ? "" : Number(raw);
      (cells[r] ??= [])[col] = value;
      if (c.f !== undefined) {
        formulaCount++;
        if (c.t === "e") errors.push({ row: r, col, error: raw });
      }
    }
  }
  for (let r = 0; r < cells.length; r++) cells[r] = Array.from(cells[r] ?? [], (v) => v ?? "");
  return { cells, errors, formulaCount, names };
}
