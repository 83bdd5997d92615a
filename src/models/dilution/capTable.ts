/**
 * The cap table by holder, one unit per table: shares, votes, then stakes (%).
 * The three holder rows are the investor (Class A), the other Class A holders
 * (Class A less the investor: negative when the investor input exceeds Class A,
 * which the checks count) and the Class B holders. The investor buys every new
 * share; the others' holdings do not change.
 */
import { PERCENT2, SHARES, VOTES } from "../formats";
import type { TableItem, TableRow } from "../../plan/template";

/** Holder rows: key suffix, label, and the votes-per-share input of the class. */
const HOLDERS = [
  { key: "Investor", label: "Investor (Class A)", votes: "VotesPerClassA" },
  { key: "OtherA", label: "Other Class A holders", votes: "VotesPerClassA" },
  { key: "ClassB", label: "Class B holders (founders)", votes: "VotesPerClassB" },
] as const;

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

/** Shares by holder, before and after the issue. */
export const capShares: TableItem = {
  type: "table",
  key: "CapShares",
  label: "Shares by holder",
  columns: [
    { key: "Before", header: "Before", format: SHARES },
    { key: "After", header: "After", format: SHARES },
  ],
  rows: [
    ...HOLDERS.map((h) => ({
      key: `Cap${h.key}`,
      label: h.label,
      unit: SHARES.unit,
      cells: [{ formula: SHARES_BEFORE[h.key] }, { formula: h.key === "Investor" ? "{CapInvestor.Before}+{NewShares}" : `{Cap${h.key}.Before}` }],
    })),
    { ...totalRow("Cap", ["Before", "After"]), unit: SHARES.unit },
  ],
};

/** Votes by holder: shares x the class's votes per share. */
export const capVotes: TableItem = {
  type: "table",
  key: "CapVotes",
  label: "Votes by holder",
  columns: [
    { key: "Before", header: "Before", format: VOTES },
    { key: "After", header: "After", format: VOTES },
  ],
  rows: [
    ...HOLDERS.map((h) => ({
      key: `Votes${h.key}`,
      label: h.label,
      unit: VOTES.unit,
      cells: ["Before", "After"].map((c) => ({ formula: `{Cap${h.key}.${c}}*{${h.votes}}` })),
    })),
    { ...totalRow("Votes", ["Before", "After"]), unit: VOTES.unit },
  ],
};

const STAKE_COLUMNS = ["EconBefore", "EconAfter", "VotingBefore", "VotingAfter"] as const;

/** Economic and voting stakes by holder: holdings over the outputs' totals. */
export const capStakes: TableItem = {
  type: "table",
  key: "CapStake",
  label: "Stake by holder",
  columns: [
    { key: "EconBefore", header: "Economic before", format: PERCENT2 },
    { key: "EconAfter", header: "Economic after", format: PERCENT2 },
    { key: "VotingBefore", header: "Voting before", format: PERCENT2 },
    { key: "VotingAfter", header: "Voting after", format: PERCENT2 },
  ],
  rows: [
    ...HOLDERS.map((h) => ({
      key: `Stake${h.key}`,
      label: h.label,
      unit: PERCENT2.unit,
      cells: [
        { formula: `{Cap${h.key}.Before}/{SharesOutstanding}` },
        { formula: `{Cap${h.key}.After}/{PostShares}` },
        { formula: `{Votes${h.key}.Before}/{TotalVotesBefore}` },
        { formula: `{Votes${h.key}.After}/{TotalVotesAfter}` },
      ],
    })),
    { ...totalRow("Stake", STAKE_COLUMNS), unit: PERCENT2.unit },
  ],
};
