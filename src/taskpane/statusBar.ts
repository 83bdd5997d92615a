/**
 * The pane's status line, where the user is: it sits in a bar stuck to the bottom
 * of the pane (taskpane.css, `position: sticky`), so it is in view wherever the
 * pane is scrolled, and it is the last thing on the page, so a message appearing
 * moves nothing above it. The live region always exists (empty, never
 * `display: none`), so its first message is announced.
 */
import { byId } from "./dom";

export type StatusKind = "info" | "ok" | "error";

/** Writes status messages and shows the progress bar. */
export interface StatusBar {
  say(text: string, kind?: StatusKind): void;
  progress(label: string | undefined): void;
}

/**
 * @param doc       the pane's document (taskpane.html has #aif-status and #aif-progress)
 * @param transform applied to every message (unbreakable spaces)
 */
export function statusBar(doc: Document, ids: { status: string; progress: string }, transform: (text: string) => string): StatusBar {
  const status = byId(doc, ids.status);
  const bar = byId(doc, ids.progress);
  return {
    say(text, kind = "info") {
      status.textContent = transform(text);
      status.dataset.kind = kind;
      // A counter, so a reader (or a test) can tell a new message from a repeated one.
      status.dataset.seq = String(Number(status.dataset.seq ?? "0") + 1);
    },
    progress(label) {
      if (label !== undefined) bar.setAttribute("aria-label", label);
      bar.hidden = label === undefined;
    },
  };
}
