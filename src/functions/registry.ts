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
 * What lives where (docs/architecture.md, "How to add a custom function"):
 * - the adapter's JSDoc: Excel id, parameter names, units, domains, defaults,
 *   which arguments take ranges (functions.json);
 * - this table: the module, the prose and the worked examples, in the order of
 *   the help page, the pane and functions.json.
 * - ./french.ts: the French names, parameter names and descriptions (one table
 *   keyed by id; the French summary stays here, next to the English one).
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
  {
    id: "WACC",
    adapter: "wacc",
    tagline: "weighted average cost of capital",
    summary: {
      en: "After-tax weighted average cost of capital: (E × ke + D × kd × (1 − t)) / (E + D).",
      fr: "Coût moyen pondéré du capital après impôt : (E × ke + D × kd × (1 − t)) / (E + D).",
    },
    about: [
      "The after-tax weighted average cost of capital, a rate per year: (equity_value × cost_of_equity + debt_value × cost_of_debt × (1 − tax_rate)) / (equity_value + debt_value), with market-value weights.",
      "Rates are fractions per year (0.1 = 10 %); the tax rate is the interest tax shield, 0 when omitted. Each argument takes a range: a column of costs of equity against a row of costs of debt spills a grid.",
    ],
    examples: [
      {
        formula: "=AIF.WACC(46.49, 21.4, 0.10745, 0.107, 0.21)",
        shows: "0.100225254087494",
        note: "CoreWeave: about 500,000,000 shares × $92.98 = $46.49 B of equity, $21.4 B of debt, ke = 4.25 % + 1.5 × 4.33 % (beta an estimate), kd = 10.7 %, tax 21 %; docs/sources.md §Cost of capital inputs.",
      },
      { formula: "=AIF.WACC(60, 40, 0.12, 0.08, 0.25)", shows: "0.096", note: "(60 × 0.12 + 40 × 0.08 × 0.75) / 100 = (7.2 + 2.4) / 100." },
    ],
    errors: "#VALUE! for a negative equity or debt value, a cost of equity or debt ≤ −1, or a tax rate outside 0 to 1; #DIV/0! when equity_value + debt_value is 0.",
  },
  {
    id: "TERMINAL_VALUE",
    adapter: "terminalValue",
    tagline: "Gordon growth terminal value",
    summary: {
      en: "Gordon growth terminal value at the end of the last year: cash_flow × (1 + g) / (r − g).",
      fr: "Valeur terminale de Gordon à la fin de la dernière année : flux × (1 + g) / (r − g).",
    },
    about: [
      "The value at the end of the last explicit year of the cash flow growing at g for ever: cash_flow × (1 + growth) / (discount_rate − growth), the sum of cash_flow × (1 + g)^k / (1 + r)^k over the following years k = 1, 2, ...",
      "It is not discounted to today: DCF with a terminal growth does that. A column of rates against a row of growths spills a grid, with #NUM! only where the rate is not above the growth.",
    ],
    examples: [
      { formula: "=AIF.TERMINAL_VALUE(100, 0.1, 0.02)", shows: "1,275", note: "100 × 1.02 / 0.08." },
      { formula: "=AIF.TERMINAL_VALUE(-50, 0.09, -0.01)", shows: "-495", note: "A shrinking negative flow: −50 × 0.99 / 0.10." },
    ],
    errors: "#VALUE! for a rate or growth ≤ −1; #NUM! when discount_rate ≤ growth (the perpetuity has no finite value).",
  },
  {
    id: "DCF",
    adapter: "dcf",
    tagline: "present value of cash flows, with a sensitivity grid",
    summary: {
      en: "Present value of yearly cash flows plus an optional Gordon terminal value; rates and growths broadcast into a sensitivity grid.",
      fr: "Valeur actuelle de flux annuels, plus une valeur terminale de Gordon facultative ; taux et croissances forment une grille de sensibilité.",
    },
    about: [
      "The value at the start of year 1 of cash_flows CF_1..CF_N received at the end of years 1..N: Σ CF_t × (1 + r)^−t, plus, when terminal_growth is given, the terminal value CF_N × (1 + g) / (r − g) × (1 + r)^−N. With mid_year TRUE every flow and the terminal value are discounted half a year less: (1 + r)^−(t − 0.5).",
      "cash_flows is one row or one column (a block of several rows and columns is #VALUE!; blank cells are 0). discount_rate, terminal_growth and mid_year broadcast like Excel arithmetic: with the flows in B2:K2, =AIF.DCF(B2:K2, A5:A9, B4:F4) spills a 5 × 5 grid of values over five rates (a column) and five growths (a row), #NUM! only where the rate is not above the growth. Excel's data tables cannot call custom functions; this grid is their replacement.",
    ],
    examples: [
      { formula: "=AIF.DCF(100, 0.1, 0.02)", shows: "1,250", note: "One flow of 100 and its terminal value 1,275, both at the end of year 1: 1,375 / 1.1." },
      { formula: "=AIF.DCF(100, 0.1)", shows: "90.9090909090909", note: "No terminal value: 100 / 1.1." },
    ],
    errors: "#VALUE! for cash_flows that are a block rather than one row or column, text or TRUE/FALSE among the flows, a rate or growth ≤ −1, or mid_year that is text; #NUM! when discount_rate ≤ terminal_growth.",
  },
  {
    id: "DILUTED_SHARES",
    adapter: "dilutedShares",
    tagline: "fully diluted shares at a price",
    summary: {
      en: "Fully diluted shares at a share price: basic + RSUs + options by the treasury stock method + converts if converted.",
      fr: "Actions entièrement diluées à un cours : de base + RSU + options (méthode du rachat d’actions) + obligations convertibles si converties.",
    },
    about: [
      "Fully diluted shares at share_price P: basic_shares + rsus + options × (1 − strike / P) when P > strike (treasury stock method: the exercise cash buys shares back at P) + convert_principal / conversion_price when P > conversion_price (if-converted method).",
      "Out-of-the-money options and converts add nothing. conversion_price is required when convert_principal is above 0 and ignored otherwise.",
    ],
    examples: [
      {
        formula: "=AIF.DILUTED_SHARES(500000000, 87.2, 45478000, 1.74, 23197000, 2587500000, 107.8)",
        shows: "567,767,526.146789",
        note: "CoreWeave at the $87.20 deal price: about 500,000,000 basic shares (an estimate), 45,478,000 options at $1.74, 23,197,000 RSUs, $2,587.5 M of converts at $107.80, out of the money; docs/sources.md §Shares and dilutive securities.",
      },
      { formula: "=AIF.DILUTED_SHARES(500000000, 120, 45478000, 1.74, 23197000, 2587500000, 107.8)", shows: "592,018,351.931354", note: "At $120 the converts add 2,587,500,000 / 107.80 = 24,002,782.9 shares." },
    ],
    errors: "#VALUE! for basic shares or a price ≤ 0, negative options, strike, RSUs or principal, or a conversion price missing or ≤ 0 when convert_principal is above 0.",
  },
  {
    id: "VALUE_PER_SHARE",
    adapter: "valuePerShare",
    tagline: "value per diluted share, circularity solved",
    summary: {
      en: "Value per fully diluted share, consistent with the options and converts it puts in the money (closed form, no iteration).",
      fr: "Valeur par action entièrement diluée, cohérente avec les options et convertibles qu’elle rend exerçables (forme fermée, sans itération).",
    },
    about: [
      "The value per share P depends on the diluted share count, which depends on P: options dilute by the treasury stock method at P and the converts convert when P is above their conversion price. Analysts break this loop with iterative calculation, which custom functions do not support; VALUE_PER_SHARE solves it exactly.",
      "With S = basic_shares + rsus, O options at strike K and L of converts at conversion price C, P = (equity_value + [P > K] × O × K + [P > C] × L) / (S + [P > K] × O + [P > C] × L / C): exactly one of the four cases is consistent with its own conditions. At the result, P × DILUTED_SHARES(P) = equity_value + the principal converted. equity_value counts the converts as debt.",
    ],
    examples: [
      {
        formula: "=AIF.VALUE_PER_SHARE(40000000000, 500000000, 45478000, 1.74, 23197000, 2587500000, 107.8)",
        shows: "70.4780968391436",
        note: "CoreWeave with a $40 B equity value (illustrative) and the dilutive securities of DILUTED_SHARES: the options dilute, the converts stay debt.",
      },
      { formula: "=AIF.VALUE_PER_SHARE(70000000000, 500000000, 45478000, 1.74, 23197000, 2587500000, 107.8)", shows: "122.607315159672", note: "At $70 B the value is above $107.80 and the converts convert: their $2,587.5 M becomes equity." },
    ],
    errors: "#VALUE! for basic shares ≤ 0, negative options, strike, RSUs or principal, or a conversion price missing or ≤ 0 when convert_principal is above 0; #NUM! when equity_value ≤ 0.",
  },
];

/** The entry of an Excel id (case-insensitive), or undefined. */
export function functionEntry(id: string): FunctionEntry | undefined {
  const key = id.replace(/^AIF\./i, "").toUpperCase();
  return FUNCTIONS.find((f) => f.id === key);
}
