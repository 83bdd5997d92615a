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
import { minus, plus, quotient, scaled, type Scaled } from "./scaledDecimal";
import { decimalScale } from "./scaledInteger";
import { flag, optional, rate } from "./valuationArgs";

const ONE: Scaled = { m: 1n, s: 0 };

/** Longest list of flows the double fast path takes: its error bound grows with N (see dcfFast). */
const FAST_MAX_FLOWS = 1000;

/** How a cash flow cell is read (any finite number; blank is 0). */
const FLOW = num("cash_flows", "any");

/** Argument domains of the broadcast arguments of DCF, in Excel's order (r <= g is #NUM!, from core). */
const DCF_ARGS = [rate("discount_rate", "aboveMinusOne"), optional(rate("terminal_growth", "aboveMinusOne")), flag("mid_year", false)] as const;

/**
 * The cash flows as one list, or the error that stops every cell: a bad cell
 * (its own error, e.g. text) or a block of more than one row and column.
 */
function readFlows(cash_flows: unknown): number[] | CellError {
  // broadcast of the one argument: its cells read and checked, errors in place, ragged rows #N/A
  const cells = broadcast([[cash_flows, FLOW]], (v) => v[0]);
  const rows = cells.length, cols = cells[0]!.length;
  if (rows > 1 && cols > 1) {
    return makeError("#VALUE!", `cash_flows must be one row or one column, not a block of ${rows} x ${cols} cells`);
  }
  const flows: number[] = [];
  for (const row of cells) {
    for (const cell of row) {
      if (isError(cell)) return cell;
      flows.push(cell);
    }
  }
  return flows;
}

/**
 * Fast DCF in doubles for typed rates and flows, within the contract's 1e-12 of
 * the sum of |PV|. v = 1 / (1 + r) and (1 + g) / (r - g) are computed from the
 * exact decimals and rounded once (./scaledDecimal.ts), so r close to g loses
 * nothing; each factor v^(t - m) is built by t multiplications (relative error
 * at most (t + 2) u, u = 2^-53), each term and the recursive sum add at most N u
 * of the sum of |PV|: in all about (2N + 10) u <= 2.3e-13 for N <= 1000. Every
 * intermediate stays normal (last factor within 1e+-250, typed flows below 1e15,
 * above 1e-22, (1 + g) / (r - g) at least 1e-30), else NaN: use decimal.js.
 * @param flows typed flows (every one with a decimalScale), at most FAST_MAX_FLOWS
 */
function dcfFast(flows: readonly number[], r: number, g: number | undefined, mid: boolean): number {
  const R = scaled(r);
  if (!R) return NaN;
  let growth = 0; // (1 + g) / (r - g)
  if (g !== undefined) {
    const G = scaled(g);
    if (!G || !(r > g)) return NaN; // core reports r <= g
    growth = quotient(plus(ONE, G), minus(R, G));
  }
  const v = quotient(ONE, plus(ONE, R));
  // growth >= 1e-30 keeps the terminal term normal too (typed flows are at least 1e-22)
  if (v !== v || growth !== growth || (g !== undefined && !(growth >= 1e-30))) return NaN;
  let factor = mid ? Math.sqrt(v) : v;
  let ev = 0;
  for (let i = 0; i < flows.length; i++) {
    if (i > 0) factor *= v;
    ev += flows[i]! * factor;
  }
  // the last factor is the extreme one (v^t is monotone in t)
  if (!(factor >= 1e-250 && factor <= 1e250)) return NaN;
  if (g !== undefined) ev += flows[flows.length - 1]! * growth * factor;
  return Number.isFinite(ev) ? ev : NaN;
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
  const typed = flows.length <= FAST_MAX_FLOWS && flows.every((x) => decimalScale(x) >= 0);
  let decimals: Dec[] | undefined; // read once, on the first cell that needs decimal.js
  const [s0, s1, s2] = DCF_ARGS;
  return broadcast([[discount_rate, s0], [terminal_growth, s1], [mid_year, s2]], (v) => {
    const [r, g, m] = v;
    if (typed) {
      const fast = dcfFast(flows, r, g, m);
      if (fast === fast) return fast; // not NaN
    }
    decimals ??= flows.map(dec);
    return coreDcf(decimals, dec(r), g === undefined ? undefined : new D(g), m).toNumber();
  });
}
