/**
 * Every piece of UI text of the task pane, in English and French. The language
 * follows Office's display language (`Office.context.displayLanguage`, e.g.
 * "fr-FR", "fr-CA"); anything that is not French shows English.
 */

export type Language = "en" | "fr";

export interface Strings {
  lang: Language;
  /** BCP 47 tag for number formatting */
  locale: string;
  tagline: string;
  outsideExcel: string;
  officeMissing: string;
  modelsHeading: string;
  modelsIntro: string;
  headlinesLabel: string;
  insert: string;
  insertLabel: (title: string) => string;
  inserting: (title: string) => string;
  inserted: (r: { title: string; sheet: string; cells: number; names: number; charts: number; ms: number }) => string;
  skipped: (features: string) => string;
  /** the model cannot be inserted: this Excel lacks the required set (named in a tooltip) */
  cannotInsert: string;
  willSkip: (features: string) => string;
  /** tooltip naming the requirement set behind cannotInsert / willSkip */
  requirementTooltip: (requirementSets: string) => string;
  insertFailed: (title: string, excelMessage: string, cleanedUp: boolean, sheet: string | undefined) => string;
  protectedHint: string;
  functionsHeading: string;
  functionsIntro: string;
  syntax: string;
  example: string;
  insertExample: string;
  /** why the example buttons are disabled in an Excel too old for them */
  cannotInsertExample: string;
  insertExampleLabel: (name: string) => string;
  exampleInserted: (formula: string, address: string) => string;
  /** nothing written: `area` holds data; `fallback` is where it can go, if anywhere */
  exampleOccupied: (area: string, fallback: string | undefined) => string;
  writeAt: (address: string) => string;
  cancel: string;
  exampleCancelled: string;
  confirmLabel: (name: string) => string;
  exampleFailed: (message: string) => string;
  statusLabel: string;
  functionsFailed: (message: string) => string;
  /** a model's "at the default inputs" figures could not be computed (a defect, shown rather than hidden) */
  headlinesFailed: (title: string, message: string) => string;
  feature: Record<string, string>;
  version: (v: string) => string;
}

const n = (locale: string, v: number): string => new Intl.NumberFormat(locale).format(v);
/** A message from Excel as one sentence: exactly one full stop at its end ("protected." + "." is not "protected.."). */
const sentence = (m: string): string => `${m.trim().replace(/[.\s]+$/, "")}.`;

export const EN: Strings = {
  lang: "en",
  locale: "en-US",
  tagline: "Deal, leverage and capacity models for AI infrastructure",
  outsideExcel: "This page is an Excel add-in. Open it from Excel (Home > AI Factory Models) to insert models and use the AIF functions.",
  officeMissing: "office.js could not be loaded (offline or blocked), so the pane cannot talk to Excel.",
  modelsHeading: "Models",
  modelsIntro: "Each model is inserted as a new sheet with live formulas, sheet-scoped names and a check.",
  headlinesLabel: "At the default inputs",
  insert: "Insert",
  insertLabel: (t) => `Insert the ${t} model as a new sheet`,
  inserting: (t) => `Inserting ${t}…`,
  inserted: (r) =>
    `Inserted ${r.title} into sheet “${r.sheet}”: ${n("en-US", r.cells)} cells, ${n("en-US", r.names)} names${r.charts > 0 ? `, ${r.charts} chart${r.charts > 1 ? "s" : ""}` : ""} in ${n("en-US", Math.round(r.ms))} ms.`,
  skipped: (f) => `Left out because this version of Excel lacks them: ${f}.`,
  cannotInsert: "Not available: this model needs Excel 2016 or later.",
  willSkip: (f) => `This version of Excel cannot add ${f}: they will be left out.`,
  requirementTooltip: (sets) => `Office requirement sets: ${sets}`,
  insertFailed: (t, msg, ok, sheet) =>
    `Error: could not insert ${t}. Excel said: ${sentence(msg)} ${ok ? "Nothing was changed in the workbook." : `The partly written sheet “${sheet ?? ""}” could not be removed; please delete it.`}`,
  protectedHint: "If the workbook is protected, unprotect it (Review > Protect Workbook) and try again.",
  functionsHeading: "AIF functions",
  functionsIntro: "Type them in any cell. Numeric arguments accept ranges and spill like Excel arithmetic.",
  syntax: "Syntax",
  example: "Example",
  insertExample: "Insert example",
  cannotInsertExample: "Inserting examples needs Excel 2016 or later; you can still type the formulas.",
  insertExampleLabel: (name) => `Insert the ${name} example into the active cell`,
  exampleInserted: (f, a) => `Wrote ${f} into ${a}.`,
  exampleOccupied: (area, fb) =>
    `Nothing was written: ${area} is not empty and the example would overwrite it.${fb ? ` Write it in ${fb}, below the data, instead?` : " Select an empty cell and try again."}`,
  writeAt: (a) => `Write in ${a}`,
  cancel: "Cancel",
  exampleCancelled: "Nothing was written.",
  confirmLabel: (name) => `Where to write the ${name} example`,
  exampleFailed: (m) => `Error: could not write the example. Excel said: ${sentence(m)}`,
  statusLabel: "Status",
  functionsFailed: (m) => `Could not load the function list: ${m}`,
  headlinesFailed: (t, m) => `Error: the figures of ${t} at the default inputs could not be computed: ${sentence(m)}`,
  feature: { conditionalFormats: "conditional formats", charts: "charts", secondaryAxis: "secondary chart axes", freezePanes: "frozen panes", validations: "drop-down lists", indent: "indents", pageLayout: "print settings" },
  version: (v) => `Version ${v}`,
};

export const FR: Strings = {
  lang: "fr",
  locale: "fr-FR",
  tagline: "Modèles de financement, d’endettement et de capacité pour l’infrastructure IA",
  outsideExcel: "Cette page est un complément Excel. Ouvrez-la depuis Excel (Accueil > AI Factory Models) pour insérer les modèles et utiliser les fonctions AIF.",
  officeMissing: "office.js n’a pas pu être chargé (hors ligne ou bloqué) : le volet ne peut pas communiquer avec Excel.",
  modelsHeading: "Modèles",
  modelsIntro: "Chaque modèle est inséré dans une nouvelle feuille, avec des formules vivantes, des noms propres à la feuille et un contrôle.",
  headlinesLabel: "Avec les hypothèses par défaut",
  insert: "Insérer",
  insertLabel: (t) => `Insérer le modèle ${t} dans une nouvelle feuille`,
  inserting: (t) => `Insertion de ${t}…`,
  // "Insertion de <titre> terminée": no participle to agree with titles of either gender.
  inserted: (r) =>
    `Insertion de ${r.title} terminée dans la feuille « ${r.sheet} » : ${n("fr-FR", r.cells)} cellules, ${n("fr-FR", r.names)} noms${r.charts > 0 ? `, ${r.charts} graphique${r.charts > 1 ? "s" : ""}` : ""} en ${n("fr-FR", Math.round(r.ms))} ms.`,
  skipped: (f) => `Non insérés, faute de prise en charge par cette version d’Excel : ${f}.`,
  cannotInsert: "Indisponible : ce modèle demande Excel 2016 ou une version ultérieure.",
  willSkip: (f) => `Cette version d’Excel ne sait pas ajouter les éléments suivants, qui seront omis : ${f}.`,
  requirementTooltip: (sets) => `Ensembles de conditions requises Office : ${sets}`,
  insertFailed: (t, msg, ok, sheet) =>
    `Erreur : impossible d’insérer ${t}. Message d’Excel : ${sentence(msg)} ${ok ? "Le classeur n’a pas été modifié." : `La feuille partiellement écrite « ${sheet ?? ""} » n’a pas pu être supprimée ; supprimez-la.`}`,
  protectedHint: "Si le classeur est protégé, ôtez la protection (Révision > Protéger le classeur) et réessayez.",
  functionsHeading: "Fonctions AIF",
  functionsIntro: "Saisissez-les dans n’importe quelle cellule. Les arguments numériques acceptent des plages et débordent comme l’arithmétique d’Excel.",
  syntax: "Syntaxe",
  example: "Exemple",
  insertExample: "Insérer l’exemple",
  cannotInsertExample: "L’insertion des exemples demande Excel 2016 ou une version ultérieure ; vous pouvez toujours saisir les formules.",
  insertExampleLabel: (name) => `Insérer l’exemple de ${name} dans la cellule active`,
  exampleInserted: (f, a) => `Formule ${f} écrite en ${a}.`,
  exampleOccupied: (area, fb) =>
    `Rien n’a été écrit : ${area} n’est pas vide et l’exemple l’écraserait.${fb ? ` L’écrire plutôt en ${fb}, sous les données ?` : " Sélectionnez une cellule vide et réessayez."}`,
  writeAt: (a) => `Écrire en ${a}`,
  cancel: "Annuler",
  exampleCancelled: "Rien n’a été écrit.",
  confirmLabel: (name) => `Où écrire l’exemple de ${name}`,
  exampleFailed: (m) => `Erreur : impossible d’écrire l’exemple. Message d’Excel : ${sentence(m)}`,
  statusLabel: "État",
  functionsFailed: (m) => `Impossible de charger la liste des fonctions : ${m}`,
  headlinesFailed: (t, m) => `Erreur : les chiffres de ${t} avec les hypothèses par défaut n’ont pas pu être calculés : ${sentence(m)}`,
  feature: { conditionalFormats: "mises en forme conditionnelles", charts: "graphiques", secondaryAxis: "axes secondaires", freezePanes: "volets figés", validations: "listes déroulantes", indent: "retraits", pageLayout: "mise en page" },
  version: (v) => `Version ${v}`,
};

/**
 * The strings for Office's display language.
 * @param displayLanguage BCP 47 tag such as "en-US" or "fr-CA"; undefined outside Office
 */
export function pickStrings(displayLanguage: string | undefined): Strings {
  return /^fr\b/i.test(displayLanguage ?? "") ? FR : EN;
}
