// The task pane's entry point and the only module with side effects: it waits for
// office.js, then fills the page. Everything it calls is a plain function of its
// arguments, importable by tests without Office or DOM globals.
import { loadFunctionList } from "./functionList";
import { renderFunctionList, renderStatus, renderVersion } from "./paneView";
import { addinVersion } from "./version";

/** Shown when the page is opened outside Excel (Office.onReady reports host null). */
const OUTSIDE_EXCEL =
  "This page is an Excel add-in: open it from Excel (Home > AI Factory Models) to use the functions and models.";

async function start(host: Office.HostType | null): Promise<void> {
  renderVersion(document, addinVersion());
  renderStatus(document, host === Office.HostType.Excel ? "" : OUTSIDE_EXCEL);
  try {
    renderFunctionList(document, await loadFunctionList());
  } catch (err) {
    renderStatus(document, `Could not load the function list: ${err instanceof Error ? err.message : String(err)}`);
  }
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked CDN): still say what this page is.
  renderVersion(document, addinVersion());
  renderStatus(document, `${OUTSIDE_EXCEL} (office.js could not be loaded.)`);
} else {
  void Office.onReady((info) => start(info.host));
}
