/**
 * The task pane: model gallery, insert with progress, a status bar that stays in
 * view (statusBar.ts), and the AIF function reference (referenceView.ts).
 * Everything the pane needs from Office comes in through `PaneEnv` (bootstrap.ts
 * builds it from Office.context), so this module imports without side effects
 * and reads no Office global. Text reaches the DOM only through textContent and
 * attributes, never as markup.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import type { Bilingual, Headline } from "../plan/template";
import { type ExcelRun, InsertError, insertPlan } from "../workbook/excel";
import { REQUIRED_SET, type RequirementCheck, type SkippedFeature, checkPlanSupport } from "../workbook/excelRequirements";
import type { SheetPlan } from "../plan/plan";
import { type BusyGate, busyGate } from "./busyGate";
import { button, byId, el, setDisabled, usable } from "./dom";
import type { FunctionSummary } from "./functionList";
import { referenceEntries } from "./functionReference";
import { headlineValue } from "./headlineText";
import { renderReference } from "./referenceView";
import { type StatusBar, statusBar } from "./statusBar";
import { type Language, type Strings, pickStrings } from "./strings";
import { applyTheme } from "./theme";
import { themeFromBackground } from "./themeName";
import { unbreakable } from "./typography";

/** A model as the gallery shows and inserts it. */
export interface PaneModel {
  id: string;
  title: Bilingual;
  question: Bilingual;
  /** 2-3 figures at the default inputs, computed by src/core */
  headlines: () => Headline[];
  /** the sheet to insert (from layoutModel); for a workbook of several sheets, its first (the support check reads it) */
  plan: () => SheetPlan;
  /** inserts several linked sheets instead of `plan` (the deal workbook); `sheetName` lists the sheets created */
  insert?: (excel: { run: ExcelRun; isSetSupported: RequirementCheck; now: () => number }) => Promise<PaneInsertResult>;
}

/** What the status line reports of an insert. */
export interface PaneInsertResult {
  sheetName: string;
  cells: number;
  names: number;
  charts: number;
  skipped: SkippedFeature[];
  elapsedMs: number;
}

/** What the pane knows of its host. */
export interface PaneEnv {
  /** present only inside Excel */
  excel?: { run: ExcelRun; isSetSupported: RequirementCheck };
  /** true when office.js itself did not load */
  officeMissing?: boolean;
  /** Office.context.displayLanguage, e.g. "fr-FR" */
  displayLanguage?: string;
  /** Office.context.officeTheme.bodyBackgroundColor */
  bodyBackgroundColor?: string;
  models: readonly PaneModel[];
  /** the functions Excel registers, from the metadata of a language */
  loadFunctions: (lang: Language) => Promise<FunctionSummary[]>;
  version: string;
  /** milliseconds clock; performance.now by default */
  now?: () => number;
}

/** Element ids of taskpane.html that the pane fills. */
export const IDS = {
  tagline: "aif-tagline",
  version: "aif-version",
  status: "aif-status",
  progress: "aif-progress",
  modelsTitle: "aif-models-title",
  modelsIntro: "aif-models-intro",
  models: "aif-models",
  functionsTitle: "aif-functions-title",
  functionsIntro: "aif-functions-intro",
  functionsNote: "aif-functions-note",
  functions: "aif-functions",
} as const;

interface Ui {
  doc: Document;
  s: Strings;
  env: PaneEnv;
  status: StatusBar;
  gate: BusyGate;
  text: (t: string) => string;
}

/** Fill the page. Resolves when the function reference has loaded (or failed to). */
export async function startPane(doc: Document, env: PaneEnv): Promise<void> {
  const s = pickStrings(env.displayLanguage);
  doc.documentElement.lang = s.lang;
  applyTheme(doc, themeFromBackground(env.bodyBackgroundColor));
  const text = (t: string): string => unbreakable(t, s.lang);
  const ui: Ui = { doc, s, env, status: statusBar(doc, IDS, text), gate: busyGate(), text };

  byId(doc, IDS.tagline).textContent = text(s.tagline);
  byId(doc, IDS.version).textContent = s.version(env.version);
  byId(doc, IDS.modelsTitle).textContent = s.modelsHeading;
  byId(doc, IDS.modelsIntro).textContent = text(s.modelsIntro);
  byId(doc, IDS.functionsTitle).textContent = s.functionsHeading;
  byId(doc, IDS.functionsIntro).textContent = text(s.functionsIntro);
  byId(doc, IDS.status).setAttribute("aria-label", s.statusLabel);
  ui.status.progress(undefined);

  if (env.officeMissing) ui.status.say(s.officeMissing, "error");
  else if (!env.excel) ui.status.say(s.outsideExcel, "info");

  byId(doc, IDS.models).replaceChildren(...env.models.map((m) => modelCard(ui, m)));

  let registered: FunctionSummary[] = [];
  try {
    registered = await env.loadFunctions(s.lang);
  } catch (err) {
    if (env.excel) ui.status.say(s.functionsFailed(err instanceof Error ? err.message : String(err)), "error");
  }
  // "Insert example" reads the sheet's used range (ExcelApi 1.4, as every model insert needs).
  const canWrite = env.excel !== undefined && env.excel.isSetSupported(REQUIRED_SET.set, REQUIRED_SET.version);
  if (env.excel && !canWrite) {
    const note = byId(doc, IDS.functionsNote);
    note.textContent = text(s.cannotInsertExample);
    note.title = s.requirementTooltip(`${REQUIRED_SET.set} ${REQUIRED_SET.version}`);
  }
  const view = { doc, s, run: canWrite ? env.excel?.run : undefined, status: ui.status, gate: ui.gate, text, disabledNote: canWrite ? undefined : IDS.functionsNote };
  renderReference(view, byId(doc, IDS.functions), referenceEntries(registered, s.lang));
}

function modelCard(ui: Ui, model: PaneModel): HTMLElement {
  const { doc, s, env } = ui;
  const title = model.title[s.lang];
  const titleId = `aif-model-${model.id}-title`;
  const noteId = `aif-model-${model.id}-note`;
  const figures = el(doc, "dl", { className: "aif-headlines" });
  try {
    for (const h of model.headlines()) figures.append(el(doc, "dt", { text: ui.text(h[s.lang]) }), el(doc, "dd", { text: headlineValue(h, s) }));
  } catch (err) {
    // A headline that cannot be computed is left out rather than blocking the insert, and said.
    ui.status.say(s.headlinesFailed(title, err instanceof Error ? err.message : String(err)), "error");
  }
  const note = el(doc, "p", { className: "aif-note", id: noteId });
  const insert = button(doc, s.insert, s.insertLabel(title), "primary");
  insert.dataset.model = model.id;
  insert.setAttribute("aria-describedby", noteId);
  ui.gate.register(insert);

  let plan: SheetPlan | undefined;
  let reason: string | undefined;
  if (env.excel) {
    plan = model.plan();
    const support = checkPlanSupport(plan, env.excel.isSetSupported);
    if (!support.canInsert) {
      reason = s.cannotInsert;
      note.title = s.requirementTooltip(support.missingRequired);
    } else if (support.skipped.length > 0) {
      note.textContent = ui.text(s.willSkip([...new Set(support.skipped.map((k) => s.feature[k.feature]))].join(", ")));
      note.title = s.requirementTooltip([...new Set(support.skipped.map((k) => k.requirement))].join(", "));
    }
  } else reason = env.officeMissing ? s.officeMissing : s.outsideExcel;
  if (reason !== undefined) {
    note.textContent = ui.text(reason);
    setDisabled(insert, true);
  }

  insert.addEventListener("click", () => {
    if (!usable(insert) || !env.excel || !plan) return;
    void runInsert(ui, title, plan, env.excel, model.insert);
  });

  const card = el(doc, "article", { className: "aif-card" }, [
    el(doc, "h3", { id: titleId, text: ui.text(title) }),
    el(doc, "p", { className: "aif-question", text: ui.text(model.question[s.lang]) }),
    el(doc, "p", { className: "aif-muted", text: s.headlinesLabel }),
    figures,
    note,
    insert,
  ]);
  card.setAttribute("aria-labelledby", titleId);
  card.dataset.model = model.id;
  return el(doc, "li", {}, [card]);
}

async function runInsert(ui: Ui, title: string, plan: SheetPlan, excel: NonNullable<PaneEnv["excel"]>, insert?: PaneModel["insert"]): Promise<void> {
  const { s, status } = ui;
  await ui.gate.run(async () => {
    status.progress(s.inserting(title));
    status.say(s.inserting(title));
    try {
      const host = { run: excel.run, isSetSupported: excel.isSetSupported, now: ui.env.now ?? (() => performance.now()) };
      const r: PaneInsertResult = insert ? await insert(host) : await insertPlan(plan, host);
      let msg = s.inserted({ title, sheet: r.sheetName, cells: r.cells, names: r.names, charts: r.charts, ms: r.elapsedMs });
      if (r.skipped.length > 0) msg += ` ${s.skipped([...new Set(r.skipped.map((k) => s.feature[k.feature]))].join(", "))}`;
      status.say(msg, "ok");
    } catch (err) {
      if (err instanceof InsertError) {
        let msg = s.insertFailed(title, err.excelMessage, err.cleanedUp, err.sheetName);
        if (err.excelCode === "AccessDenied" || /protect/i.test(err.excelMessage)) msg += ` ${s.protectedHint}`;
        status.say(msg, "error");
      } else status.say(s.insertFailed(title, err instanceof Error ? err.message : String(err), true, undefined), "error");
    } finally {
      status.progress(undefined);
    }
  }, ui.doc.getElementById(IDS.models) ?? undefined);
}
