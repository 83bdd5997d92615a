/**
 * DCF: the present value of a row or column of yearly cash flows plus an
 * optional Gordon terminal value (src/core/dcf.ts). The flows are one list, not
 * broadcast; the discount rate, terminal growth and mid-year switch broadcast, so
 * a column of rates against a row of growths spills a whole sensitivity grid in
 * one formula (Excel's data tables cannot call custom functions).
 */
import { D, dcf as coreDcf, type Dec } from "../core";
import { dec, num } from "./args";
import { broadcast, isError } from "./broadcast";
import { makeError, type CellError } from "./cellError";
import { flag, optional, rate } from "./valuationArgs";

/** How a cash flow cell is read (any finite number; blank is 0). */
const FLOW = num("cash_flows", "any");

/** Argument domains of the broadcast arguments of DCF, in Excel's order (r <= g is #NUM!, from core). */
const DCF_ARGS = [rate("discount_rate", "aboveMinusOne"), optional(rate("terminal_growth", "aboveMinusOne")), flag("mid_year", false)] as const;

/**
 * The cash flows as one list of decimals, or the error that stops every cell:
 * a bad cell (its own error, e.g. text) or a block of more than one row and column.
 */
function readFlows(cash_flows: unknown): Dec[] | CellError {
  // broadcast of the one argument: its cells read and checked, errors in place, ragged rows #N/A
  const cells = broadcast([[cash_flows, FLOW]], (v) => v[0]);
  const rows = cells.length, cols = cells[0]!.length;
  if (rows > 1 && cols > 1) {
    return makeError("#VALUE!", `cash_flows must be one row or one column, not a block of ${rows} x ${cols} cells`);
  }
  const flows: Dec[] = [];
  for (const row of cells) {
    for (const cell of row) {
      if (isError(cell)) return cell;
      flows.push(dec(cell));
    }
  }
  return flows;
}

/**
 * Discounted cash flow value (enterprise value for unlevered free cash flows), at the start of year 1:
 * EV = sum CF_t (1 + r)^-(t - m) + TV (1 + r)^-(N - m), flows at the end of years t = 1..N
 * (m = 0.5 with mid_year: at t - 0.5), TV = CF_N (1 + g) / (r - g) only when terminal_growth is given.
 * Within 1e-12 of the exact value, relative to the sum of the absolute present values.
 * Example: =AIF.DCF({100,110,121}, 0.1) = 272.7272727 (three flows at 10 %); one flow of 100 with 2 % terminal growth:
 * =AIF.DCF(100, 0.1, 0.02) = 100 / 1.1 + 1,275 / 1.1 = 1,250. Sensitivity grid: =AIF.DCF(B2:K2, A5:A9, B4:F4) spills 5 x 5.
 * @customfunction DCF
 * @helpurl https://localhost:3000/help/functions.html#dcf
 * @param cash_flows Yearly cash flows CF_1..CF_N, currency units, any sign: ONE row or ONE column (a block is #VALUE!); blank cells are 0. A cell or a range.
 * @param discount_rate Discount rate r per year as a fraction (0.1 = 10 %), > -1; a column of rates spills one result row per rate. A cell or a range.
 * @param [terminal_growth] Perpetual growth g after year N as a fraction, > -1 and < discount_rate (else #NUM!). Default: none, no terminal value. A cell or a range.
 * @param [mid_year] TRUE to discount each flow from the middle of its year (t - 0.5). Default FALSE (end of year). A cell or a range.
 * @returns The present value for each cell of the broadcast of discount_rate, terminal_growth and mid_year; #NUM! where r <= g.
 */
export function dcf(cash_flows: unknown[][], discount_rate: unknown[][], terminal_growth?: unknown[][], mid_year?: unknown[][]): unknown[][] {
  const flows = readFlows(cash_flows);
  if (isError(flows)) return [[flows]];
  const [s0, s1, s2] = DCF_ARGS;
  return broadcast([[discount_rate, s0], [terminal_growth, s1], [mid_year, s2]], (v) => {
    const [r, g, m] = v;
    return coreDcf(flows, dec(r), g === undefined ? undefined : new D(g), m).toNumber();
  });
}
