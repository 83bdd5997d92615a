/**
 * The AIF custom functions: the one list of them, and the one description of
 * each beyond its JSDoc. The build (webpack.config.js: the functions bundle, the
 * metadata, the help page rendered by src/help/helpPage.ts), the task pane's
 * reference, the README check and every test that enumerates functions derive
 * from it.
 *
 * Each function is a thin adapter in its own module, src/functions/<adapter>.ts:
 * Excel values in, argument domains as data (`*_ARGS` next to the function), the
 * math in src/core (decimal.js), Excel values or errors out. Most typed inputs
 * are short decimals (87.2, 2e9, 1.2); for those ./scaledInteger.ts computes the
 * result as one quotient of exact integers (a single correctly rounded division,
 * or an exact floor); any other input falls back to decimal.js through src/core,
 * which also produces every error message. CustomFunctionsMetadataPlugin reads
 * the adapter's JSDoc into functions.json and appends its
 * `CustomFunctions.associate` call. A parameter that takes a range says "A cell
 * or a range." in its JSDoc (a test checks it against the generated type).
 *
 * What lives where (docs/architecture.md, "Adding a function"):
 * - the adapter's JSDoc: Excel id, parameter names, units, domains, defaults,
 *   which arguments take ranges (functions.json);
 * - this table: the module, the prose and the worked examples, in the order of
 *   the help page, the pane and functions.json.
 *
 * Data only, no import of the implementations: the task pane bundles this file.
 * Examples cite docs/sources.md for their figures.
 */

export type Language = "en" | "fr";

/** A formula as typed in a cell, and what Excel shows for it. */
export interface FunctionExample {
  /** "=AIF.ID(arguments)"; literal numbers and "text" only */
  readonly formula: string;
  /** the top-left cell as displayed: digits shown are the digits checked */
  readonly shows: string;
  /** for a spilled table: every row as displayed (checked cell by cell) */
  readonly spills?: readonly (readonly string[])[];
  /** why the example matters, shown next to it */
  readonly note?: string;
}

export interface FunctionEntry {
  /** Excel id and name (never changes once shipped), e.g. "DEAL_STAKE" */
  readonly id: string;
  /** the adapter: module src/functions/<adapter>.ts and its exported function (the TS name) */
  readonly adapter: string;
  /** a few words for the help page's table of contents */
  readonly tagline: string;
  /** one sentence for the task pane, per language */
  readonly summary: Readonly<Record<Language, string>>;
  /** the help page's explanation: formula, conventions (plain text, one string per paragraph) */
  readonly about: readonly string[];
  /** worked examples; the first is the one the pane inserts */
  readonly examples: readonly [FunctionExample, ...FunctionExample[]];
  /** the help page's error note */
  readonly errors: string;
  /** extra material the help page renders after the prose */
  readonly appendix?: "gpu-profiles";
  /** French Excel name (localised functions.json, issue 11); unset until then */
  readonly frenchName?: string;
}

const PROFILE_NAMES = "H100, H200, B200, B300, GB200, GB300, VR200";

export const FUNCTIONS: readonly FunctionEntry[] = [
  {
    id: "DEAL_STAKE",
    adapter: "dealStake",
    tagline: "ownership after a share issue",
    summary: {
      en: 'Ownership after a primary share issue; measure "stake", "new_shares", "post_shares", "dilution" or "post_money".',
      fr: "Participation après une émission d’actions nouvelles ; mesure « stake », « new_shares », « post_shares », « dilution » ou « post_money ».",
    },
    about: [
      "Ownership after a primary share issue. new shares = investment / price; post = shares_outstanding + new; stake = (shares_held_before + new) / post.",
      'measure "dilution" is new / post, what the other holders give up; "post_money" is post × price.',
    ],
    examples: [
      {
        formula: '=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")',
        shows: "0.0902898245614035",
        note: "Nvidia's $2,000,000,000 at $87.20 into CoreWeave (about 500,000,000 shares outstanding, an estimate; Nvidia held 24,280,000 before); docs/sources.md §The deal.",
      },
      { formula: '=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "new_shares")', shows: "22,935,779.8165138" },
      { formula: '=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "dilution")', shows: "0.0438596491228070" },
      { formula: '=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "post_money")', shows: "45,600,000,000" },
    ],
    errors: "#VALUE! for a negative investment, a price or share count ≤ 0, shares_held_before above shares_outstanding, or an unknown measure.",
  },
  {
    id: "DEBT_COVERAGE",
    adapter: "debtCoverage",
    tagline: "interest coverage and DSCR",
    summary: {
      en: "(cash_flow - capex) / (interest + principal): interest coverage, or DSCR when principal is given.",
      fr: "(cash_flow - capex) / (interest + principal) : couverture des intérêts, ou DSCR avec le principal.",
    },
    about: ["Coverage in times: (cash_flow − capex) / (interest + principal). With two arguments it is interest coverage; with principal it is the debt service coverage ratio (DSCR)."],
    examples: [
      {
        formula: "=AIF.DEBT_COVERAGE(838.1, 310.6)",
        shows: "2.69832582099163",
        note: "CoreWeave's Q3 2025 adjusted EBITDA ($838.1 M) over its net interest expense ($310.6 M); docs/sources.md §Debt.",
      },
      { formula: "=AIF.DEBT_COVERAGE(1000, 100, 300, 200)", shows: "2", note: "DSCR: (1000 − 200) / (100 + 300)." },
    ],
    errors: "#VALUE! for a negative interest, principal or capex; #DIV/0! when interest + principal is 0.",
  },
  {
    id: "NET_LEVERAGE",
    adapter: "netLeverage",
    tagline: "(debt − cash) / EBITDA",
    summary: { en: "(debt - cash) / ebitda, in times EBITDA.", fr: "(dette - trésorerie) / EBITDA, en multiple d’EBITDA." },
    about: ["Net leverage in times EBITDA: (debt − cash) / ebitda. Negative when cash exceeds debt."],
    examples: [{ formula: "=AIF.NET_LEVERAGE(21.4, 1.4, 4)", shows: "5", note: "Plain doubles give 21.4 − 1.4 = 19.999999999999996." }],
    errors: "#VALUE! for negative debt or cash; #DIV/0! for zero EBITDA; #NUM! for negative EBITDA, where leverage has no meaning.",
  },
  {
    id: "GW_TO_GPUS",
    adapter: "gwToGpus",
    tagline: "whole GPUs a power budget supports",
    summary: {
      en: "Whole GPUs that a facility of this power can run: floor(GW × 1e9 / (watts per GPU × PUE)).",
      fr: "Nombre entier de GPU qu’un site de cette puissance peut alimenter : plancher(GW × 1e9 / (watts par GPU × PUE)).",
    },
    about: [`Whole GPUs that facility power supports: floor(gigawatts × 10^9 / (watts_per_gpu × pue)), exact for the numbers as typed. Profiles: ${PROFILE_NAMES} (see GPU_WATTS).`],
    examples: [
      { formula: '=AIF.GW_TO_GPUS(5, "GB200", 1.2)', shows: "2,500,000", note: "CoreWeave's 5 GW AI-factory ambition for 2030; docs/sources.md §Operations." },
      { formula: "=AIF.GW_TO_GPUS(1)", shows: "500,000" },
      { formula: '=AIF.GW_TO_GPUS(1, "H100", 1.2)', shows: "653,594" },
      { formula: '=AIF.GW_TO_GPUS(2.01, "GB200", 1)', shows: "1,206,000", note: "Exact where plain floating point gives 1,205,999." },
    ],
    errors: "#VALUE! for negative power, an unknown profile, watts or pue ≤ 0; #NUM! above 9,007,199,254,740,991 GPUs, which Excel cannot hold exactly.",
  },
  {
    id: "GPUS_TO_GW",
    adapter: "gpusToGw",
    tagline: "facility power GPUs draw",
    summary: { en: "Facility power in GW for a number of GPUs: gpus × watts per GPU × PUE / 1e9.", fr: "Puissance du site en GW pour un nombre de GPU : gpus × watts par GPU × PUE / 1e9." },
    about: ["Facility power that GPUs draw, in GW: gpus × watts_per_gpu × pue / 10^9."],
    examples: [
      { formula: '=AIF.GPUS_TO_GW(250000, "GB300")', shows: "0.55" },
      { formula: "=AIF.GPUS_TO_GW(500000)", shows: "1" },
      { formula: '=AIF.GPUS_TO_GW(1000, "H100", 1.5)', shows: "0.0019125" },
    ],
    errors: "#VALUE! for negative GPUs, an unknown profile, watts or pue ≤ 0.",
  },
  {
    id: "GPU_WATTS",
    adapter: "gpuWatts",
    tagline: "all-in watts per GPU of a profile",
    summary: { en: `All-in IT watts per GPU of a profile (${PROFILE_NAMES}).`, fr: `Watts informatiques par GPU d’un profil (${PROFILE_NAMES}).` },
    about: [
      "All-in IT watts per GPU of a profile: system power / GPUs in it, CPUs, NICs, switches and fans included.",
      "The argument gpu is a profile name (case-insensitive) or a number of watts > 0, which is returned as is. Counts use the exact fractions, not the rounded watts.",
    ],
    examples: [
      { formula: '=AIF.GPU_WATTS("GB200")', shows: "1,666.66666666667" },
      { formula: '=AIF.GPU_WATTS("b200")', shows: "1,787.5" },
    ],
    errors: "#VALUE! for an unknown profile, watts ≤ 0 or a range.",
    appendix: "gpu-profiles",
  },
  {
    id: "DEBT_SCHEDULE",
    adapter: "debtSchedule",
    tagline: "a yearly debt schedule that spills",
    summary: {
      en: 'Spills one row per year: year, opening, interest, principal repaid, closing; amortization "bullet", "straight" or "annuity".',
      fr: "Déborde une ligne par année : année, ouverture, intérêts, remboursement, clôture ; amortissement « bullet », « straight » ou « annuity ».",
    },
    about: [
      "A yearly debt schedule that spills one row per year: year, opening balance, interest (opening × annual_rate), principal repaid, closing balance.",
      '"bullet" repays everything in the last year; "straight" repays principal / years each year; "annuity" pays a level principal × r / (1 − (1 + r)^−years). Straight and annuity schedules close at exactly 0.',
    ],
    examples: [
      {
        formula: '=AIF.DEBT_SCHEDULE(1000, 0.1, 3, "annuity", 2026)',
        shows: "2026",
        spills: [
          ["2026", "1,000.00", "100.00", "302.11", "697.89"],
          ["2027", "697.89", "69.79", "332.33", "365.56"],
          ["2028", "365.56", "36.56", "365.56", "0.00"],
        ],
        note: "Every year pays 402.11 in total.",
      },
    ],
    errors: "#VALUE! for a negative principal or rate, years not a whole number from 1 to 100, a fractional start_year or an unknown amortization.",
  },
];

/** The entry of an Excel id (case-insensitive), or undefined. */
export function functionEntry(id: string): FunctionEntry | undefined {
  const key = id.replace(/^AIF\./i, "").toUpperCase();
  return FUNCTIONS.find((f) => f.id === key);
}
