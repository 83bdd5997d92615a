/**
 * The fixed text of the help pages, in English and French: titles, table
 * headings and the section on how every function behaves. The per-function text
 * comes from the registry (English) and src/functions/french.ts (French).
 * Values are HTML fragments written here, never user input.
 */
import { frenchSpaces } from "../functions/frenchSyntax";
import type { Language } from "../functions/registry";

export interface HelpText {
  /** BCP 47 tag of the page */
  tag: string;
  title: string;
  heading: string;
  lead: string;
  navLabel: string;
  /** the link at the end of each function's section, back to the list */
  backToList: string;
  versionLine: (version: string) => string;
  otherLanguage: { href: string; label: string; lang: string };
  sourcesLink: string;
  argument: string;
  unitDomainDefault: string;
  takes: string;
  optional: string;
  cellOrRange: string;
  oneValue: string;
  formula: string;
  result: string;
  spills: string;
  errors: string;
  syntaxOf: (name: string) => string;
  argumentsOf: (name: string) => string;
  examplesOf: (name: string) => string;
  profiles: { profile: string; basis: string; watts: string; estimate: string; label: string };
  footer: string;
  /** prose as the language writes it (French: unbreakable spaces before : ; ? !) */
  prose: (text: string) => string;
  /** the section "How every function behaves" (HTML) */
  common: string;
}

const COMMON_EN = `<section id="common">
<h2>How every function behaves</h2>
<ul>
<li><strong>Ranges broadcast like Excel arithmetic.</strong> Every argument marked <em>cell or range</em> below may be one cell or a range. The result spills with the largest size in each direction; a single row or column stretches; a column against a row makes a grid; cells beyond a shorter range are <code>#N/A</code>.</li>
<li><strong>Blank cells count as 0.</strong> An omitted optional argument takes its default.</li>
<li><strong>Exact decimals.</strong> Numbers are read as typed (87.2 is 87.2, not 87.2000000000000028…). GPU counts are exact whole numbers; other results are within one unit in the last place of the exact value.</li>
<li><strong>Errors per cell.</strong> One bad cell gives one error cell, not an error for the whole spill:
<div class="scroll" tabindex="0" role="region" aria-label="Error values">
<table>
<thead><tr><th>error</th><th>when</th></tr></thead>
<tbody>
<tr><td><code>#VALUE!</code></td><td>an argument outside its domain or text where a number belongs; the message (hover the cell’s error flag) names the argument and the rule, e.g. <q>price_per_share must be greater than 0</q></td></tr>
<tr><td><code>#DIV/0!</code></td><td>a zero denominator</td></tr>
<tr><td><code>#NUM!</code></td><td>a result too large for Excel, or not meaningful (leverage on negative EBITDA)</td></tr>
<tr><td><code>#N/A</code></td><td>no input for this cell (ranges of different sizes)</td></tr>
<tr><td>the same error</td><td>an error value passed in (<code>#REF!</code> and <code>#NAME?</code>, which functions cannot return, become <code>#VALUE!</code>)</td></tr>
</tbody>
</table>
</div>
</li>
</ul>
</section>`;

const COMMON_FR = `<section id="common">
<h2>Comment se comportent toutes les fonctions</h2>
<ul>
<li><strong>Les plages se diffusent comme l’arithmétique d’Excel.</strong> Chaque argument marqué <em>cellule ou plage</em> ci-dessous accepte une cellule ou une plage. Le résultat déborde à la plus grande taille dans chaque direction ; une seule ligne ou colonne s’étire ; une colonne face à une ligne forme une grille ; au-delà d’une plage plus courte, les cellules valent <code>#N/A</code>.</li>
<li><strong>Les cellules vides valent 0.</strong> Un argument facultatif omis prend sa valeur par défaut.</li>
<li><strong>Décimales exactes.</strong> Les nombres sont lus tels que saisis (87,2 vaut 87,2 et non 87,2000000000000028…). Les nombres de GPU sont des entiers exacts ; les autres résultats sont à une unité près du dernier chiffre de la valeur exacte.</li>
<li><strong>Erreurs cellule par cellule.</strong> Une cellule incorrecte donne une cellule d’erreur, pas une erreur pour tout le débordement :
<div class="scroll" tabindex="0" role="region" aria-label="Valeurs d’erreur">
<table>
<thead><tr><th>erreur</th><th>quand</th></tr></thead>
<tbody>
<tr><td><code>#VALEUR!</code></td><td>un argument hors de son domaine, ou du texte à la place d’un nombre ; le message (survolez l’indicateur d’erreur de la cellule) nomme l’argument et la règle</td></tr>
<tr><td><code>#DIV/0!</code></td><td>un dénominateur nul</td></tr>
<tr><td><code>#NOMBRE!</code></td><td>un résultat trop grand pour Excel, ou sans signification (levier sur un EBITDA négatif)</td></tr>
<tr><td><code>#N/A</code></td><td>aucune donnée pour cette cellule (plages de tailles différentes)</td></tr>
<tr><td>la même erreur</td><td>une valeur d’erreur reçue en argument (<code>#REF!</code> et <code>#NOM?</code>, que les fonctions ne peuvent pas renvoyer, deviennent <code>#VALEUR!</code>)</td></tr>
</tbody>
</table>
</div>
</li>
</ul>
</section>`;

export const HELP_TEXT: Record<Language, HelpText> = {
  en: {
    tag: "en",
    title: "AI Factory Finance — AIF function reference",
    heading: "AIF function reference",
    lead: "Custom functions of the AI Factory Finance add-in for Excel: deal stakes, debt coverage, leverage, debt schedules, AI-factory power in GPUs, cost of capital, discounted cash flows and diluted shares.",
    navLabel: "Functions",
    backToList: "Back to the list of functions",
    versionLine: (v) => `Version ${v}`,
    otherLanguage: { href: "functions.fr.html", label: "Cette page en français", lang: "fr" },
    sourcesLink: "Sources of every figure (docs/sources.md)",
    argument: "argument",
    unitDomainDefault: "unit, domain and default",
    takes: "takes",
    optional: "optional",
    cellOrRange: "cell or range",
    oneValue: "one value",
    formula: "formula",
    result: "result",
    spills: "spills",
    errors: "Errors",
    syntaxOf: (n) => `Syntax of ${n}`,
    argumentsOf: (n) => `Arguments of ${n}`,
    examplesOf: (n) => `Examples of ${n}`,
    profiles: { profile: "profile", basis: "basis", watts: "watts per GPU", estimate: "an estimate", label: "GPU profiles" },
    footer: "Every profile and example figure is sourced from Nvidia and CoreWeave filings and press releases and NVIDIA system specifications:",
    common: COMMON_EN,
    prose: (text) => text,
  },
  fr: {
    tag: "fr",
    title: "AI Factory Finance — référence des fonctions AIF",
    heading: "Référence des fonctions AIF",
    lead: "Fonctions personnalisées du complément Excel AI Factory Finance\u202f: participations, couverture de la dette, levier, échéanciers, puissance des AI factories en GPU, coût du capital, flux actualisés et actions diluées. Excel en français les affiche sous les noms ci-dessous, avec «\u202f;\u202f» entre les arguments et la virgule décimale.",
    navLabel: "Fonctions",
    backToList: "Retour à la liste des fonctions",
    versionLine: (v) => `Version ${v}`,
    otherLanguage: { href: "functions.html", label: "This page in English", lang: "en" },
    sourcesLink: "Sources de chaque chiffre (docs/sources.md, en anglais)",
    argument: "argument",
    unitDomainDefault: "unité, domaine et valeur par défaut",
    takes: "accepte",
    optional: "facultatif",
    cellOrRange: "cellule ou plage",
    oneValue: "une valeur",
    formula: "formule",
    result: "résultat",
    spills: "déborde en",
    errors: "Erreurs",
    syntaxOf: (n) => `Syntaxe de ${n}`,
    argumentsOf: (n) => `Arguments de ${n}`,
    examplesOf: (n) => `Exemples de ${n}`,
    profiles: { profile: "profil", basis: "base", watts: "watts par GPU", estimate: "une estimation", label: "Profils de GPU" },
    footer: "Chaque profil et chaque chiffre des exemples est sourcé (documents publiés par Nvidia et CoreWeave, fiches techniques NVIDIA)\u202f:",
    common: frenchSpaces(COMMON_FR),
    prose: frenchSpaces,
  },
};
