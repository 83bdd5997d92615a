/**
 * Number formats a banker accepts, each with the unit label the layout puts in
 * the unit column. Money is held in dollars and shown in millions with one
 * decimal (`#,##0.0,,`: each trailing comma divides the display by 1,000).
 */
import type { Format } from "../plan/template";

/** negatives in parentheses, as a banker reads a funding gap or a cash shortfall */
export const USD_M: Format = { code: "#,##0.0,,;(#,##0.0,,)", unit: "$ m" };
export const USD_PER_SHARE: Format = { code: "#,##0.00", unit: "$/share" };
export const USD: Format = { code: "#,##0", unit: "$" };
export const SHARES: Format = { code: "#,##0", unit: "shares" };
export const VOTES: Format = { code: "#,##0", unit: "votes" };
export const VOTES_PER_SHARE: Format = { code: "#,##0", unit: "votes/share" };
export const PERCENT: Format = { code: "0.0%", unit: "%" };
export const PERCENT2: Format = { code: "0.00%", unit: "%" };
export const MULTIPLE: Format = { code: '0.00"x"', unit: "x" };
export const YEAR: Format = { code: "0", unit: "year" };
export const YEARS: Format = { code: "0", unit: "years" };
export const COUNT: Format = { code: "#,##0", unit: "count" };
export const GPUS: Format = { code: "#,##0", unit: "GPUs" };
export const GW: Format = { code: "0.00", unit: "GW" };
export const WATTS: Format = { code: "#,##0.00", unit: "W" };
export const WATTS_PER_GW: Format = { code: "#,##0", unit: "W/GW" };
export const MW_PER_GW: Format = { code: "#,##0", unit: "MW/GW" };
export const USD_PER_MW: Format = { code: "#,##0.0,,;(#,##0.0,,)", unit: "$ m/MW" };
export const USD_PER_GPU: Format = { code: "#,##0", unit: "$/GPU" };
export const HOURS: Format = { code: "#,##0", unit: "hours/year" };
export const RATIO: Format = { code: "0.00", unit: "ratio" };
export const DIGITS: Format = { code: "0", unit: "decimals" };
export const TEXT: Format = { code: "General", unit: "text" };
/** Covenant and breach flags: centred in their cells (a banker reads a column of flags down the middle). */
export const FLAG: Format = { code: "General", unit: "flag", align: "Center" };
export const CHECK: Format = { code: "0.00", unit: "check" };
