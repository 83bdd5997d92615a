/**
 * The one table format every bench section prints: a GitHub-flavoured markdown
 * table, so `npm run bench` output pastes into the README or a PR as it is.
 * (bench.ts loads only the .ts files directly in scripts/bench/, not this folder.)
 */

/** Column alignment: text columns left, figures right. */
export type Align = "left" | "right";

/**
 * Formats a markdown table, cells padded so it also reads as plain text.
 * @param head   column titles
 * @param rows   one array per row, as many cells as `head`; numbers should be pre-formatted strings
 * @param align  per column (default: first column left, the others right)
 * @returns the table's lines joined by "\n"
 * @throws RangeError when a row has the wrong number of cells (a bug in the section)
 */
export function markdownTable(head: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly Align[]): string {
  const al = align ?? head.map((_h, i) => (i === 0 ? "left" : "right"));
  const text = rows.map((r, k) => {
    if (r.length !== head.length) throw new RangeError(`row ${k} has ${r.length} cells, the table ${head.length} columns`);
    return r.map((c) => String(c).replace(/\|/g, "\\|"));
  });
  const width = head.map((h, i) => Math.max(3, h.length, ...text.map((r) => r[i].length)));
  const pad = (s: string, i: number): string => (al[i] === "right" ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (cells: readonly string[]): string => `| ${cells.map(pad).join(" | ")} |`;
  const rule = `|${width.map((w, i) => (al[i] === "right" ? `${"-".repeat(w + 1)}:` : `:${"-".repeat(w + 1)}`)).join("|")}|`;
  return [line(head), rule, ...text.map(line)].join("\n");
}
