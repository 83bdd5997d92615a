/**
 * The function reference of the pane: name, syntax, description (English or
 * French) and one worked example per AIF function.
 *
 * Which functions, their names and syntax come from the metadata of the pane's
 * language (what Excel registers, see functionList.ts); descriptions and examples
 * from the function registry (src/functions/registry.ts) and, in French, names
 * and syntax from src/functions/french.ts. In French the example is shown as a
 * French Excel shows it ("; " between arguments, decimal comma), while the
 * formula the pane writes stays English (see exampleTarget.ts).
 */
import { FRENCH } from "../functions/french";
import { frenchFormula } from "../functions/frenchSyntax";
import { FUNCTIONS } from "../functions/registry";
import type { FunctionSummary } from "./functionList";
import type { Language } from "./strings";

export interface FunctionDoc {
  /** Excel id, e.g. "DEAL_STAKE" */
  id: string;
  /** Excel name with namespace, e.g. "AIF.DEAL_STAKE" */
  name: string;
  description: Record<Language, string>;
  /** a formula that works as typed, "=AIF...." (the registry's first example), in English syntax */
  example: string;
  /** the cells the example fills: its spill, or one cell */
  size: { rows: number; cols: number };
}

/** The registry as the pane reads it, in registry order. */
export const FUNCTION_DOCS: readonly FunctionDoc[] = FUNCTIONS.map((f) => {
  const e = f.examples[0];
  return {
    id: f.id,
    name: `AIF.${f.id}`,
    description: { en: f.summary.en, fr: f.summary.fr },
    example: e.formula,
    size: e.spills ? { rows: e.spills.length, cols: Math.max(...e.spills.map((r) => r.length)) } : { rows: 1, cols: 1 },
  };
});

/** One entry as the pane shows it. */
export interface ReferenceEntry {
  id: string;
  /** in the pane's language: "AIF.DEAL_STAKE" or "AIF.PARTICIPATION_APRES_EMISSION" */
  name: string;
  syntax: string;
  description: string;
  /** the example as shown, in the pane's syntax */
  example?: string;
  /** the example as written into the cell (English syntax) and the cells it fills */
  write?: { formula: string; size: { rows: number; cols: number } };
}

function withExample(entry: Omit<ReferenceEntry, "example" | "write">, doc: FunctionDoc | undefined, lang: Language): ReferenceEntry {
  if (!doc) return entry;
  return { ...entry, example: lang === "fr" ? frenchFormula(doc.example) : doc.example, write: { formula: doc.example, size: doc.size } };
}

/**
 * The reference in the order Excel registers the functions, with examples where known.
 * @param registered from the metadata of the pane's language; when empty or
 *   unavailable, the registry alone, with "…" for the arguments (only the metadata knows them)
 */
export function referenceEntries(registered: readonly FunctionSummary[], lang: Language): ReferenceEntry[] {
  const docs = new Map(FUNCTION_DOCS.map((d) => [d.id, d]));
  if (registered.length === 0) {
    return FUNCTION_DOCS.map((d) => {
      const name = lang === "fr" && FRENCH[d.id] ? `AIF.${FRENCH[d.id].name}` : d.name;
      return withExample({ id: d.id, name, syntax: `${name}(…)`, description: d.description[lang] }, d, lang);
    });
  }
  return registered.map((f) => {
    const doc = docs.get(f.id.toUpperCase());
    return withExample({ id: f.id, name: f.name, syntax: `${f.name}(${f.signature})`, description: doc?.description[lang] ?? f.summary }, doc, lang);
  });
}
