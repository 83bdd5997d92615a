/**
 * The cap table by holder, one unit per table: shares, votes, then stakes (%).
 * The three holder rows are the investor (Class A), the other Class A holders
 * (Class A less the investor: negative when the investor input exceeds Class A,
 * which the checks count) and the Class B holders. The investor buys every new
 * share; the others' holdings do not change.
 */
import { PERCENT2, SHARES, VOTES } from "../formats";
import type { Format, TableCell, TableItem, TableRow } from "../../plan/template";

/** Holder rows: key suffix, label, and the votes-per-share input of the class. */
const HOLDERS = [
  { key: "Investor", label: "Investor (Class A)", votes: "VotesPerClassA" },
  { key: "OtherA", label: "Other Class A holders", votes: "VotesPerClassA" },
  { key: "ClassB", label: "Class B holders (founders)", votes: "VotesPerClassB" },
] as const;
type Holder = (typeof HOLDERS)[number];

/** A total row summing the holder rows of `prefix` in each column. */
function totalRow(prefix: string, columns: readonly string[]): TableRow {
  return {
    key: `${prefix}Total`,
    label: "Total",
    cells: columns.map((c) => ({ formula: HOLDERS.map((h) => `{${prefix}${h.key}.${c}}`).join("+") })),
  };
}

const SHARES_BEFORE: Record<(typeof HOLDERS)[number]["key"], string> = {
  Investor: "{InvestorSharesBefore}",
  OtherA: "{ClassAShares}-{InvestorSharesBefore}",
  ClassB: "{ClassBShares}",
};

/** Columns of the shares and votes tables. */
const BEFORE_AFTER = [
  { key: "Before", header: "Before" },
  { key: "After", header: "After" },
];

/**
 * A table of the holders: one row per holder, keyed `${prefix}${holder}`, then a
 * Total row summing them column by column; every column in `format`.
 * @param columns the columns' keys and headers, in order
 * @param cells a holder's cells, one per column, in the same order
 */
function holderTable(key: string, label: string, prefix: string, columns: { key: string; header: string }[], format: Format, cells: (h: Holder) => TableCell[]): TableItem {
  return {
    type: "table",
    key,
    label,
    columns: columns.map((c) => ({ ...c, format })),
    rows: [
      ...HOLDERS.map((h) => ({ key: `${prefix}${h.key}`, label: h.label, unit: format.unit, cells: cells(h) })),
      { ...totalRow(prefix, columns.map((c) => c.key)), unit: format.unit },
    ],
  };
}

/** Shares by holder, before and after the issue. */
export const capShares = holderTable("CapShares", "Shares by holder", "Cap", BEFORE_AFTER, SHARES, (h) => [
  { formula: SHARES_BEFORE[h.key] },
  { formula: h.key === "Investor" ? "{CapInvestor.Before}+{NewShares}" : `{Cap${h.key}.Before}` },
]);

/** Votes by holder: shares x the class's votes per share. */
export const capVotes = holderTable("CapVotes", "Votes by holder", "Votes", BEFORE_AFTER, VOTES, (h) =>
  BEFORE_AFTER.map((c) => ({ formula: `{Cap${h.key}.${c.key}}*{${h.votes}}` })),
);

/** Economic and voting stakes by holder: holdings over the outputs' totals. */
export const capStakes = holderTable(
  "CapStake",
  "Stake by holder",
  "Stake",
  [
    { key: "EconBefore", header: "Economic before" },
    { key: "EconAfter", header: "Economic after" },
    { key: "VotingBefore", header: "Voting before" },
    { key: "VotingAfter", header: "Voting after" },
  ],
  PERCENT2,
  (h) => [
    { formula: `{Cap${h.key}.Before}/{SharesOutstanding}` },
    { formula: `{Cap${h.key}.After}/{PostShares}` },
    { formula: `{Votes${h.key}.Before}/{TotalVotesBefore}` },
    { formula: `{Votes${h.key}.After}/{TotalVotesAfter}` },
  ],
);
