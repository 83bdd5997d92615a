/**
 * Spaces that must not break, applied to every text the pane shows (its own
 * strings and the models' titles and questions, which are data written
 * elsewhere): a line never starts with "?" or "B".
 * - French: a narrow no-break space (U+202F) before ? ! ; : and inside « »,
 *   replacing a plain space where the text has one;
 * - both languages: a no-break space (U+00A0) between an amount and its unit
 *   ("$2 B", "$18.8 B", "5 GW", "47 M", "87,20 $", "2 Md$").
 */
import { frenchSpaces } from "../functions/frenchSyntax";
import type { Language } from "./strings";

const NBSP = "\u00a0";

/**
 * @param text any UI text
 * @param lang the language it is written in
 * @returns the text with the spaces above made unbreakable
 */
export function unbreakable(text: string, lang: Language): string {
  const t = text.replace(/(\d) (B|M|K|GW|MW|W|%|\$|Md\$?|€)(?![\p{L}\d])/gu, `$1${NBSP}$2`);
  return lang === "fr" ? frenchSpaces(t) : t;
}
