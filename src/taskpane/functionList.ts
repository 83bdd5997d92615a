// The list of AIF functions shown in the pane comes from functions.json, the very
// metadata Excel reads, so the pane can never disagree with what Excel offers.

/** One custom function as the pane lists it. */
export interface FunctionSummary {
  /** Full Excel name with namespace, e.g. "AIF.DEAL_STAKE". */
  name: string;
  /** Excel's argument hint, e.g. "investment, price_per_share, [measure]". */
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
 * @returns the functions in file order
 * @throws Error when the value does not have the functions.json shape
 */
export function parseFunctionList(metadata: unknown, namespace = "AIF"): FunctionSummary[] {
  const functions = (metadata as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(functions)) throw new Error("functions.json has no functions array");
  return functions.map((f: unknown, i: number) => {
    const fn = f as { name?: unknown; description?: unknown; parameters?: unknown };
    if (typeof fn?.name !== "string") throw new Error(`functions.json entry ${i} has no name`);
    const params = Array.isArray(fn.parameters) ? (fn.parameters as MetadataParameter[]) : [];
    const signature = params
      .map((p) => (p.optional === true ? `[${String(p.name)}]` : String(p.name)))
      .join(", ");
    const description = typeof fn.description === "string" ? fn.description : "";
    return { name: `${namespace}.${fn.name}`, signature, summary: firstSentence(description) };
  });
}

/** Text up to the first ". " (a full stop followed by a space), or all of it. */
function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return (end >= 0 ? text.slice(0, end + 1) : text).trim();
}

/**
 * Fetches and parses the functions.json served next to the pane.
 * @param fetchFn  the fetch to use (injected by tests)
 * @param url      where functions.json is, relative to the page by default
 */
export async function loadFunctionList(
  fetchFn: typeof fetch = fetch,
  url = "functions.json",
): Promise<FunctionSummary[]> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return parseFunctionList(await response.json());
}
