// DOM rendering for the minimal pane. Text goes in through textContent only, so
// nothing read from functions.json can become markup.
import type { FunctionSummary } from "./functionList";

/** Element ids in taskpane.html that this module fills. */
export const PANE_IDS = {
  version: "aif-version",
  status: "aif-status",
  functions: "aif-functions",
} as const;

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`taskpane.html lacks #${id}`);
  return el;
}

/** Shows "Version x.y.z" under the product name. */
export function renderVersion(doc: Document, version: string): void {
  byId(doc, PANE_IDS.version).textContent = `Version ${version}`;
}

/** Shows a status line (e.g. "open this in Excel"); an empty string hides it. */
export function renderStatus(doc: Document, message: string): void {
  byId(doc, PANE_IDS.status).textContent = message;
}

/** Replaces the function list with one item per function: name(signature) and summary. */
export function renderFunctionList(doc: Document, functions: readonly FunctionSummary[]): void {
  const list = byId(doc, PANE_IDS.functions);
  const items = functions.map((fn) => {
    const li = doc.createElement("li");
    const code = doc.createElement("code");
    code.textContent = `${fn.name}(${fn.signature})`;
    const summary = doc.createElement("span");
    summary.className = "aif-muted";
    summary.textContent = fn.summary;
    li.append(code, summary);
    return li;
  });
  list.replaceChildren(...items);
}
