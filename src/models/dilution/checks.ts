/**
 * Checks that can fail (docs/models.md §Checks that can fail). Each block check
 * recomputes what the sheet shows by another path (from the input classes, from the
 * deal, or from the cap table), so a calculated cell overwritten with a number moves
 * it; each domain check counts the inputs that break a rule, so a bad input moves it;
 * the error check counts formula cells that are not numbers. Block checks are in
 * shares, votes or $/share (never in $ billions, whose rounding noise would exceed
 * `CheckDecimals`). No constants in formulas: `x<-x` is "x < 0", `x<=-x` is "x <= 0".
 */
import { countBelow0, sumAbs } from "../checkFormulas";
import { checkScalar } from "../checkItems";
import type { ScalarItem, TemplateSection } from "../../plan/template";
import { OUTPUT_ITEMS } from "./outputs";
import { GRID_COLS, GRID_ROWS } from "./sensitivity";

const rounded = (...terms: string[]): string => `ROUND(${sumAbs(...terms)},{CheckDecimals})`;
const negative = (k: string): string => `({${k}}<-{${k}})`;
const notPositive = (k: string): string => `({${k}}<=-{${k}})`;

/** Inputs that must be >= 0. */
export const NON_NEGATIVE = [
  "Investment", "ClassAShares", "ClassBShares", "InvestorSharesBefore", "VotesPerClassA", "VotesPerClassB",
  "Options", "OptionStrike", "Rsus", "ConvertPrincipal", "PriceStep", "InvestmentStep", "CheckDecimals",
] as const;
/** Prices, and the totals a ratio divides by, that must be > 0. */
export const POSITIVE = ["PricePerShare", "MarketPrice", "ConversionPrice", "SharesOutstanding", "TotalVotesBefore"] as const;

/** Table columns and rows the error count covers (`@all` ranges). */
const TABLE_COLUMNS = ["CapShares.Before", "CapShares.After", "CapVotes.Before", "CapVotes.After", "CapStake.EconBefore", "CapStake.EconAfter", "CapStake.VotingBefore", "CapStake.VotingAfter"];
const TABLE_ROWS = ["SensPrice", "SensInvestment", ...GRID_ROWS];

/** Uniform axis steps: each axis cell minus its left neighbour equals the step. */
const axisSteps = (row: string, step: string): string[] => GRID_COLS.slice(1).map((c, j) => `{${row}.${c}}-{${row}.${GRID_COLS[j]}}-{${step}}`);

/** The checks, the master check last (the layout links it at the top). */
export const CHECK_ITEMS: ScalarItem[] = [
  checkScalar("CapTableCheck", "Cap table: before + new (investment / price) = after", rounded(
    "{ClassAShares}+{ClassBShares}-{CapTotal.Before}",
    "{CapTotal.Before}+{Investment}/{PricePerShare}-{CapTotal.After}",
    "{CapInvestor.Before}+{Investment}/{PricePerShare}-{InvestorSharesAfter}",
    "{CapTotal.Before}-{SharesOutstanding}",
    "{CapTotal.After}-{PostShares}",
  )),
  checkScalar("VotesCheck", "Votes: before + new shares x votes per A = after", rounded(
    "{VotesTotal.Before}-{TotalVotesBefore}",
    "{VotesTotal.Before}+{Investment}/{PricePerShare}*{VotesPerClassA}-{VotesTotal.After}",
    "{VotesTotal.After}-{TotalVotesAfter}",
  )),
  checkScalar("StakeCheck", "Stakes x totals = holdings (shares and votes)", rounded(
    "{InvestorStakeBefore}*{CapTotal.Before}-{CapInvestor.Before}",
    "{InvestorStakeAfter}*{CapTotal.After}-{CapInvestor.After}",
    "{Dilution}*{CapTotal.After}-({CapTotal.After}-{CapTotal.Before})",
    "{VotingStakeBefore}*{VotesTotal.Before}-{VotesInvestor.Before}",
    "{VotingStakeAfter}*{VotesTotal.After}-{VotesInvestor.After}",
    "{StakeTotal.EconBefore}*{SharesOutstanding}-{CapTotal.Before}",
    "{StakeTotal.EconAfter}*{PostShares}-{CapTotal.After}",
    "{StakeTotal.VotingBefore}*{TotalVotesBefore}-{VotesTotal.Before}",
    "{StakeTotal.VotingAfter}*{TotalVotesAfter}-{VotesTotal.After}",
  )),
  checkScalar("DilutedCheck", "Fully diluted, option and convert shares recomputed", rounded(
    "{DilutedSharesAfter}-{DilutedSharesBefore}-{NewShares}",
    // TSM: option shares + shares bought back with the proceeds = options
    "{OptionShares}+{Options}*MIN({MarketPrice},{OptionStrike})/{MarketPrice}-{Options}",
    "{ConvertShares}-({MarketPrice}>{ConversionPrice})*{ConvertPrincipal}/{ConversionPrice}",
    "{InvestorStakeAfterDiluted}*{DilutedSharesAfter}-{InvestorSharesAfter}",
  )),
  checkScalar("ValueCheck", "Post-money, discount and value transfer recomputed", rounded(
    "{PostMoneyValue}/{PricePerShare}-{CapTotal.After}",
    "{DiscountToMarket}*{MarketPrice}+{PricePerShare}-{MarketPrice}",
    "{ValueTransfer}/{MarketPrice}+{Investment}/{MarketPrice}-{Investment}/{PricePerShare}",
  )),
  checkScalar("SensitivityCheck", "Sensitivity: even steps; deal cell = stake after", rounded(
    "({SensPriceC0.C0}-{InvestorStakeAfter})*{PostShares}",
    ...axisSteps("SensPrice", "PriceStep"),
    ...axisSteps("SensInvestment", "InvestmentStep"),
  )),
  checkScalar("NonNegativeCheck", "Amounts, shares, strike, votes, steps below 0 (count)", NON_NEGATIVE.map(negative).join("+")),
  checkScalar("PositiveCheck", "Prices, shares or votes outstanding <= 0 (count)", POSITIVE.map(notPositive).join("+")),
  checkScalar("InvestorSharesCheck", "Investor's shares above Class A (count)", "--({InvestorSharesBefore}>{ClassAShares})"),
  checkScalar("HoldersCheck", "Holders with fewer than 0 shares or votes (count)", countBelow0("CapShares.Before@all", "CapShares.After@all", "CapVotes.Before@all", "CapVotes.After@all")),
  checkScalar("SensitivityDomainCheck", "Grid prices <= 0 or investments < 0 (count)", `COUNTIF({SensPrice@all},"<=0")+COUNTIF({SensInvestment@all},"<0")`),
  checkScalar("ErrorCheck", "Formula cells in error, i.e. not numbers (count)", [
    ...OUTPUT_ITEMS.map((i) => `NOT(ISNUMBER({${i.key}}))`),
    ...TABLE_COLUMNS.map((c) => `ROWS({${c}@all})-COUNT({${c}@all})`),
    ...TABLE_ROWS.map((r) => `COLUMNS({${r}@all})-COUNT({${r}@all})`),
  ].join("+")),
];

/** Keys of every check but the master, in order. */
export const CHECK_KEYS = CHECK_ITEMS.map((c) => c.key);

/** The checks section: each check, then the master check (0 only when all are 0). */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (0 when consistent; counts are violations)",
  // error cells are counted, not propagated: the master check stays a number (the count) when a cell is in error
  items: [...CHECK_ITEMS, { ...checkScalar("MasterCheck", "Master check", `IF({ErrorCheck},{ErrorCheck},${CHECK_KEYS.map((k) => `ABS({${k}})`).join("+")})`), bold: true }],
};
