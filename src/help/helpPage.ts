/**
 * The help pages that every function's helpUrl and the manifest's SupportUrl
 * open, rendered at build time (webpack.config.js, HelpPagePlugin) in English
 * (help/functions.html) and French (help/functions.fr.html) from the function
 * registry, the translation table src/functions/french.ts and the generated
 * functions.json of the same language: parameter names, units, domains and
 * defaults come from the metadata, prose and examples from the registry.
 * Nothing here is per function.
 *
 * The pages are static: a strict CSP, no script, no inline style (help.css).
 * Wide content (syntax, tables) sits in keyboard-focusable scroll regions, so a
 * 350 px pane never cuts it off.
 */
import { GPU_PROFILES } from "../core/capacity";
import { FRENCH } from "../functions/french";
import { frenchFormula, frenchNumber } from "../functions/frenchSyntax";
import { FUNCTIONS, type FunctionEntry, type Language } from "../functions/registry";
import { HELP_TEXT, type HelpText } from "./helpText";
import { pageHead } from "./pageHead";

/** The parts of functions.json the page reads. */
export interface FunctionsMetadata {
  functions: { id: string; name?: string; parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[] }[];
}

/** What the build passes besides the metadata. */
export interface HelpOptions {
  /** the page's language; English by default */
  lang?: Language;
  /** the add-in version printed in the header (package.json) */
  version?: string;
}

type Meta = FunctionsMetadata["functions"][number];

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The anchor of a function's section, also the fragment of its helpUrl (the same in both languages). */
export function helpAnchor(id: string): string {
  return id.toLowerCase();
}

/** A table in a focusable, labelled region that scrolls sideways when the page is narrower than it. */
function scrollTable(label: string, table: string): string {
  return `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">\n${table}\n</div>`;
}

/** Two columns, so that a 350 px pane shows the whole table: what the argument takes goes under its name. */
function argumentsTable(meta: Meta, t: HelpText, name: string): string {
  const rows = meta.parameters.map((p) => {
    const kind = p.dimensionality === "matrix" ? t.cellOrRange : t.oneValue;
    return `<tr><td><code>${escapeHtml(p.name)}</code><br><span class="takes">${p.optional ? `${t.optional}, ` : ""}${kind}</span></td><td>${escapeHtml(t.prose(p.description ?? ""))}</td></tr>`;
  });
  return scrollTable(t.argumentsOf(name), `<table class="args">\n<thead><tr><th>${t.argument} (${t.takes})</th><th>${t.unitDomainDefault}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`);
}

function examplesTable(entry: FunctionEntry, t: HelpText, lang: Language, name: string): string {
  const formula = (f: string): string => (lang === "fr" ? frenchFormula(f) : f);
  const shown = (s: string): string => (lang === "fr" ? frenchNumber(s) : s);
  // Two columns, so that a 350 px pane shows the whole table: the note goes under its formula.
  // The notes cite English sources and are not translated: the French page leaves them out.
  const note = (n: string | undefined): string => (lang === "en" && n ? `<br><span class="note">${escapeHtml(n)}</span>` : "");
  const rows = entry.examples.map((e) => `<tr><td><code>${escapeHtml(formula(e.formula))}</code>${note(e.note)}</td><td class="num"><samp>${escapeHtml(shown(e.shows))}</samp></td></tr>`);
  const spills = entry.examples
    .filter((e) => e.spills)
    .map((e) => {
      const body = e.spills!.map((r) => `<tr>${r.map((c, i) => `<td${i > 0 ? ' class="num"' : ""}>${escapeHtml(shown(c))}</td>`).join("")}</tr>`);
      return `<p><code>${escapeHtml(formula(e.formula))}</code> ${t.spills}</p>\n${scrollTable(`${t.spills}: ${formula(e.formula)}`, `<table class="schedule">\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`)}`;
    });
  const head = `<thead><tr><th>${t.formula}</th><th class="num">${t.result}</th></tr></thead>`;
  return [scrollTable(t.examplesOf(name), `<table class="examples">\n${head}\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`), ...spills].join("\n");
}

function gpuProfilesTable(t: HelpText, lang: Language): string {
  const locale = lang === "fr" ? "fr-FR" : "en-US";
  const rows = Object.entries(GPU_PROFILES).map(([name, p]) => {
    const watts = (p.systemWatts / p.gpusPerSystem).toLocaleString(locale, { maximumFractionDigits: 2 });
    return `<tr><td><code>${name}</code></td><td>${escapeHtml(p.label)} (${escapeHtml(p.source)})${p.estimate ? ` — <em>${t.profiles.estimate}</em>` : ""}</td><td class="num">${watts}</td></tr>`;
  });
  return scrollTable(t.profiles.label, `<table>\n<thead><tr><th>${t.profiles.profile}</th><th>${t.profiles.basis}</th><th class="num">${t.profiles.watts}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`);
}

/** The function's name on this page: the Excel id in English, the French name (id in brackets) in French. */
function displayName(entry: FunctionEntry, lang: Language): string {
  return lang === "fr" ? `AIF.${FRENCH[entry.id]?.name ?? entry.id}` : `AIF.${entry.id}`;
}

function section(entry: FunctionEntry, metadata: FunctionsMetadata, t: HelpText, lang: Language): string {
  const meta = metadata.functions.find((f) => f.id === entry.id);
  if (!meta) throw new Error(`functions.json has no ${entry.id}, which the registry lists`);
  const name = displayName(entry, lang);
  const signature = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(lang === "fr" ? "; " : ", ");
  const prose = lang === "fr" ? [entry.summary.fr] : entry.about;
  const errors = lang === "fr" ? (FRENCH[entry.id]?.errors ?? entry.errors) : entry.errors;
  return [
    `<section id="${helpAnchor(entry.id)}">`,
    `<h2><code>${escapeHtml(name)}</code>${lang === "fr" ? ` <span class="id">(${entry.id})</span>` : ""}</h2>`,
    ...prose.map((p) => `<p>${escapeHtml(t.prose(p))}</p>`),
    `<pre class="syntax" tabindex="0" role="region" aria-label="${escapeHtml(t.syntaxOf(name))}">=${escapeHtml(name)}(${escapeHtml(signature)})</pre>`,
    argumentsTable(meta, t, name),
    ...(entry.appendix === "gpu-profiles" ? [gpuProfilesTable(t, lang)] : []),
    examplesTable(entry, t, lang, name),
    `<p class="muted">${escapeHtml(t.prose(`${t.errors}${lang === "fr" ? " :" : ":"} ${errors}`))}</p>`,
    `<p class="back"><a href="#contents">${t.backToList}</a></p>`,
    `</section>`,
  ].join("\n");
}

/**
 * The whole page in one language.
 * @param metadata functions.json of that language, as generated (English) or translated (French)
 * @param options  language (English by default) and the version shown in the header
 * @throws Error when the registry and functions.json do not list the same ids (a build error)
 */
export function renderHelpPage(metadata: FunctionsMetadata, options: HelpOptions = {}): string {
  const lang = options.lang ?? "en";
  const t = HELP_TEXT[lang];
  const ids = metadata.functions.map((f) => f.id).sort();
  const listed = FUNCTIONS.map((f) => f.id).sort();
  if (ids.join() !== listed.join()) {
    throw new Error(`functions.json ids (${ids.join(", ")}) differ from src/functions/registry.ts (${listed.join(", ")})`);
  }
  const tagline = (f: FunctionEntry): string => (lang === "fr" ? (FRENCH[f.id]?.tagline ?? f.tagline) : f.tagline);
  const nav = FUNCTIONS.map((f) => `<li><a href="#${helpAnchor(f.id)}"><code>${escapeHtml(displayName(f, lang))}</code></a> — ${escapeHtml(t.prose(tagline(f)))}</li>`);
  const other = t.otherLanguage;
  return `${pageHead(t.tag, t.title, true)}<header>
<h1>${t.heading}</h1>
<p class="lead">${t.lead}</p>
<p class="meta">${options.version === undefined ? "" : `${escapeHtml(t.versionLine(options.version))} · `}<a href="${other.href}" hreflang="${other.lang}" lang="${other.lang}">${other.label}</a> · <a href="sources.html">${t.sourcesLink}</a></p>
</header>
<main>
<nav id="contents" aria-label="${t.navLabel}">
<ul>
${nav.join("\n")}
</ul>
</nav>
${t.common}
${FUNCTIONS.map((f) => section(f, metadata, t, lang)).join("\n")}
</main>
<footer class="muted">
<p>${t.footer} <a href="sources.html">docs/sources.md</a>.</p>
</footer>
</body>
</html>
`;
}
