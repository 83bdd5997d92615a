/**
 * Everything the build derives from the generated English functions.json, in
 * one call for webpack.config.js (HelpPagePlugin): the French functions.json
 * and the help pages in both languages, plus the sources page they link to.
 */
import { frenchMetadata, type MetadataEntry } from "../functions/frenchMetadata";
import { renderHelpPage } from "./helpPage";
import { renderSourcesPage } from "./sourcesPage";

/**
 * @param englishJson the text of the English functions.json (helpUrls already on their final base)
 * @param version     package.json's version, printed on the help pages
 * @param sourcesMarkdown the text of docs/sources.md
 * @returns emitted file name (relative to the output directory) -> content
 * @throws Error when a function lacks a French entry or the registry and metadata disagree
 */
export function buildLocalisedAssets(englishJson: string, version: string, sourcesMarkdown: string): Record<string, string> {
  const english = JSON.parse(englishJson) as { functions: MetadataEntry[] };
  const french = frenchMetadata(english);
  return {
    "functions.fr.json": `${JSON.stringify(french, null, 2)}\n`,
    "help/functions.html": renderHelpPage(english, { lang: "en", version }),
    "help/functions.fr.html": renderHelpPage(french, { lang: "fr", version }),
    "help/sources.html": renderSourcesPage(sourcesMarkdown),
  };
}
