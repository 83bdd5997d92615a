/**
 * The French functions: every function of the registry and every parameter of
 * its metadata has a French name and description (src/functions/french.ts);
 * names are valid Excel names, unique, spelled out, and equal no Excel built-in
 * function in English or French; and the French functions.json the build makes
 * passes the same structural checks as the English one.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { FRENCH } from "../../src/functions/french";
import { frenchMetadata, type MetadataEntry } from "../../src/functions/frenchMetadata";
import { FUNCTIONS, generatedMetadata, type MetadataFunction } from "../support/functions";

/**
 * Excel built-in function names, English then French (Microsoft's French function
 * names), spelled out here so that a French name can never shadow one: the
 * financial functions, the usual maths, lookup, text, date and statistics ones.
 */
const EXCEL_BUILTINS_EN = [
  "NPV", "IRR", "XNPV", "XIRR", "MIRR", "PV", "FV", "PMT", "IPMT", "PPMT", "NPER", "RATE", "EFFECT", "NOMINAL",
  "SLN", "DB", "DDB", "SYD", "VDB", "CUMIPMT", "CUMPRINC", "FVSCHEDULE", "PDURATION", "RRI", "ISPMT", "PRICE",
  "YIELD", "DURATION", "MDURATION", "ACCRINT", "DISC", "INTRATE", "RECEIVED", "TBILLPRICE", "TBILLYIELD",
  "SUM", "SUMPRODUCT", "SUMIF", "SUMIFS", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "COUNTIF", "ROUND",
  "ROUNDUP", "ROUNDDOWN", "FLOOR", "CEILING", "INT", "MOD", "ABS", "POWER", "SQRT", "LN", "LOG", "EXP", "PRODUCT",
  "IF", "IFERROR", "AND", "OR", "NOT", "INDEX", "MATCH", "VLOOKUP", "HLOOKUP", "XLOOKUP", "OFFSET", "CHOOSE",
  "TEXT", "VALUE", "LEFT", "RIGHT", "MID", "LEN", "CONCAT", "DATE", "YEAR", "MONTH", "DAY", "TODAY", "NOW",
  "EDATE", "EOMONTH", "YEARFRAC", "GROWTH", "TREND", "FORECAST", "SLOPE", "STDEV", "MEDIAN", "SEQUENCE", "LET",
  "STOCKHISTORY",
];
const EXCEL_BUILTINS_FR = [
  "VAN", "TRI", "VAN.PAIEMENTS", "TRI.PAIEMENTS", "TRIM", "VA", "VC", "VPM", "INTPER", "PRINCPER", "NPM", "TAUX",
  "TAUX.EFFECTIF", "TAUX.NOMINAL", "AMORLIN", "DB", "DDB", "SYD", "VDB", "CUMUL.INTER", "CUMUL.PRINCPER",
  "VC.PAIEMENTS", "PDUREE", "TAUX.INT.EQUIV", "ISPMT", "PRIX.TITRE", "RENDEMENT.TITRE", "DUREE", "DUREE.MODIFIEE",
  "INTERET.ACC", "TAUX.ESCOMPTE", "TAUX.INTERET", "VALEUR.ENCAISSEMENT", "PRIX.BON.TRESOR", "RENDEMENT.BON.TRESOR",
  "SOMME", "SOMMEPROD", "SOMME.SI", "SOMME.SI.ENS", "MOYENNE", "MIN", "MAX", "NB", "NBVAL", "NB.SI", "ARRONDI",
  "ARRONDI.SUP", "ARRONDI.INF", "PLANCHER", "PLAFOND", "ENT", "MOD", "ABS", "PUISSANCE", "RACINE", "LN", "LOG",
  "EXP", "PRODUIT", "SI", "SIERREUR", "ET", "OU", "NON", "INDEX", "EQUIV", "RECHERCHEV", "RECHERCHEH",
  "RECHERCHEX", "DECALER", "CHOISIR", "TEXTE", "CNUM", "GAUCHE", "DROITE", "STXT", "NBCAR", "CONCAT", "DATE",
  "ANNEE", "MOIS", "JOUR", "AUJOURDHUI", "MAINTENANT", "MOIS.DECALER", "FIN.MOIS", "FRACTION.ANNEE",
  "CROISSANCE", "TENDANCE", "PREVISION", "PENTE", "ECARTYPE", "MEDIANE", "SEQUENCE", "LET", "VALEUR.NOMBRE",
];

/** Excel's rule for a function's display name: starts with a letter, at least 3 characters, only letters, "_" and ".". */
const EXCEL_NAME = /^\p{L}[\p{L}_.]{2,}$/u;
/** Excel's rule for an id: letters A-Z, digits, "_" and "."; starts with a letter. */
const EXCEL_ID = /^[A-Z][A-Z0-9_.]{2,}$/;

/** The structural rules both languages' metadata must pass; returns the problems found. */
function metadataProblems(functions: MetadataEntry[], lang: "en" | "fr"): string[] {
  const problems: string[] = [];
  const rangeSentence = lang === "fr" ? /Une cellule ou une plage\./ : /A cell or a range\./;
  const defaultWord = lang === "fr" ? /défaut/i : /default/i;
  // French typography: a narrow no-break space (U+202F) before the colon
  const example = lang === "fr" ? /Exemple\u202f: .*=AIF\./s : /Example: .*=AIF\./s;
  const names = functions.map((f) => f.name);
  if (new Set(names).size !== names.length) problems.push(`duplicate names: ${names.join(", ")}`);
  for (const f of functions) {
    const at = `${lang} ${f.id}`;
    if (!EXCEL_ID.test(f.id)) problems.push(`${at}: id`);
    if (!EXCEL_NAME.test(f.name)) problems.push(`${at}: name ${f.name}`);
    if (!example.test(f.description ?? "")) problems.push(`${at}: no example in the description`);
    if (!/\/help\/functions(\.fr)?\.html#/.test(f.helpUrl ?? "")) problems.push(`${at}: helpUrl ${f.helpUrl}`);
    if ((f.result as { dimensionality?: string } | undefined)?.dimensionality !== "matrix") problems.push(`${at}: result`);
    const params = f.parameters.map((p) => p.name);
    if (new Set(params).size !== params.length) problems.push(`${at}: duplicate parameter names`);
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0 && !f.parameters.slice(firstOptional).every((p) => p.optional)) problems.push(`${at}: a required parameter after an optional one`);
    for (const p of f.parameters) {
      if (!/^\p{L}[\p{L}\d_]*$/u.test(p.name)) problems.push(`${at}.${p.name}: parameter name`);
      if ((p.description?.length ?? 0) <= 20) problems.push(`${at}.${p.name}: description too short`);
      if (rangeSentence.test(p.description ?? "") !== (p.dimensionality === "matrix")) problems.push(`${at}.${p.name}: range sentence vs dimensionality ${String(p.dimensionality)}`);
      if (p.optional && !defaultWord.test(p.description ?? "")) problems.push(`${at}.${p.name}: no default stated`);
    }
  }
  return problems;
}

let english: MetadataFunction[] = [];
let french: MetadataEntry[] = [];

beforeAll(async () => {
  english = (await generatedMetadata()).functions;
  french = frenchMetadata({ functions: english as unknown as MetadataEntry[] }).functions;
});

describe("French function names and descriptions", () => {
  it("cover every function of the registry, and nothing else", () => {
    expect(Object.keys(FRENCH).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });

  it.each(FUNCTIONS.map((f) => [f.id]))("%s: a French name, a French summary, and every parameter translated", (id) => {
    const fr = FRENCH[id]!;
    const entry = FUNCTIONS.find((f) => f.id === id)!;
    expect(fr.name.length).toBeGreaterThanOrEqual(3);
    expect(entry.summary.fr.length).toBeGreaterThan(20);
    expect(entry.summary.fr).not.toBe(entry.summary.en);
    const params = english.find((f) => f.id === id)!.parameters.map((p) => p.name);
    expect(Object.keys(fr.parameters).sort()).toEqual([...params].sort());
    for (const p of params) {
      expect(fr.parameters[p]!.name, `${id}.${p}`).toMatch(/^[a-z][a-z_]*$/);
      expect(fr.parameters[p]!.description.length, `${id}.${p}`).toBeGreaterThan(20);
    }
  });

  it("names are unique, spelled out, and no Excel built-in name in English or French", () => {
    const names = Object.values(FRENCH).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const builtins = new Set([...EXCEL_BUILTINS_EN, ...EXCEL_BUILTINS_FR]);
    for (const n of names) {
      expect(builtins.has(n), n).toBe(false);
      // spelled out: made of words of 3+ letters or the unit names kept as they are (GPU)
      expect(n, n).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(EXCEL_NAME.test(n), n).toBe(true);
    }
    // nor any English id of ours: French Excel would then show two different functions under one name
    for (const n of names) expect(FUNCTIONS.map((f) => f.id)).not.toContain(n);
  });

  it("the built-in lists themselves are what the check relies on (VAN is NPV, TRI is IRR)", () => {
    expect(EXCEL_BUILTINS_FR).toEqual(expect.arrayContaining(["VAN", "TRI", "VA", "VPM", "TAUX"]));
    expect(EXCEL_BUILTINS_EN).toEqual(expect.arrayContaining(["NPV", "IRR", "PV", "PMT", "RATE"]));
    // a name equal to a built-in would be caught
    expect(new Set(EXCEL_BUILTINS_FR).has("VAN")).toBe(true);
  });
});

describe("French functions.json", () => {
  it("keeps ids, parameter order, types, dimensionality and options of the English one", () => {
    expect(french.map((f) => f.id)).toEqual(english.map((f) => f.id));
    const shape = (fs: MetadataEntry[]) => fs.map((f) => ({ id: f.id, result: f.result, options: f.options, parameters: f.parameters.map(({ name: _n, description: _d, ...rest }) => rest) }));
    expect(shape(french)).toEqual(shape(english as unknown as MetadataEntry[]));
  });

  it("passes the same structural checks as the English metadata", () => {
    expect(metadataProblems(english as unknown as MetadataEntry[], "en")).toEqual([]);
    expect(metadataProblems(french, "fr")).toEqual([]);
  });

  it("the checks fail on broken metadata", () => {
    const broken = structuredClone(french);
    broken[1]!.name = broken[0]!.name;
    broken[2]!.parameters[0]!.description = "court";
    broken[3]!.name = "1X";
    const problems = metadataProblems(broken, "fr");
    expect(problems.some((p) => p.startsWith("duplicate names"))).toBe(true);
    expect(problems.some((p) => p.includes("description too short"))).toBe(true);
    expect(problems.some((p) => p.includes("name 1X"))).toBe(true);
  });

  it("uses French names, French syntax in its examples and the French help page", () => {
    const deal = french.find((f) => f.id === "DEAL_STAKE")!;
    expect(deal.name).toBe("PARTICIPATION_APRES_EMISSION");
    expect(deal.description).toContain('=AIF.PARTICIPATION_APRES_EMISSION(2000000000; 87,2; 500000000; 24280000; "stake")');
    for (const f of french) expect(f.helpUrl).toMatch(/\/help\/functions\.fr\.html#[a-z_]+$/);
  });

  it("refuses a function or a parameter without French text", () => {
    const extra = [{ ...(english[0] as unknown as MetadataEntry), id: "NEW_ONE" }];
    expect(() => frenchMetadata({ functions: extra })).toThrow(/no French entry for NEW_ONE/);
    const first = english[0] as unknown as MetadataEntry;
    const moreParams: MetadataEntry[] = [{ ...first, parameters: [...first.parameters, { name: "extra" }] }];
    expect(() => frenchMetadata({ functions: moreParams })).toThrow(/no French entry for its parameter extra/);
  });
});
