/**
 * The French functions.json, made at build time (webpack.config.js) from the
 * English one that custom-functions-metadata generates from the JSDoc, the
 * registry's French summaries and the translation table src/functions/french.ts.
 * Same ids, parameter order, types, dimensionality and options: only names,
 * descriptions and help URLs change, so Excel binds the same code to both.
 */
import { FRENCH } from "./french";
import { frenchFormula, frenchNumber, frenchSpaces } from "./frenchSyntax";
import { FUNCTIONS } from "./registry";

/** The parts of a functions.json entry this module reads or rewrites; everything else is copied. */
export interface MetadataEntry {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

/** The French help page next to the English one: ".../help/functions.html#x" -> ".../help/functions.fr.html#x". */
export function frenchHelpUrl(url: string): string {
  return url.replace(/\/functions\.html(?=#|$)/, "/functions.fr.html");
}

/**
 * @param english functions.json as generated (and rebased) for English
 * @returns the French functions.json
 * @throws Error when a function or parameter has no French entry in src/functions/french.ts,
 *   the table names a parameter functions.json lacks, or the registry lacks the function
 */
export function frenchMetadata(english: { functions: MetadataEntry[] }): { functions: MetadataEntry[] } {
  return {
    ...english,
    functions: english.functions.map((f) => {
      const fr = FRENCH[f.id];
      const entry = FUNCTIONS.find((e) => e.id === f.id);
      if (!fr) throw new Error(`src/functions/french.ts has no French entry for ${f.id}`);
      if (!entry) throw new Error(`src/functions/registry.ts has no entry for ${f.id}`);
      const names = f.parameters.map((p) => p.name);
      const extra = Object.keys(fr.parameters).filter((n) => !names.includes(n));
      if (extra.length > 0) throw new Error(`src/functions/french.ts: ${f.id} translates parameters it does not have: ${extra.join(", ")}`);
      const example = entry.examples[0];
      return {
        ...f,
        name: fr.name,
        description: `${frenchSpaces(`${entry.summary.fr} Exemple :`)} ${frenchFormula(example.formula)} = ${frenchNumber(example.shows)}.`,
        ...(f.helpUrl === undefined ? {} : { helpUrl: frenchHelpUrl(f.helpUrl) }),
        parameters: f.parameters.map((p) => {
          const tp = fr.parameters[p.name];
          if (!tp) throw new Error(`src/functions/french.ts: ${f.id} has no French entry for its parameter ${p.name}`);
          return { ...p, name: tp.name, description: frenchSpaces(tp.description) };
        }),
      };
    }),
  };
}
