/**
 * The function reference of the pane: syntax, description (English, French) and
 * one worked example per AIF function, with numbers from
 * reference/coreweave-facts.md (Nvidia's $2 B at $87.20 a share; CoreWeave's
 * $18.8 B of debt; 5 GW of AI factories by 2030).
 *
 * The list of functions shown comes from functions.json (what Excel registers);
 * this table only adds the examples and the French text, keyed by Excel name, so
 * a function added to src/functions still appears, without an example.
 */
import type { FunctionSummary } from "./functionList";
import type { Language } from "./strings";

export interface FunctionDoc {
  /** Excel name with namespace, e.g. "AIF.DEAL_STAKE" */
  name: string;
  syntax: string;
  description: Record<Language, string>;
  /** a formula that works as typed, "=AIF...." */
  example: string;
}

export const FUNCTION_DOCS: readonly FunctionDoc[] = [
  {
    name: "AIF.DEAL_STAKE",
    syntax: "AIF.DEAL_STAKE(investment, price_per_share, shares_outstanding, [shares_held_before], [measure])",
    description: {
      en: 'Ownership after a primary share issue; measure "stake", "new_shares", "post_shares", "dilution" or "post_money".',
      fr: "Participation après une émission d’actions nouvelles ; mesure « stake », « new_shares », « post_shares », « dilution » ou « post_money ».",
    },
    example: '=AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000, "stake")',
  },
  {
    name: "AIF.DEBT_COVERAGE",
    syntax: "AIF.DEBT_COVERAGE(cash_flow, interest, [principal], [capex])",
    description: {
      en: "(cash_flow - capex) / (interest + principal): interest coverage, or DSCR when principal is given.",
      fr: "(cash_flow - capex) / (interest + principal) : couverture des intérêts, ou DSCR avec le principal.",
    },
    example: "=AIF.DEBT_COVERAGE(3500, 1100, 900)",
  },
  {
    name: "AIF.NET_LEVERAGE",
    syntax: "AIF.NET_LEVERAGE(debt, cash, ebitda)",
    description: { en: "(debt - cash) / ebitda, in times EBITDA.", fr: "(dette - trésorerie) / EBITDA, en multiple d’EBITDA." },
    example: "=AIF.NET_LEVERAGE(18810, 1900, 3600)",
  },
  {
    name: "AIF.GW_TO_GPUS",
    syntax: 'AIF.GW_TO_GPUS(gigawatts, [gpu="GB200"], [pue=1.2])',
    description: {
      en: "Whole GPUs that a facility of this power can run: floor(GW × 1e9 / (watts per GPU × PUE)).",
      fr: "Nombre entier de GPU qu’un site de cette puissance peut alimenter : plancher(GW × 1e9 / (watts par GPU × PUE)).",
    },
    example: '=AIF.GW_TO_GPUS(5, "GB200", 1.2)',
  },
  {
    name: "AIF.GPUS_TO_GW",
    syntax: 'AIF.GPUS_TO_GW(gpus, [gpu="GB200"], [pue=1.2])',
    description: { en: "Facility power in GW for a number of GPUs: gpus × watts per GPU × PUE / 1e9.", fr: "Puissance du site en GW pour un nombre de GPU : gpus × watts par GPU × PUE / 1e9." },
    example: '=AIF.GPUS_TO_GW(250000, "GB300")',
  },
  {
    name: "AIF.GPU_WATTS",
    syntax: "AIF.GPU_WATTS(gpu)",
    description: { en: "All-in IT watts per GPU of a profile (H100, H200, B200, B300, GB200, GB300, VR200).", fr: "Watts informatiques par GPU d’un profil (H100, H200, B200, B300, GB200, GB300, VR200)." },
    example: '=AIF.GPU_WATTS("GB200")',
  },
  {
    name: "AIF.DEBT_SCHEDULE",
    syntax: 'AIF.DEBT_SCHEDULE(principal, annual_rate, years, [amortization="bullet"], [start_year])',
    description: {
      en: 'Spills one row per year: year, opening, interest, principal repaid, closing; amortization "bullet", "straight" or "annuity".',
      fr: "Déborde une ligne par année : année, ouverture, intérêts, remboursement, clôture ; amortissement « bullet », « straight » ou « annuity ».",
    },
    example: '=AIF.DEBT_SCHEDULE(7600, 0.09, 5, "straight", 2025)',
  },
];

/** One entry as the pane shows it. */
export interface ReferenceEntry {
  name: string;
  syntax: string;
  description: string;
  example?: string;
}

/**
 * The reference in the order Excel registers the functions, with examples where known.
 * @param registered from functions.json; when empty or unavailable, the table alone
 */
export function referenceEntries(registered: readonly FunctionSummary[], lang: Language): ReferenceEntry[] {
  const docs = new Map(FUNCTION_DOCS.map((d) => [d.name.toUpperCase(), d]));
  if (registered.length === 0) return FUNCTION_DOCS.map((d) => ({ name: d.name, syntax: d.syntax, description: d.description[lang], example: d.example }));
  return registered.map((f) => {
    const doc = docs.get(f.name.toUpperCase());
    return {
      name: f.name,
      syntax: doc?.syntax ?? `${f.name}(${f.signature})`,
      description: doc?.description[lang] ?? f.summary,
      example: doc?.example,
    };
  });
}
