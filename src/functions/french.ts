/**
 * The French translation table of the AIF functions: the one place for their
 * French Excel names, parameter names and parameter descriptions, keyed by the
 * Excel id of src/functions/registry.ts (the French one-sentence summary stays
 * in the registry entry, next to the English one).
 *
 * The build (webpack.config.js) turns the English functions.json generated from
 * the JSDoc into functions.fr.json with ./frenchMetadata.ts: same ids, French
 * names and descriptions. The manifest's fr-FR override points Excel at it.
 *
 * Names are spelled out, in capitals without accents (as Excel's own French
 * names: MOYENNE, ANNEE), without digits (Excel allows only letters, "_" and "."
 * in a function name), unique, and equal to no Excel built-in name in English or
 * French (test/taskpane/frenchFunctions.test.ts checks all of it).
 *
 * Data only: the task pane bundles this file.
 */

/** One parameter in French: its Excel name and its description (units, domain, default). */
export interface FrenchParameter {
  readonly name: string;
  readonly description: string;
}

/** One function in French. */
export interface FrenchFunction {
  /** the French Excel name, shown after the namespace: AIF.<name> */
  readonly name: string;
  /** a few words for the French help page's table of contents */
  readonly tagline: string;
  /** the French help page's error note */
  readonly errors: string;
  /** by the English parameter name of functions.json */
  readonly parameters: Readonly<Record<string, FrenchParameter>>;
}

const RANGE = "Une cellule ou une plage.";
const PROFILES = "H100, H200, B200, B300, GB200, GB300, VR200";
const p = (name: string, description: string): FrenchParameter => ({ name, description });
/** The gpu and pue arguments GW_TO_GPUS and GPUS_TO_GW share (the same reader, src/functions/gpuArg.ts), translated once. */
const GPU_PROFILE = p("gpu", `Nom de profil (${PROFILES} ; sans distinction de casse) ou watts informatiques par GPU, > 0. Par défaut "GB200". ${RANGE}`);
const PUE = p("pue", `Efficacité énergétique (PUE), puissance du site / puissance informatique, > 0. Par défaut 1,2. ${RANGE}`);

const OPTIONS = {
  options: p("options", `Options (et bons de souscription) en circulation, en actions, >= 0. Par défaut 0. ${RANGE}`),
  strike: p("prix_exercice", `Leur prix d’exercice moyen pondéré, en devise par action, >= 0. Par défaut 0. ${RANGE}`),
  rsus: p("actions_gratuites", `Actions gratuites (RSU), en actions, >= 0 ; elles s’ajoutent une pour une. Par défaut 0. ${RANGE}`),
  convert_principal: p("nominal_convertibles", `Nominal des obligations convertibles, en devise, >= 0. Par défaut 0. ${RANGE}`),
  conversion_price: p("prix_conversion", `Prix de conversion, en devise par action, > 0 ; obligatoire quand nominal_convertibles > 0, ignoré sinon. Pas de valeur par défaut. ${RANGE}`),
  basic_shares: p("actions_de_base", `Actions ordinaires en circulation, > 0. ${RANGE}`),
};

export const FRENCH: Readonly<Record<string, FrenchFunction>> = {
  DEAL_STAKE: {
    name: "PARTICIPATION_APRES_EMISSION",
    tagline: "participation après une émission d’actions",
    errors: "#VALEUR! pour un investissement négatif, un prix ou un nombre d’actions ≤ 0, actions_detenues_avant supérieur à actions_en_circulation, ou une mesure inconnue.",
    parameters: {
      investment: p("investissement", `Montant investi, en devise, >= 0. ${RANGE}`),
      price_per_share: p("prix_par_action", `Prix payé par action nouvelle, même devise, > 0. ${RANGE}`),
      shares_outstanding: p("actions_en_circulation", `Actions en circulation avant l’émission, > 0. ${RANGE}`),
      shares_held_before: p("actions_detenues_avant", `Actions de l’investisseur avant l’émission, de 0 à actions_en_circulation. Par défaut 0. ${RANGE}`),
      measure: p("mesure", "Ce que renvoie la fonction : \"stake\" (par défaut ; part détenue après), \"new_shares\", \"post_shares\", \"dilution\" (nouvelles / total) ou \"post_money\" (total × prix)."),
    },
  },
  DEBT_COVERAGE: {
    name: "COUVERTURE_DETTE",
    tagline: "couverture des intérêts et DSCR",
    errors: "#VALEUR! pour des intérêts, un principal ou des investissements négatifs ; #DIV/0! quand intérêts + principal vaut 0.",
    parameters: {
      cash_flow: p("flux_tresorerie", `Flux de trésorerie ou EBITDA de la période, en devise, de signe quelconque. ${RANGE}`),
      interest: p("interets", `Charge d’intérêts de la période, même devise, >= 0. ${RANGE}`),
      principal: p("principal", `Principal remboursé dans la période, même devise, >= 0. Par défaut 0. ${RANGE}`),
      capex: p("investissements", `Investissements déduits du flux de trésorerie, même devise, >= 0. Par défaut 0. ${RANGE}`),
    },
  },
  NET_LEVERAGE: {
    name: "LEVIER_NET",
    tagline: "(dette − trésorerie) / EBITDA",
    errors: "#VALEUR! pour une dette ou une trésorerie négative ; #DIV/0! pour un EBITDA nul ; #NOMBRE! pour un EBITDA négatif, où le levier n’a pas de sens.",
    parameters: {
      debt: p("dette", `Dette totale, en devise, >= 0. ${RANGE}`),
      cash: p("tresorerie", `Trésorerie et équivalents, même devise, >= 0. ${RANGE}`),
      ebitda: p("ebitda", `EBITDA de la période (en général une année), même devise, > 0. ${RANGE}`),
    },
  },
  GW_TO_GPUS: {
    name: "GIGAWATTS_EN_GPU",
    tagline: "GPU entiers qu’une puissance alimente",
    errors: "#VALEUR! pour une puissance négative, un profil inconnu, des watts ou un PUE ≤ 0 ; #NOMBRE! au-delà de 9 007 199 254 740 991 GPU, qu’Excel ne peut pas représenter exactement.",
    parameters: {
      gigawatts: p("gigawatts", `Puissance du site, en GW, >= 0 (pue = 1 pour la puissance informatique). ${RANGE}`),
      gpu: GPU_PROFILE,
      pue: PUE,
    },
  },
  GPUS_TO_GW: {
    name: "GPU_EN_GIGAWATTS",
    tagline: "puissance consommée par des GPU",
    errors: "#VALEUR! pour un nombre de GPU négatif, un profil inconnu, des watts ou un PUE ≤ 0.",
    parameters: {
      gpus: p("nombre_gpu", `Nombre de GPU, >= 0. ${RANGE}`),
      gpu: GPU_PROFILE,
      pue: PUE,
    },
  },
  GPU_WATTS: {
    name: "WATTS_PAR_GPU",
    tagline: "watts par GPU d’un profil, tout compris",
    errors: "#VALEUR! pour un profil inconnu, des watts ≤ 0 ou une plage.",
    parameters: {
      gpu: p("gpu", "Nom de profil (sans distinction de casse), ou un nombre de watts > 0, renvoyé tel quel."),
    },
  },
  DEBT_SCHEDULE: {
    name: "ECHEANCIER_DETTE",
    tagline: "un échéancier annuel de dette qui déborde",
    errors: "#VALEUR! pour un principal ou un taux négatif, une durée qui n’est pas un entier de 1 à 100, une année de départ non entière ou un amortissement inconnu.",
    parameters: {
      principal: p("principal", "Montant emprunté au début de la première année, en devise, >= 0."),
      annual_rate: p("taux_annuel", "Taux d’intérêt annuel en fraction (0,09 = 9 %), >= 0."),
      years: p("duree_annees", "Durée, un nombre entier d’années de 1 à 100."),
      amortization: p("amortissement", "\"bullet\" (in fine, par défaut), \"straight\" (linéaire) ou \"annuity\" (annuités constantes) ; sans distinction de casse."),
      start_year: p("annee_depart", "Numéro de la première année, par exemple 2026 ; un nombre entier. Par défaut 1."),
    },
  },
  WACC: {
    name: "COUT_MOYEN_PONDERE_CAPITAL",
    tagline: "coût moyen pondéré du capital",
    errors: "#VALEUR! pour une valeur des fonds propres ou de la dette négative, un coût des fonds propres ou de la dette ≤ −1, ou un taux d’impôt hors de 0 à 1 ; #DIV/0! quand valeur_fonds_propres + valeur_dette vaut 0.",
    parameters: {
      equity_value: p("valeur_fonds_propres", `Valeur de marché des fonds propres E, en devise, >= 0 (mêmes unités que valeur_dette). ${RANGE}`),
      debt_value: p("valeur_dette", `Valeur de la dette D, même devise, >= 0 ; E + D = 0 donne #DIV/0!. ${RANGE}`),
      cost_of_equity: p("cout_fonds_propres", `Coût des fonds propres ke par an en fraction (0,12 = 12 %), > -1. ${RANGE}`),
      cost_of_debt: p("cout_dette", `Coût de la dette avant impôt kd par an en fraction, > -1. ${RANGE}`),
      tax_rate: p("taux_impot", `Taux d’impôt t sur la déduction des intérêts, une fraction de 0 à 1. Par défaut 0 (pas d’économie d’impôt). ${RANGE}`),
    },
  },
  TERMINAL_VALUE: {
    name: "VALEUR_TERMINALE",
    tagline: "valeur terminale de Gordon",
    errors: "#VALEUR! pour un taux ou une croissance ≤ −1 ; #NOMBRE! quand taux_actualisation ≤ croissance (la rente perpétuelle n’a pas de valeur finie).",
    parameters: {
      cash_flow: p("flux_tresorerie", `Flux de trésorerie de la dernière année explicite, en devise, de signe quelconque. ${RANGE}`),
      discount_rate: p("taux_actualisation", `Taux d’actualisation r par an en fraction (0,1 = 10 %), > -1 et > croissance. ${RANGE}`),
      growth: p("croissance", `Croissance perpétuelle g par an en fraction, > -1 et < taux_actualisation (sinon #NOMBRE!). ${RANGE}`),
    },
  },
  DCF: {
    name: "FLUX_ACTUALISES",
    tagline: "valeur actuelle de flux, avec une grille de sensibilité",
    errors: "#VALEUR! pour des flux en bloc plutôt qu’en une ligne ou une colonne, du texte ou VRAI/FAUX parmi les flux, un taux ou une croissance ≤ −1, ou milieu_annee en texte ; #NOMBRE! quand taux_actualisation ≤ croissance_terminale.",
    parameters: {
      cash_flows: p("flux_tresorerie", `Flux annuels FT_1..FT_N, en devise, de signe quelconque : UNE ligne ou UNE colonne (un bloc donne #VALEUR!) ; les cellules vides valent 0. ${RANGE}`),
      discount_rate: p("taux_actualisation", `Taux d’actualisation r par an en fraction (0,1 = 10 %), > -1 ; une colonne de taux donne une ligne de résultats par taux. ${RANGE}`),
      terminal_growth: p("croissance_terminale", `Croissance perpétuelle g après l’année N en fraction, > -1 et < taux_actualisation (sinon #NOMBRE!). Par défaut : aucune, pas de valeur terminale. ${RANGE}`),
      mid_year: p("milieu_annee", `VRAI pour actualiser chaque flux depuis le milieu de son année (t - 0,5). Par défaut FAUX (fin d’année). ${RANGE}`),
    },
  },
  DILUTED_SHARES: {
    name: "ACTIONS_DILUEES",
    tagline: "actions entièrement diluées à un cours",
    errors: "#VALEUR! pour des actions de base ou un cours ≤ 0, des options, un prix d’exercice, des actions gratuites ou un nominal négatifs, ou un prix de conversion absent ou ≤ 0 quand nominal_convertibles est supérieur à 0.",
    parameters: {
      basic_shares: OPTIONS.basic_shares,
      share_price: p("cours_action", `Cours P auquel les options et les convertibles sont testés, en devise par action, > 0. ${RANGE}`),
      options: OPTIONS.options,
      strike: OPTIONS.strike,
      rsus: OPTIONS.rsus,
      convert_principal: OPTIONS.convert_principal,
      conversion_price: OPTIONS.conversion_price,
    },
  },
  VALUE_PER_SHARE: {
    name: "VALEUR_PAR_ACTION",
    tagline: "valeur par action diluée, circularité résolue",
    errors: "#VALEUR! pour des actions de base ≤ 0, des options, un prix d’exercice, des actions gratuites ou un nominal négatifs, ou un prix de conversion absent ou ≤ 0 quand nominal_convertibles est supérieur à 0 ; #NOMBRE! quand valeur_fonds_propres ≤ 0.",
    parameters: {
      equity_value: p("valeur_fonds_propres", `Valeur des fonds propres, les convertibles comptés comme dette, en devise ; <= 0 donne #NOMBRE!. ${RANGE}`),
      basic_shares: OPTIONS.basic_shares,
      options: OPTIONS.options,
      strike: OPTIONS.strike,
      rsus: OPTIONS.rsus,
      convert_principal: OPTIONS.convert_principal,
      conversion_price: OPTIONS.conversion_price,
    },
  },
};
