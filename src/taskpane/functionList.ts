// The list of AIF functions shown in the pane comes from functions.json (or, in
// French, functions.fr.json), the very metadata Excel reads, so the pane can
// never disagree with what Excel offers.

/** One custom function as the pane lists it. */
export interface FunctionSummary {
  /** Excel id, the same in every language, e.g. "DEAL_STAKE" */
  id: string;
  /** Full Excel name with namespace in the metadata's language, e.g. "AIF.DEAL_STAKE". */
  name: string;
  /** Excel's argument hint, e.g. "investment, price_per_share, [measure]" (";" in French). */
  signature: string;
  /** The first sentence of the function's description. */
  summary: string;
}

interface MetadataParameter {
  name?: unknown;
  optional?: unknown;
}

/**
 * Reads custom-function metadata (the functions.json schema: { functions: [{ id,
 * name, description, parameters: [{ name, optional }] }] }).
 * @param metadata   parsed functions.json; anything else yields an error
 * @param namespace  Excel namespace prefixed to each name, "AIF" by default
 * @param separator  between arguments: ", " (English) or "; " (French)
 * @returns the functions in file order
 * @throws Error when the value does not have the functions.json shape
 */
export function parseFunctionList(metadata: unknown, namespace = "AIF", separator = ", "): FunctionSummary[] {
  const functions = (metadata as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(functions)) throw new Error("functions.json has no functions array");
  return functions.map((f: unknown, i: number) => {
    const fn = f as { id?: unknown; name?: unknown; description?: unknown; parameters?: unknown };
    if (typeof fn?.name !== "string") throw new Error(`functions.json entry ${i} has no name`);
    const params = Array.isArray(fn.parameters) ? (fn.parameters as MetadataParameter[]) : [];
    const signature = params.map((p) => (p.optional === true ? `[${String(p.name)}]` : String(p.name))).join(separator);
    const description = typeof fn.description === "string" ? fn.description : "";
    const id = typeof fn.id === "string" ? fn.id : fn.name;
    return { id, name: `${namespace}.${fn.name}`, signature, summary: firstSentence(description) };
  });
}

/** Text up to the first ". " (a full stop followed by a space), or all of it. */
function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return (end >= 0 ? text.slice(0, end + 1) : text).trim();
}

/** Where each language's metadata is served, next to the pane (the manifest's fr-FR override names the French one). */
export const METADATA_URL = { en: "functions.json", fr: "functions.fr.json" } as const;

/**
 * Fetches and parses the functions.json of a language, served next to the pane.
 * @param lang     "en" or "fr": which metadata, and which argument separator
 * @param fetchFn  the fetch to use (injected by tests)
 */
export async function loadFunctionList(lang: "en" | "fr" = "en", fetchFn: typeof fetch = fetch): Promise<FunctionSummary[]> {
  const url = METADATA_URL[lang];
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseFunctionList(await response.json(), "AIF", lang === "fr" ? "; " : ", ");
}
