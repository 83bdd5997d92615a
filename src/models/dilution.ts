/**
 * Nvidia–CoreWeave dilution: what does Nvidia's $2 B primary purchase of Class A
 * shares at $87.20 do to its economic and voting stake, and to everyone else?
 * Defaults: docs/sources.md §The deal and §Estimates; the economics are written out
 * in docs/models.md.
 *
 * No treasury-stock block: the reference file has no option or RSU counts, and
 * this model does not invent them.
 */
import { D, primaryIssue, votingStake, discountToMarket, type Dec } from "../core";
import { num, referenceAtDefaults } from "./defaults";
import { CHECK, DIGITS, PERCENT2, SHARES, USD_M, USD_PER_SHARE, VOTES, VOTES_PER_SHARE } from "./formats";
import type { Headline, InputReader, ModelTemplate, ReferenceValues, TableItem } from "../plan/template";

/** Where every default is sourced; notes cite it by section (`docs/sources.md §The deal`). */
const FACTS = "docs/sources.md";

/** Offsets of the sensitivity grid's rows and columns from the deal, in steps. */
const GRID_STEPS = [-2, -1, 0, 1, 2];
const GRID_COLS = ["M2", "M1", "C0", "P1", "P2"];
const GRID_ROWS = ["SensPriceM2", "SensPriceM1", "SensPriceC0", "SensPriceP1", "SensPriceP2"];

/** Header formula of the grid cell at `steps` from the centre: neighbour towards the centre +/- one step. */
function stepFormula(steps: number, cellOf: (i: number) => string, centre: string, step: string): string {
  if (steps === 0) return `{${centre}}`;
  const towards = GRID_STEPS.indexOf(steps - Math.sign(steps));
  return `{${cellOf(towards)}}${steps > 0 ? "+" : "-"}{${step}}`;
}

const sensitivity: TableItem = {
  type: "table",
  key: "Sens",
  label: "Investor stake after the deal: price per share (rows) x investment (columns)",
  columns: [
    { key: "Price", header: "Price", format: USD_PER_SHARE },
    ...GRID_COLS.map((c, j) => ({ key: c, header: GRID_STEPS[j] === 0 ? "deal" : `${GRID_STEPS[j] > 0 ? "+" : ""}${GRID_STEPS[j]} step`, format: PERCENT2 })),
  ],
  rows: [
    {
      key: "SensInvestment",
      label: "Investment in each column",
      format: USD_M,
      cells: ["investment \u2192", ...GRID_COLS.map((_, j) => ({ formula: stepFormula(GRID_STEPS[j], (i) => `SensInvestment.${GRID_COLS[i]}`, "Investment", "InvestmentStep") }))],
    },
    ...GRID_ROWS.map((rowKey, i) => ({
      key: rowKey,
      label: i === 2 ? "At the deal price" : `Price ${GRID_STEPS[i] > 0 ? "+" : ""}${GRID_STEPS[i]} step`,
      unit: "%",
      cells: [
        { formula: stepFormula(GRID_STEPS[i], (k) => `${GRID_ROWS[k]}.Price`, "PricePerShare", "PriceStep") },
        ...GRID_COLS.map((c) => {
          const fresh = `{SensInvestment.${c}}/{${rowKey}.Price}`;
          return { formula: `({InvestorSharesBefore}+${fresh})/({SharesOutstanding}+${fresh})` };
        }),
      ],
    })),
  ],
  bodyName: { name: "StakeSensitivity", kind: "output", comment: "Investor stake after the deal over 5 prices x 5 investments", fromRow: 1, fromCol: 1 },
};

/** The Nvidia–CoreWeave dilution model. */
export const dilution: ModelTemplate = {
  id: "dilution",
  title: { en: "Nvidia–CoreWeave dilution", fr: "Dilution Nvidia–CoreWeave" },
  question: {
    en: "What stake and votes does Nvidia's $2 B share purchase give it, and how much are the others diluted?",
    fr: "Quelle part du capital et des votes l'achat d'actions de 2 Md$ donne-t-il à Nvidia, et quelle dilution pour les autres ?",
  },
  sheetName: "Dilution",
  description:
    "Primary issue of Class A shares to one investor (Nvidia, January 2026): cap table before and after, economic and voting stake (Class B carries 10 votes), dilution, post-money value, discount to market and a price x investment sensitivity. No treasury-stock block: the reference has no option or RSU counts.",
  sections: [
    {
      role: "inputs",
      title: "Inputs: the deal and the cap table",
      items: [
        { type: "scalar", key: "Investment", label: "Investment", format: USD_M, value: 2_000_000_000, name: true, note: `Nvidia investment $2,000,000,000: ${FACTS} §The deal (seed article, Nvidia/CoreWeave announcement)` },
        { type: "scalar", key: "PricePerShare", label: "Price per new Class A share", format: USD_PER_SHARE, value: 87.2, name: true, note: `$87.20 per Class A share: ${FACTS} §The deal (seed article)` },
        { type: "scalar", key: "MarketPrice", label: "Market price (prior close)", format: USD_PER_SHARE, value: 92.98, name: true, note: `CRWV close on the prior trading day $92.98: ${FACTS} §The deal (CNBC)` },
        { type: "scalar", key: "ClassAShares", label: "Class A shares before the deal", format: SHARES, value: 385_000_000, name: true, estimate: true, note: `about 385,000,000, derived from Nvidia's 24.3 M being 6.3 % (Reuters): ${FACTS} §The deal` },
        { type: "scalar", key: "ClassBShares", label: "Class B shares before the deal", format: SHARES, value: 115_000_000, name: true, estimate: true, note: `about 115,000,000 = total (about 500 M, from Q3 2025 net loss / EPS) minus Class A: ${FACTS} §The deal` },
        { type: "scalar", key: "InvestorSharesBefore", label: "Investor's Class A shares before the deal", format: SHARES, value: 24_280_000, name: true, note: `Nvidia held 24,280,000 (13F, Sept 30 2025, per Reuters): ${FACTS} §The deal` },
        { type: "scalar", key: "VotesPerClassA", label: "Votes per Class A share", format: VOTES_PER_SHARE, value: 1, name: true, note: `Class A 1 vote (424B4, March 2025): ${FACTS} §The deal` },
        { type: "scalar", key: "VotesPerClassB", label: "Votes per Class B share", format: VOTES_PER_SHARE, value: 10, name: true, note: `Class B 10 votes (424B4, March 2025): ${FACTS} §The deal` },
        { type: "scalar", key: "PriceStep", label: "Sensitivity: price step", format: USD_PER_SHARE, value: 5, note: `Modelling choice: grid rows are the deal price plus or minus this step` },
        { type: "scalar", key: "InvestmentStep", label: "Sensitivity: investment step", format: USD_M, value: 500_000_000, note: `Modelling choice: grid columns are the investment plus or minus this step` },
        { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 6, note: "Modelling choice: checks round differences to this many decimals, so floating-point noise reads 0" },
      ],
    },
    {
      role: "outputs",
      title: "Outputs: the issue and the investor's stake",
      items: [
        { type: "scalar", key: "SharesOutstanding", label: "Shares outstanding before the deal", format: SHARES, formula: "{ClassAShares}+{ClassBShares}", name: true },
        { type: "scalar", key: "NewShares", label: "New Class A shares issued", format: SHARES, formula: "{Investment}/{PricePerShare}", name: true },
        { type: "scalar", key: "PostShares", label: "Shares outstanding after the deal", format: SHARES, formula: "{SharesOutstanding}+{NewShares}", name: true },
        { type: "scalar", key: "InvestorSharesAfter", label: "Investor's shares after the deal", format: SHARES, formula: "{InvestorSharesBefore}+{NewShares}", name: true },
        { type: "scalar", key: "InvestorStakeBefore", label: "Investor's economic stake before", format: PERCENT2, formula: "{InvestorSharesBefore}/{SharesOutstanding}", name: true },
        { type: "scalar", key: "InvestorStakeAfter", label: "Investor's economic stake after", format: PERCENT2, formula: "{InvestorSharesAfter}/{PostShares}", name: true },
        { type: "scalar", key: "Dilution", label: "Dilution of the other holders (new / post)", format: PERCENT2, formula: "{NewShares}/{PostShares}", name: true },
        { type: "scalar", key: "PostMoneyValue", label: "Post-money equity value at the deal price", format: USD_M, formula: "{PostShares}*{PricePerShare}", name: true },
        { type: "scalar", key: "DiscountToMarket", label: "Deal price discount to market", format: PERCENT2, formula: "({MarketPrice}-{PricePerShare})/{MarketPrice}", name: true },
        {
          type: "scalar",
          key: "VotingStakeBefore",
          label: "Investor's voting stake before",
          format: PERCENT2,
          formula: "{InvestorSharesBefore}*{VotesPerClassA}/({ClassAShares}*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB})",
          name: true,
        },
        {
          type: "scalar",
          key: "VotingStakeAfter",
          label: "Investor's voting stake after",
          format: PERCENT2,
          formula: "{InvestorSharesAfter}*{VotesPerClassA}/(({ClassAShares}+{NewShares})*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB})",
          name: true,
        },
      ],
    },
    {
      role: "calculations",
      title: "Calculations: cap table before and after the deal",
      items: [
        {
          type: "table",
          key: "Cap",
          label: "Holder",
          columns: [
            { key: "SharesBefore", header: "Shares before", format: SHARES },
            { key: "StakeBefore", header: "Stake before", format: PERCENT2 },
            { key: "VotesBefore", header: "Votes before", format: VOTES },
            { key: "VotingBefore", header: "Votes % before", format: PERCENT2 },
            { key: "SharesAfter", header: "Shares after", format: SHARES },
            { key: "StakeAfter", header: "Stake after", format: PERCENT2 },
            { key: "VotesAfter", header: "Votes after", format: VOTES },
            { key: "VotingAfter", header: "Votes % after", format: PERCENT2 },
          ],
          rows: [
            capRow("CapInvestor", "Investor (Class A)", "{InvestorSharesBefore}", "{InvestorSharesAfter}", "VotesPerClassA"),
            capRow("CapOtherA", "Other Class A holders", "{ClassAShares}-{InvestorSharesBefore}", "{ClassAShares}-{InvestorSharesBefore}", "VotesPerClassA"),
            capRow("CapClassB", "Class B holders (founders)", "{ClassBShares}", "{ClassBShares}", "VotesPerClassB"),
            {
              key: "CapTotal",
              label: "Total",
              cells: ["SharesBefore", "StakeBefore", "VotesBefore", "VotingBefore", "SharesAfter", "StakeAfter", "VotesAfter", "VotingAfter"].map((c) => ({
                formula: `{CapInvestor.${c}}+{CapOtherA.${c}}+{CapClassB.${c}}`,
              })),
            },
          ],
        },
        { type: "heading", label: "Sensitivity" },
        sensitivity,
      ],
    },
    {
      role: "checks",
      title: "Checks (each 0 when the model is consistent)",
      items: [
        { type: "scalar", key: "CapSharesCheck", label: "Cap table shares after = shares outstanding after", format: CHECK, formula: "ROUND({CapTotal.SharesAfter}-{PostShares},{CheckDecimals})", name: true },
        { type: "scalar", key: "CapStakeCheck", label: "Cap table stakes sum to the same total before and after", format: CHECK, formula: "ROUND({CapTotal.StakeAfter}-{CapTotal.StakeBefore},{CheckDecimals})", name: true },
        { type: "scalar", key: "CapVotesCheck", label: "Cap table votes % sum to the same total before and after", format: CHECK, formula: "ROUND({CapTotal.VotingAfter}-{CapTotal.VotingBefore},{CheckDecimals})", name: true },
        { type: "scalar", key: "InvestorStakeCheck", label: "Cap table investor stake = InvestorStakeAfter", format: CHECK, formula: "ROUND({CapInvestor.StakeAfter}-{InvestorStakeAfter},{CheckDecimals})", name: true },
        { type: "scalar", key: "SensitivityCheck", label: "Sensitivity centre = InvestorStakeAfter", format: CHECK, formula: "ROUND({SensPriceC0.C0}-{InvestorStakeAfter},{CheckDecimals})", name: true },
        {
          type: "scalar",
          key: "MasterCheck",
          label: "Master check",
          format: CHECK,
          formula: "ABS({CapSharesCheck})+ABS({CapStakeCheck})+ABS({CapVotesCheck})+ABS({InvestorStakeCheck})+ABS({SensitivityCheck})",
          name: true,
          bold: true,
        },
      ],
    },
  ],
  charts: [
    {
      type: "columnClustered",
      title: "Ownership before and after the deal",
      categories: "Cap.label",
      series: [
        { name: "Stake before", key: "Cap.StakeBefore" },
        { name: "Stake after", key: "Cap.StakeAfter" },
        { name: "Votes % before", key: "Cap.VotingBefore" },
        { name: "Votes % after", key: "Cap.VotingAfter" },
      ],
      valueAxisTitle: "share of total",
    },
  ],
  reference: dilutionReference,
  headlines: () => {
    const v = referenceAtDefaults(dilution);
    return [
      { key: "InvestorStakeAfter", en: "Nvidia stake after", fr: "Part de Nvidia après", value: v.InvestorStakeAfter as number, format: "percent" },
      { key: "VotingStakeAfter", en: "Nvidia votes after", fr: "Droits de vote de Nvidia après", value: v.VotingStakeAfter as number, format: "percent" },
      { key: "NewShares", en: "New shares", fr: "Actions nouvelles", value: v.NewShares as number, format: "shares" },
    ] satisfies Headline[];
  },
};

function capRow(key: string, label: string, before: string, after: string, votes: string): TableItem["rows"][number] {
  return {
    key,
    label,
    cells: [
      { formula: before },
      { formula: `{${key}.SharesBefore}/{SharesOutstanding}` },
      { formula: `{${key}.SharesBefore}*{${votes}}` },
      { formula: `{${key}.VotesBefore}/({ClassAShares}*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB})` },
      { formula: after },
      { formula: `{${key}.SharesAfter}/{PostShares}` },
      { formula: `{${key}.SharesAfter}*{${votes}}` },
      { formula: `{${key}.VotesAfter}/(({ClassAShares}+{NewShares})*{VotesPerClassA}+{ClassBShares}*{VotesPerClassB})` },
    ],
  };
}

/**
 * The dilution model computed by src/core (deal.ts) from the sheet's inputs:
 * primaryIssue for the issue, votingStake with Class B votes expressed per Class A
 * vote (votes B / votes A), discountToMarket, and primaryIssue again per grid cell.
 * @param input reads Investment, PricePerShare, MarketPrice, ClassAShares,
 *        ClassBShares, InvestorSharesBefore, VotesPerClassA, VotesPerClassB, PriceStep, InvestmentStep
 * @returns every named value, numbers (the grid row-major: price rows, investment columns); checks 0
 */
export function dilutionReference(input: InputReader): ReferenceValues {
  const d = (k: string): Dec => new D(num(input, k));
  const a = d("ClassAShares");
  const b = d("ClassBShares");
  const held = d("InvestorSharesBefore");
  const outstanding = a.plus(b);
  const issue = primaryIssue({ investment: d("Investment"), price: d("PricePerShare"), outstanding, heldBefore: held });
  const bPerA = d("VotesPerClassB").div(d("VotesPerClassA"));
  const after = held.plus(issue.newShares);
  const grid: number[] = [];
  for (const ps of GRID_STEPS) {
    for (const is of GRID_STEPS) {
      const price = d("PricePerShare").plus(d("PriceStep").times(ps));
      const investment = d("Investment").plus(d("InvestmentStep").times(is));
      grid.push(primaryIssue({ investment, price, outstanding, heldBefore: held }).stakeAfter.toNumber());
    }
  }
  return {
    Investment: d("Investment").toNumber(),
    PricePerShare: d("PricePerShare").toNumber(),
    MarketPrice: d("MarketPrice").toNumber(),
    ClassAShares: a.toNumber(),
    ClassBShares: b.toNumber(),
    InvestorSharesBefore: held.toNumber(),
    VotesPerClassA: d("VotesPerClassA").toNumber(),
    VotesPerClassB: d("VotesPerClassB").toNumber(),
    SharesOutstanding: outstanding.toNumber(),
    NewShares: issue.newShares.toNumber(),
    PostShares: issue.postShares.toNumber(),
    InvestorSharesAfter: after.toNumber(),
    InvestorStakeBefore: issue.stakeBefore.toNumber(),
    InvestorStakeAfter: issue.stakeAfter.toNumber(),
    Dilution: issue.dilution.toNumber(),
    PostMoneyValue: issue.postMoney.toNumber(),
    DiscountToMarket: discountToMarket(d("PricePerShare"), d("MarketPrice")).toNumber(),
    VotingStakeBefore: votingStake(held, a, b, bPerA).toNumber(),
    VotingStakeAfter: votingStake(after, a.plus(issue.newShares), b, bPerA).toNumber(),
    StakeSensitivity: grid,
    CapSharesCheck: 0,
    CapStakeCheck: 0,
    CapVotesCheck: 0,
    InvestorStakeCheck: 0,
    SensitivityCheck: 0,
    MasterCheck: 0,
  };
}
