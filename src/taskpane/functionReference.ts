/**
 * The function reference of the pane: name, syntax, description (English or
 * French) and one worked example per AIF function.
 *
 * Which functions and their syntax come from functions.json (what Excel
 * registers, see functionList.ts); the descriptions and examples from the
 * function registry (src/functions/registry.ts), so a function appears here as
 * soon as it is registered, and nothing about it is written twice.
 */
import { FUNCTIONS } from "../functions/registry";
import type { FunctionSummary } from "./functionList";
import type { Language } from "./strings";

export interface FunctionDoc {
  /** Excel name with namespace, e.g. "AIF.DEAL_STAKE" */
  name: string;
  description: Record<Language, string>;
  /** a formula that works as typed, "=AIF...." (the registry's first example) */
  example: string;
}

/** The registry as the pane reads it, in registry order. */
export const FUNCTION_DOCS: readonly FunctionDoc[] = FUNCTIONS.map((f) => ({
  name: `AIF.${f.id}`,
  description: { en: f.summary.en, fr: f.summary.fr },
  example: f.examples[0].formula,
}));

/** One entry as the pane shows it. */
export interface ReferenceEntry {
  name: string;
  syntax: string;
  description: string;
  example?: string;
}

/**
 * The reference in the order Excel registers the functions, with examples where known.
 * @param registered from functions.json; when empty or unavailable, the registry
 *   alone, with "…" for the arguments (only functions.json knows them)
 */
export function referenceEntries(registered: readonly FunctionSummary[], lang: Language): ReferenceEntry[] {
  const docs = new Map(FUNCTION_DOCS.map((d) => [d.name.toUpperCase(), d]));
  if (registered.length === 0) return FUNCTION_DOCS.map((d) => ({ name: d.name, syntax: `${d.name}(…)`, description: d.description[lang], example: d.example }));
  return registered.map((f) => {
    const doc = docs.get(f.name.toUpperCase());
    return {
      name: f.name,
      syntax: `${f.name}(${f.signature})`,
      description: doc?.description[lang] ?? f.summary,
      example: doc?.example,
    };
  });
}
