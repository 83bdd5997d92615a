/**
 * help/sources.html: the project's docs/sources.md shipped next to the help
 * pages, so their "sources" links stay inside the add-in's own origin (no
 * external link, the same strict CSP). The Markdown is shown as written, in a
 * wrapping preformatted block: faithful, and readable without a renderer.
 */
import { escapeHtml } from "./helpPage";
import { pageHead } from "./pageHead";

/**
 * @param markdown the text of docs/sources.md
 * @returns a complete HTML page
 */
export function renderSourcesPage(markdown: string): string {
  return `${pageHead("en", "AI Factory Finance — sources (docs/sources.md)", false)}<header>
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
