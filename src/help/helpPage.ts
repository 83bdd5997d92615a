/**
 * The help page that every function's @helpurl and the manifest's SupportUrl
 * open, rendered at build time (webpack.config.js, HelpPagePlugin) from the
 * function registry and the generated functions.json: parameter names, units,
 * domains and defaults come from the JSDoc (through functions.json), prose and
 * examples from src/functions/registry.ts. Nothing here is per function.
 *
 * The page is static: a strict CSP, no script, no inline style (help.css).
 */
import { GPU_PROFILES } from "../core/capacity";
import { FUNCTIONS, type FunctionEntry } from "../functions/registry";

/** The parts of functions.json the page reads. */
export interface FunctionsMetadata {
  functions: { id: string; parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[] }[];
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The anchor of a function's section, also the fragment of its @helpurl. */
export function helpAnchor(id: string): string {
  return id.toLowerCase();
}

const COMMON = `<section id="common">
<h2>How every function behaves</h2>
<ul>
<li><strong>Ranges broadcast like Excel arithmetic.</strong> Every argument marked <em>cell or range</em> below may be one cell or a range. The result spills with the largest size in each direction; a single row or column stretches; a column against a row makes a grid; cells beyond a shorter range are <code>#N/A</code>.</li>
<li><strong>Blank cells count as 0.</strong> An omitted optional argument takes its default.</li>
<li><strong>Exact decimals.</strong> Numbers are read as typed (87.2 is 87.2, not 87.2000000000000028…). GPU counts are exact whole numbers; other results are within one unit in the last place of the exact value.</li>
<li><strong>Errors per cell.</strong> One bad cell gives one error cell, not an error for the whole spill:
<table>
<thead><tr><th>error</th><th>when</th></tr></thead>
<tbody>
<tr><td><code>#VALUE!</code></td><td>an argument outside its domain or text where a number belongs; the message (hover the cell's error flag) names the argument and the rule, e.g. <q>price_per_share must be greater than 0</q></td></tr>
<tr><td><code>#DIV/0!</code></td><td>a zero denominator</td></tr>
<tr><td><code>#NUM!</code></td><td>a result too large for Excel, or not meaningful (leverage on negative EBITDA)</td></tr>
<tr><td><code>#N/A</code></td><td>no input for this cell (ranges of different sizes)</td></tr>
<tr><td>the same error</td><td>an error value passed in (<code>#REF!</code> and <code>#NAME?</code>, which functions cannot return, become <code>#VALUE!</code>)</td></tr>
</tbody>
</table>
</li>
</ul>
</section>`;

function argumentsTable(meta: FunctionsMetadata["functions"][number]): string {
  const rows = meta.parameters.map((p) => {
    const kind = p.dimensionality === "matrix" ? "cell or range" : "one value";
    return `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}</td><td>${escapeHtml(p.description ?? "")}</td><td>${kind}</td></tr>`;
  });
  return `<table>\n<thead><tr><th>argument</th><th>unit, domain and default</th><th>takes</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function examplesTable(entry: FunctionEntry): string {
  const rows = entry.examples.map(
    (e) => `<tr><td><code>${escapeHtml(e.formula)}</code></td><td class="num"><samp>${escapeHtml(e.shows)}</samp></td><td>${escapeHtml(e.note ?? "")}</td></tr>`,
  );
  const spills = entry.examples
    .filter((e) => e.spills)
    .map((e) => {
      const body = e.spills!.map((r) => `<tr>${r.map((c, i) => `<td${i > 0 ? ' class="num"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`);
      return `<p><code>${escapeHtml(e.formula)}</code> spills</p>\n<table class="schedule">\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
    });
  return [`<table class="examples">\n<thead><tr><th>formula</th><th class="num">result</th><th>note</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`, ...spills].join("\n");
}

function gpuProfilesTable(): string {
  const rows = Object.entries(GPU_PROFILES).map(([name, p]) => {
    const watts = (p.systemWatts / p.gpusPerSystem).toLocaleString("en-US", { maximumFractionDigits: 2 });
    return `<tr><td><code>${name}</code></td><td>${escapeHtml(p.label)} (${escapeHtml(p.source)})${p.estimate ? " — <em>an estimate</em>" : ""}</td><td class="num">${watts}</td></tr>`;
  });
  return `<table>\n<thead><tr><th>profile</th><th>basis</th><th class="num">watts per GPU</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function section(entry: FunctionEntry, metadata: FunctionsMetadata): string {
  const meta = metadata.functions.find((f) => f.id === entry.id);
  if (!meta) throw new Error(`functions.json has no ${entry.id}, which the registry lists`);
  const signature = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return [
    `<section id="${helpAnchor(entry.id)}">`,
    `<h2><code>AIF.${entry.id}</code></h2>`,
    ...entry.about.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<pre class="syntax">=AIF.${entry.id}(${escapeHtml(signature)})</pre>`,
    argumentsTable(meta),
    ...(entry.appendix === "gpu-profiles" ? [gpuProfilesTable()] : []),
    examplesTable(entry),
    `<p class="muted">Errors: ${escapeHtml(entry.errors)}</p>`,
    `</section>`,
  ].join("\n");
}

/**
 * The whole page.
 * @param metadata functions.json as generated from the JSDoc
 * @throws Error when the registry and functions.json do not list the same ids (a build error)
 */
export function renderHelpPage(metadata: FunctionsMetadata): string {
  const ids = metadata.functions.map((f) => f.id).sort();
  const listed = FUNCTIONS.map((f) => f.id).sort();
  if (ids.join() !== listed.join()) {
    throw new Error(`functions.json ids (${ids.join(", ")}) differ from src/functions/registry.ts (${listed.join(", ")})`);
  }
  const nav = FUNCTIONS.map((f) => `<li><a href="#${helpAnchor(f.id)}"><code>AIF.${f.id}</code></a> — ${escapeHtml(f.tagline)}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI Factory Finance — AIF function reference</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<header>
<h1>AIF function reference</h1>
<p class="lead">Custom functions of the AI Factory Finance add-in for Excel: deal stakes, debt coverage, leverage, debt schedules and AI-factory power in GPUs.</p>
</header>
<nav aria-label="Functions">
<ul>
${nav.join("\n")}
</ul>
</nav>
${COMMON}
${FUNCTIONS.map((f) => section(f, metadata)).join("\n")}
<footer class="muted">
<p>Sources for every profile and example: Nvidia and CoreWeave filings and press releases, NVIDIA system specifications (the project's docs/sources.md).</p>
</footer>
</body>
</html>
`;
}
