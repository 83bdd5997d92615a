// The task pane's entry point and the only module with side effects: it waits for
// office.js, then hands the pane what it needs from Office (Excel.run, the
// requirement-set check, the display language and theme). Everything it calls is
// a plain function of its arguments, importable by tests without Office globals.
import { MODELS } from "../models";
import { layoutModel } from "../workbook/layout";
import { loadFunctionList } from "./functionList";
import { type PaneEnv, type PaneModel, startPane } from "./pane";
import { suitePaneModel } from "./suiteCard";
import { addinVersion } from "./version";

const models: PaneModel[] = [
  suitePaneModel(),
  ...MODELS.map((t) => ({
    id: t.id,
    title: t.title,
    question: t.question,
    headlines: () => t.headlines(),
    plan: () => layoutModel(t),
  })),
];

const base = { models, loadFunctions: (lang: "en" | "fr") => loadFunctionList(lang), version: addinVersion() };

function excelEnv(): PaneEnv {
  const ctx = Office.context;
  return {
    ...base,
    excel: {
      run: (batch) => Excel.run(batch),
      isSetSupported: (set, version) => ctx.requirements.isSetSupported(set, version),
    },
    displayLanguage: ctx.displayLanguage,
    bodyBackgroundColor: ctx.officeTheme?.bodyBackgroundColor,
  };
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, blocked CDN): still say what this page is.
  void startPane(document, { ...base, officeMissing: true, displayLanguage: navigator.language });
} else {
  void Office.onReady((info) =>
    startPane(document, info.host === Office.HostType.Excel ? excelEnv() : { ...base, displayLanguage: navigator.language }),
  );
}
