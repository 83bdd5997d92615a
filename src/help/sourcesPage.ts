/**
 * help/sources.html: the project's docs/sources.md shipped next to the help
 * pages, so their "sources" links stay inside the add-in's own origin (no
 * external link, the same strict CSP). The Markdown is shown as written, in a
 * wrapping preformatted block: faithful, and readable without a renderer.
 */
import { escapeHtml } from "./helpPage";

/**
 * @param markdown the text of docs/sources.md
 * @returns a complete HTML page
 */
export function renderSourcesPage(markdown: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI Factory Finance — sources (docs/sources.md)</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<header>
<h1>Sources</h1>
<p class="meta"><a href="functions.html">AIF function reference</a> · <a href="functions.fr.html" hreflang="fr" lang="fr">Référence en français</a></p>
</header>
<main>
<pre class="source">${escapeHtml(markdown)}</pre>
</main>
</body>
</html>
`;
}
