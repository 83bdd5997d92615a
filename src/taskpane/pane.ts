/**
 * The task pane: model gallery, insert with progress and an aria-live status line,
 * and the AIF function reference. Everything the pane needs from Office comes in
 * through `PaneEnv` (bootstrap.ts builds it from Office.context), so this module
 * imports without side effects and reads no Office global. Text reaches the DOM
 * only through textContent and attributes, never as markup.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import type { Bilingual, Headline } from "../plan/template";
import { type ExcelRun, InsertError, insertPlan } from "../workbook/excel";
import { type RequirementCheck, checkPlanSupport } from "../workbook/excelRequirements";
import type { SheetPlan } from "../plan/plan";
import type { FunctionSummary } from "./functionList";
import { referenceEntries } from "./functionReference";
import { headlineValue } from "./headlineText";
import { pickStrings } from "./strings";
import { applyTheme } from "./theme";
import { themeFromBackground } from "./themeName";

/** A model as the gallery shows and inserts it. */
export interface PaneModel {
  id: string;
  title: Bilingual;
  question: Bilingual;
  /** 2-3 figures at the default inputs, computed by src/core */
  headlines: () => Headline[];
  /** the sheet to insert (from layoutModel) */
  plan: () => SheetPlan;
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
  loadFunctions: () => Promise<FunctionSummary[]>;
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
  functions: "aif-functions",
} as const;

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`taskpane.html lacks #${id}`);
  return el;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; id?: string; text?: string } = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.id) e.id = props.id;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
}

function button(doc: Document, label: string, accessibleName: string, appearance: "primary" | "secondary"): HTMLElement {
  const b = doc.createElement("fluent-button");
  b.setAttribute("appearance", appearance);
  b.setAttribute("aria-label", accessibleName);
  b.textContent = label;
  return b;
}

function setDisabled(b: HTMLElement, disabled: boolean): void {
  b.toggleAttribute("disabled", disabled);
  b.setAttribute("aria-disabled", String(disabled));
}

/** Fill the page. Resolves when the function reference has loaded (or failed to). */
export async function startPane(doc: Document, env: PaneEnv): Promise<void> {
  const s = pickStrings(env.displayLanguage);
  const now = env.now ?? (() => performance.now());
  doc.documentElement.lang = s.lang;
  applyTheme(doc, themeFromBackground(env.bodyBackgroundColor));

  byId(doc, IDS.tagline).textContent = s.tagline;
  byId(doc, IDS.version).textContent = s.version(env.version);
  byId(doc, IDS.modelsTitle).textContent = s.modelsHeading;
  byId(doc, IDS.modelsIntro).textContent = s.modelsIntro;
  byId(doc, IDS.functionsTitle).textContent = s.functionsHeading;
  byId(doc, IDS.functionsIntro).textContent = s.functionsIntro;
  const status = byId(doc, IDS.status);
  const progress = byId(doc, IDS.progress);
  progress.setAttribute("aria-label", s.inserting(""));
  const say = (text: string, kind: "info" | "ok" | "error" = "info"): void => {
    status.textContent = text;
    status.dataset.kind = kind;
    // A counter, so a reader (or a test) can tell a new message from a repeated one.
    status.dataset.seq = String(Number(status.dataset.seq ?? "0") + 1);
  };

  if (env.officeMissing) say(s.officeMissing, "error");
  else if (!env.excel) say(s.outsideExcel, "info");

  const insertButtons: HTMLElement[] = [];
  let busy = false;
  const list = byId(doc, IDS.models);
  list.replaceChildren(...env.models.map((m) => modelCard(m)));

  function modelCard(model: PaneModel): HTMLElement {
    const title = model.title[s.lang];
    const titleId = `aif-model-${model.id}-title`;
    const noteId = `aif-model-${model.id}-note`;
    const figures = el(doc, "dl", { className: "aif-headlines" });
    try {
      for (const h of model.headlines()) figures.append(el(doc, "dt", { text: h[s.lang] }), el(doc, "dd", { text: headlineValue(h, s) }));
    } catch {
      // A headline that cannot be computed is left out rather than blocking the insert.
    }
    const note = el(doc, "p", { className: "aif-note", id: noteId });
    const insert = button(doc, s.insert, s.insertLabel(title), "primary");
    insert.dataset.model = model.id;
    insert.setAttribute("aria-describedby", noteId);
    insertButtons.push(insert);

    let plan: SheetPlan | undefined;
    let reason: string | undefined;
    if (env.excel) {
      plan = model.plan();
      const support = checkPlanSupport(plan, env.excel.isSetSupported);
      if (!support.canInsert) reason = s.cannotInsert(support.missingRequired ?? "ExcelApi 1.4");
      else if (support.skipped.length > 0) {
        const req = [...new Set(support.skipped.map((k) => k.requirement))].join(", ");
        note.textContent = s.willSkip(support.skipped.map((k) => s.feature[k.feature]).join(", "), req);
      }
    } else reason = env.officeMissing ? s.officeMissing : s.outsideExcel;
    if (reason !== undefined) {
      note.textContent = reason;
      setDisabled(insert, true);
    }

    insert.addEventListener("click", () => {
      if (busy || insert.hasAttribute("disabled") || !env.excel || !plan) return;
      void runInsert(title, plan, env.excel);
    });

    const card = el(doc, "article", { className: "aif-card" }, [
      el(doc, "h3", { id: titleId, text: title }),
      el(doc, "p", { className: "aif-question", text: model.question[s.lang] }),
      el(doc, "p", { className: "aif-muted", text: s.headlinesLabel }),
      figures,
      note,
      insert,
    ]);
    card.setAttribute("aria-labelledby", titleId);
    card.dataset.model = model.id;
    return el(doc, "li", {}, [card]);
  }

  async function runInsert(title: string, plan: SheetPlan, excel: NonNullable<PaneEnv["excel"]>): Promise<void> {
    busy = true;
    const disabledBefore = insertButtons.map((b) => b.hasAttribute("disabled"));
    insertButtons.forEach((b) => setDisabled(b, true));
    list.setAttribute("aria-busy", "true");
    progress.setAttribute("aria-label", s.inserting(title));
    progress.hidden = false;
    say(s.inserting(title));
    try {
      const r = await insertPlan(plan, { run: excel.run, isSetSupported: excel.isSetSupported, now });
      let text = s.inserted({ title, sheet: r.sheetName, cells: r.cells, names: r.names, charts: r.charts, ms: r.elapsedMs });
      if (r.skipped.length > 0) text += ` ${s.skipped(r.skipped.map((k) => `${s.feature[k.feature]} (${k.requirement})`).join(", "))}`;
      say(text, "ok");
    } catch (err) {
      if (err instanceof InsertError) {
        let text = s.insertFailed(title, err.excelMessage, err.cleanedUp, err.sheetName);
        if (err.excelCode === "AccessDenied" || /protect/i.test(err.excelMessage)) text += ` ${s.protectedHint}`;
        say(text, "error");
      } else say(s.insertFailed(title, err instanceof Error ? err.message : String(err), true, undefined), "error");
    } finally {
      progress.hidden = true;
      list.removeAttribute("aria-busy");
      insertButtons.forEach((b, i) => setDisabled(b, disabledBefore[i]));
      busy = false;
    }
  }

  await renderReference();

  async function renderReference(): Promise<void> {
    let registered: FunctionSummary[] = [];
    try {
      registered = await env.loadFunctions();
    } catch (err) {
      if (env.excel) say(s.functionsFailed(err instanceof Error ? err.message : String(err)), "error");
    }
    const items = referenceEntries(registered, s.lang).map((f) => {
      const children: Node[] = [
        el(doc, "h3", { text: f.name }),
        el(doc, "p", { className: "aif-muted", text: f.description }),
        el(doc, "p", {}, [el(doc, "span", { className: "aif-label", text: `${s.syntax}: ` }), el(doc, "code", { text: f.syntax })]),
      ];
      if (f.example !== undefined) {
        const example = f.example;
        children.push(el(doc, "p", {}, [el(doc, "span", { className: "aif-label", text: `${s.example}: ` }), el(doc, "code", { text: example })]));
        const b = button(doc, s.insertExample, s.insertExampleLabel(f.name), "secondary");
        b.dataset.function = f.name;
        if (!env.excel) setDisabled(b, true);
        b.addEventListener("click", () => {
          if (!env.excel || b.hasAttribute("disabled")) return;
          void insertExample(env.excel.run, example);
        });
        children.push(b);
      }
      return el(doc, "li", {}, children);
    });
    byId(doc, IDS.functions).replaceChildren(...items);
  }

  async function insertExample(run: ExcelRun, formula: string): Promise<void> {
    try {
      await run(async (context) => {
        // getSelectedRange is ExcelApi 1.1; the example goes into its top-left (the active) cell.
        context.workbook.getSelectedRange().getCell(0, 0).formulas = [[formula]];
        await context.sync();
      });
      say(s.exampleInserted(formula), "ok");
    } catch (err) {
      say(s.exampleFailed(err instanceof Error ? err.message : String(err)), "error");
    }
  }
}
