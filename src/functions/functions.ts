/**
 * The AIF custom functions (docs/architecture.md, "Custom functions"). Each is a
 * thin adapter: Excel values in, argument domains as data (`*_ARGS` next to each
 * function), the math in src/core (decimal.js), Excel values or errors out.
 *
 * Speed without giving up exactness: most typed inputs are short decimals
 * (87.2, 2e9, 1.2). For those, `scaledInteger` computes the result as one
 * quotient of exact integers, so a single IEEE division is correctly rounded
 * (GPU counts: an exact floor). When any input is outside that case the cell
 * falls back to decimal.js through src/core, which also produces every error
 * message, so both paths say the same thing.
 *
 * CustomFunctionsMetadataPlugin reads the JSDoc below into functions.json and
 * generates the `CustomFunctions.associate` calls; this module has no side effects.
 * Every function here has an entry in ./registry.ts (prose, examples), from
 * which the help page, the pane's reference and the tests derive. A parameter
 * that takes a range says "A cell or a range." in its JSDoc (a test checks it
 * against the generated dimensionality).
 */
import {
  D,
  debtSchedule as coreDebtSchedule,
  debtServiceCoverage,
  findProfile,
  gigawattsToGpus,
  gpusToGigawatts,
  netLeverage as coreNetLeverage,
  parseAmortization,
  primaryIssue,
  UNKNOWN_GPU_MESSAGE,
  type PrimaryIssue,
} from "../core";
import { broadcast, finiteOrNum, isError, numberReader, readScalar, toCellError, type ArgSpec } from "./broadcast";
import { errorCodeOf, makeError, passThrough, type CellError } from "./cellError";
import { add, decimalScale, floorDiv, mul, POW10, shift } from "./scaledInteger";

/**
 * What every function returns: a matrix of numbers and error values (1x1 shows
 * as one value), `(number | CellError)[][]`. Declared `unknown[][]` in the
 * signatures because the metadata generator maps only plain `T[][]` types.
 */
export type Result = (number | CellError)[][];

/** Power per GPU as the exact fraction systemWatts / gpusPerSystem (gpusPerSystem = 1 for plain watts). */
interface GpuPower {
  readonly sys: number;
  readonly n: number;
}

/** Reads a gpu cell: a profile name (case-insensitive) or a positive number of watts. */
function readGpu(cell: unknown, name: string): GpuPower | CellError {
  if (typeof cell === "string") {
    const p = findProfile(cell);
    return p ? { sys: p.systemWatts, n: p.gpusPerSystem } : makeError("#VALUE!", UNKNOWN_GPU_MESSAGE);
  }
  const w = numberReader("positive")(cell, name);
  return typeof w === "number" ? { sys: w, n: 1 } : w;
}

function num(name: string, rule: "any" | "positive" | "nonNegative", omitted?: number): ArgSpec<number> {
  const spec = { name, read: numberReader(rule) };
  return omitted === undefined ? spec : { ...spec, omitted };
}

/** Scaled-integer mantissa m of x with scale k (x reads as m / 10^k). */
function mant(x: number, k: number): number {
  return Math.round(x * POW10[k]!);
}

const dec = (x: number) => new D(x);

// ---------------------------------------------------------------- DEAL_STAKE

/** The measures DEAL_STAKE returns, with their exact (decimal) definitions. */
const DEAL_MEASURES: Readonly<Record<string, (r: PrimaryIssue) => InstanceType<typeof D>>> = {
  stake: (r) => r.stakeAfter,
  new_shares: (r) => r.newShares,
  post_shares: (r) => r.postShares,
  dilution: (r) => r.dilution,
  post_money: (r) => r.postMoney,
};
type DealMeasure = keyof typeof DEAL_MEASURES;

/** Argument domains of DEAL_STAKE, in Excel's order. */
const DEAL_STAKE_ARGS = [
  num("investment", "nonNegative"),
  num("price_per_share", "positive"),
  num("shares_outstanding", "positive"),
  num("shares_held_before", "nonNegative", 0),
] as const;

/**
 * Fast DEAL_STAKE for short decimals. With investment N/10^c, price P/10^b,
 * outstanding O/10^d, held H/10^a and S = max(a+b, d+b, c):
 * stake = (H·P·10^(S-a-b) + N·10^(S-c)) / (O·P·10^(S-d-b) + N·10^(S-c)), etc.
 * Each measure is one quotient of exact integers. NaN = use decimal.js.
 */
function dealFast(measure: DealMeasure, inv: number, price: number, out: number, held: number): number {
  if (held > out) return NaN; // core reports the error
  const a = decimalScale(held), b = decimalScale(price), c = decimalScale(inv), d = decimalScale(out);
  if ((a | b | c | d) < 0) return NaN;
  const H = mant(held, a), P = mant(price, b), N = mant(inv, c), O = mant(out, d);
  if (measure === "new_shares") return shift(N, b) / shift(P, c);
  if (measure === "post_shares") return add(shift(mul(O, P), c), shift(N, b + d)) / shift(P, c + d);
  const S = Math.max(a + b, d + b, c);
  const n = shift(N, S - c);
  const den = add(shift(mul(O, P), S - d - b), n);
  if (measure === "dilution") return n / den;
  if (measure === "post_money") return den / shift(1, S);
  return add(shift(mul(H, P), S - a - b), n) / den;
}

/**
 * Ownership after a primary share issue: new shares = investment / price,
 * post = shares_outstanding + new, stake = (shares_held_before + new) / post.
 * Example: Nvidia's $2,000,000,000 at $87.20 into CoreWeave (500,000,000 shares,
 * 24,280,000 held before): =AIF.DEAL_STAKE(2000000000, 87.2, 500000000, 24280000) = 0.0902898 (9.03 %).
 * @customfunction DEAL_STAKE
 * @helpurl https://localhost:3000/help/functions.html#deal_stake
 * @param investment Cash invested, currency units, >= 0. A cell or a range.
 * @param price_per_share Price paid per new share, same currency, > 0. A cell or a range.
 * @param shares_outstanding Shares outstanding before the issue, > 0. A cell or a range.
 * @param [shares_held_before] The investor's shares before the issue, 0 to shares_outstanding. Default 0. A cell or a range.
 * @param [measure] What to return: "stake" (default; fraction owned after), "new_shares", "post_shares", "dilution" (new / post) or "post_money" (post x price).
 * @returns The measure for each cell of the broadcast arguments.
 */
export function dealStake(
  investment: unknown[][],
  price_per_share: unknown[][],
  shares_outstanding: unknown[][],
  shares_held_before?: unknown[][],
  measure?: string,
): unknown[][] {
  const measureError = errorCodeOf(measure);
  if (measureError !== undefined) return [[passThrough(measureError, measure, "measure")]];
  const key = measure === undefined || measure === null || measure === "" ? "stake" : typeof measure === "string" ? measure.trim().toLowerCase() : undefined;
  if (key === undefined || !Object.prototype.hasOwnProperty.call(DEAL_MEASURES, key)) {
    return [[makeError("#VALUE!", 'measure must be one of "stake", "new_shares", "post_shares", "dilution", "post_money"')]];
  }
  const m = key as DealMeasure;
  const pick = DEAL_MEASURES[m]!;
  const [s0, s1, s2, s3] = DEAL_STAKE_ARGS;
  return broadcast(
    [[investment, s0], [price_per_share, s1], [shares_outstanding, s2], [shares_held_before, s3]],
    (v) => {
      const [inv, price, out, held] = v;
      const fast = dealFast(m, inv, price, out, held);
      if (fast === fast) return fast; // not NaN
      return pick(primaryIssue({ investment: dec(inv), price: dec(price), outstanding: dec(out), heldBefore: dec(held) })).toNumber();
    },
  );
}

// ---------------------------------------------------------------- DEBT_COVERAGE

/** Argument domains of DEBT_COVERAGE, in Excel's order. */
const DEBT_COVERAGE_ARGS = [
  num("cash_flow", "any"),
  num("interest", "nonNegative"),
  num("principal", "nonNegative", 0),
  num("capex", "nonNegative", 0),
] as const;

/** (CF·10^(S-a) - CX·10^(S-d)) / (I·10^(S-b) + PR·10^(S-c)) with S the largest scale; NaN = use decimal.js. */
function coverageFast(cf: number, interest: number, principal: number, capex: number): number {
  const a = decimalScale(cf), b = decimalScale(interest), c = decimalScale(principal), d = decimalScale(capex);
  if ((a | b | c | d) < 0) return NaN;
  const S = Math.max(a, b, c, d);
  const num_ = add(shift(mant(cf, a), S - a), -shift(mant(capex, d), S - d));
  const den = add(shift(mant(interest, b), S - b), shift(mant(principal, c), S - c));
  return den === 0 ? NaN : num_ / den;
}

/**
 * Debt coverage, times: (cash_flow - capex) / (interest + principal). With two
 * arguments it is interest coverage; with principal it is the DSCR.
 * Example: CoreWeave Q3 2025 adjusted EBITDA $838.1 M over net interest $310.6 M:
 * =AIF.DEBT_COVERAGE(838.1, 310.6) = 2.6983258; DSCR =AIF.DEBT_COVERAGE(1000, 100, 300, 200) = 2.
 * @customfunction DEBT_COVERAGE
 * @helpurl https://localhost:3000/help/functions.html#debt_coverage
 * @param cash_flow Cash flow or EBITDA for the period, currency units, any sign. A cell or a range.
 * @param interest Interest expense for the period, same units, >= 0. A cell or a range.
 * @param [principal] Scheduled principal repaid in the period, same units, >= 0. Default 0. A cell or a range.
 * @param [capex] Capital spending deducted from cash flow, same units, >= 0. Default 0. A cell or a range.
 * @returns Coverage in times for each cell; #DIV/0! when interest + principal is 0.
 */
export function debtCoverage(cash_flow: unknown[][], interest: unknown[][], principal?: unknown[][], capex?: unknown[][]): unknown[][] {
  const [s0, s1, s2, s3] = DEBT_COVERAGE_ARGS;
  return broadcast([[cash_flow, s0], [interest, s1], [principal, s2], [capex, s3]], (v) => {
    const [cf, i, p, c] = v;
    const fast = coverageFast(cf, i, p, c);
    if (fast === fast) return fast;
    return debtServiceCoverage(dec(cf), dec(i), dec(p), dec(c)).toNumber();
  });
}

// ---------------------------------------------------------------- NET_LEVERAGE

/** Argument domains of NET_LEVERAGE, in Excel's order. */
const NET_LEVERAGE_ARGS = [num("debt", "nonNegative"), num("cash", "nonNegative"), num("ebitda", "any")] as const;

/** (D·10^(S-a) - C·10^(S-b)) / (E·10^(S-c)); NaN = use decimal.js (also for EBITDA <= 0, whose errors core reports). */
function leverageFast(debt: number, cash: number, ebitda: number): number {
  if (!(ebitda > 0)) return NaN;
  const a = decimalScale(debt), b = decimalScale(cash), c = decimalScale(ebitda);
  if ((a | b | c) < 0) return NaN;
  const S = Math.max(a, b, c);
  return add(shift(mant(debt, a), S - a), -shift(mant(cash, b), S - b)) / shift(mant(ebitda, c), S - c);
}

/**
 * Net leverage, times EBITDA: (debt - cash) / ebitda. Negative when cash exceeds
 * debt; #NUM! for negative EBITDA, where leverage means nothing; #DIV/0! for zero.
 * Example: CoreWeave-like $21.4 B debt, $1.4 B cash, $4 B EBITDA: =AIF.NET_LEVERAGE(21.4, 1.4, 4) = 5.
 * @customfunction NET_LEVERAGE
 * @helpurl https://localhost:3000/help/functions.html#net_leverage
 * @param debt Total debt, currency units, >= 0. A cell or a range.
 * @param cash Cash and equivalents, same currency, >= 0. A cell or a range.
 * @param ebitda EBITDA of the period (usually a year), same currency, > 0. A cell or a range.
 * @returns Net leverage in times for each cell.
 */
export function netLeverage(debt: unknown[][], cash: unknown[][], ebitda: unknown[][]): unknown[][] {
  const [s0, s1, s2] = NET_LEVERAGE_ARGS;
  return broadcast([[debt, s0], [cash, s1], [ebitda, s2]], (v) => {
    const [dt, c, e] = v;
    const fast = leverageFast(dt, c, e);
    if (fast === fast) return fast;
    return coreNetLeverage(dec(dt), dec(c), dec(e)).toNumber();
  });
}

// ---------------------------------------------------------------- GW_TO_GPUS / GPUS_TO_GW

/** The default profile and PUE (reference file: GB200 NVL72; liquid-cooled AI builds 1.05-1.25). */
const DEFAULT_GPU = "GB200";
const DEFAULT_PUE = 1.2;

const GPU_ARG: ArgSpec<GpuPower> = { name: "gpu", read: readGpu, omitted: DEFAULT_GPU };
const PUE_ARG = num("pue", "positive", DEFAULT_PUE);

/** Argument domains of GW_TO_GPUS and GPUS_TO_GW, in Excel's order. */
const GW_TO_GPUS_ARGS = [num("gigawatts", "nonNegative"), GPU_ARG, PUE_ARG] as const;
const GPUS_TO_GW_ARGS = [num("gpus", "nonNegative"), GPU_ARG, PUE_ARG] as const;

/** Counts above 2^53 cannot all be held exactly in a double, so none is returned. */
const MAX_EXACT_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * floor(G·n·10^(9+b+c-a) / (W·U)) for gw = G/10^a, watts = W/10^b per n GPUs,
 * pue = U/10^c (a negative power of ten moves to the denominator). NaN = decimal.js.
 */
function gpusFast(gw: number, g: GpuPower, pue: number): number {
  const a = decimalScale(gw), b = decimalScale(g.sys), c = decimalScale(pue);
  if ((a | b | c) < 0) return NaN;
  const e = 9 + b + c - a;
  const A = e >= 0 ? shift(mul(mant(gw, a), g.n), e) : mul(mant(gw, a), g.n);
  const B = e >= 0 ? mul(mant(g.sys, b), mant(pue, c)) : shift(mul(mant(g.sys, b), mant(pue, c)), -e);
  return A === A && B === B ? floorDiv(A, B) : NaN;
}

/** Exact GPU count through decimal.js, or #NUM! above 2^53 - 1. */
function gpusExact(gw: number, g: GpuPower, pue: number): number | CellError {
  const count = gigawattsToGpus(dec(gw), { systemWatts: dec(g.sys), gpusPerSystem: dec(g.n) }, dec(pue));
  if (count.gt(MAX_EXACT_COUNT)) return makeError("#NUM!", "the number of GPUs is too large to return exactly");
  return count.toNumber();
}

/**
 * Whole GPUs that facility power supports: floor(gigawatts x 1e9 / (watts_per_gpu x pue)),
 * exact for the numbers as typed. Example: CoreWeave's 5 GW of AI factories filled
 * with GB200 NVL72 racks (120,000 W / 72 GPUs) at PUE 1.2: =AIF.GW_TO_GPUS(5) = 2,500,000.
 * @customfunction GW_TO_GPUS
 * @helpurl https://localhost:3000/help/functions.html#gw_to_gpus
 * @param gigawatts Facility power, GW, >= 0 (pass pue = 1 for IT power). A cell or a range.
 * @param [gpu] Profile name (H100, H200, B200, B300, GB200, GB300, VR200; case-insensitive) or all-in IT watts per GPU, > 0. Default "GB200". A cell or a range.
 * @param [pue] Power usage effectiveness, facility / IT power, > 0. Default 1.2. A cell or a range.
 * @returns Whole number of GPUs for each cell.
 */
export function gwToGpus(gigawatts: unknown[][], gpu?: unknown[][], pue?: unknown[][]): unknown[][] {
  const [s0, s1, s2] = GW_TO_GPUS_ARGS;
  return broadcast([[gigawatts, s0], [gpu, s1], [pue, s2]], (v) => {
    const [gw, g, p] = v;
    const fast = gpusFast(gw, g, p);
    return fast === fast ? fast : gpusExact(gw, g, p);
  });
}

/** Gp·W·U / (n·10^(a+b+c+9)) for gpus = Gp/10^a, watts W/10^b per n GPUs, pue U/10^c. NaN = decimal.js. */
function gigawattsFast(gpus: number, g: GpuPower, pue: number): number {
  const a = decimalScale(gpus), b = decimalScale(g.sys), c = decimalScale(pue);
  if ((a | b | c) < 0) return NaN;
  return mul(mul(mant(gpus, a), mant(g.sys, b)), mant(pue, c)) / shift(g.n, a + b + c + 9);
}

/**
 * Facility power that GPUs draw, GW: gpus x watts_per_gpu x pue / 1e9.
 * Example: 500,000 GB200 GPUs at PUE 1.2: =AIF.GPUS_TO_GW(500000) = 1.
 * @customfunction GPUS_TO_GW
 * @helpurl https://localhost:3000/help/functions.html#gpus_to_gw
 * @param gpus Number of GPUs, >= 0. A cell or a range.
 * @param [gpu] Profile name (H100, H200, B200, B300, GB200, GB300, VR200; case-insensitive) or all-in IT watts per GPU, > 0. Default "GB200". A cell or a range.
 * @param [pue] Power usage effectiveness, facility / IT power, > 0. Default 1.2. A cell or a range.
 * @returns Facility power in gigawatts for each cell.
 */
export function gpusToGw(gpus: unknown[][], gpu?: unknown[][], pue?: unknown[][]): unknown[][] {
  const [s0, s1, s2] = GPUS_TO_GW_ARGS;
  return broadcast([[gpus, s0], [gpu, s1], [pue, s2]], (v) => {
    const [n, g, p] = v;
    const fast = gigawattsFast(n, g, p);
    if (fast === fast) return fast;
    return gpusToGigawatts(dec(n), { systemWatts: dec(g.sys), gpusPerSystem: dec(g.n) }, dec(p)).toNumber();
  });
}

// ---------------------------------------------------------------- GPU_WATTS

/** The one argument of GPU_WATTS: required, no default profile. */
const GPU_WATTS_ARG: ArgSpec<GpuPower> = { name: "gpu", read: readGpu };

/**
 * All-in IT watts per GPU of a profile: system power / GPUs in it (CPUs, NICs,
 * switches and fans included). H100 and H200 10,200/8; B200 14,300/8; B300
 * 14,500/8; GB200 120,000/72; GB300 132,000/72; VR200 190,000/72 (an estimate
 * from press figures). Example: =AIF.GPU_WATTS("GB200") = 1666.67.
 * @customfunction GPU_WATTS
 * @helpurl https://localhost:3000/help/functions.html#gpu_watts
 * @param gpu Profile name (case-insensitive), or a number of watts, > 0, which is returned as is.
 * @returns Watts per GPU.
 */
export function gpuWatts(gpu: unknown): unknown[][] {
  const g = readScalar(gpu, GPU_WATTS_ARG);
  if (isError(g)) return [[g]];
  // One division of two exact integers (or of watts by 1): correctly rounded.
  return [[g.sys / g.n]];
}

// ---------------------------------------------------------------- DEBT_SCHEDULE

/** Argument domains of DEBT_SCHEDULE, in Excel's order (years and start_year are checked as whole numbers by core). */
const DEBT_SCHEDULE_ARGS = [
  num("principal", "nonNegative"),
  num("annual_rate", "nonNegative"),
  num("years", "any"),
  num("start_year", "any", 1),
] as const;

/**
 * A yearly debt schedule that spills one row per year: year, opening balance,
 * interest (opening x annual_rate), principal repaid, closing balance.
 * "bullet" repays everything in the last year; "straight" repays principal / years
 * each year; "annuity" pays a level principal x r / (1 - (1 + r)^-years).
 * Example: =AIF.DEBT_SCHEDULE(1000, 0.1, 3, "annuity", 2026) pays 402.11 a year;
 * its first row is 2026, 1000, 100, 302.11, 697.89 and the last closing is 0.
 * @customfunction DEBT_SCHEDULE
 * @helpurl https://localhost:3000/help/functions.html#debt_schedule
 * @param principal Amount borrowed at the start of the first year, currency units, >= 0.
 * @param annual_rate Interest rate per year as a fraction (0.09 = 9 %), >= 0.
 * @param years Term, a whole number of years from 1 to 100.
 * @param [amortization] "bullet" (default), "straight" or "annuity"; case-insensitive.
 * @param [start_year] Number of the first year, e.g. 2026; a whole number. Default 1.
 * @returns years rows of [year, opening, interest, principal_repaid, closing].
 */
export function debtSchedule(principal: number, annual_rate: number, years: number, amortization?: string, start_year?: number): unknown[][] {
  const [s0, s1, s2, s3] = DEBT_SCHEDULE_ARGS;
  const p = readScalar(principal, s0), r = readScalar(annual_rate, s1), n = readScalar(years, s2), y = readScalar(start_year, s3);
  // the leftmost bad argument decides, as in every function
  if (isError(p)) return [[p]];
  if (isError(r)) return [[r]];
  if (isError(n)) return [[n]];
  if (isError(y)) return [[y]];
  const amortizationError = errorCodeOf(amortization);
  if (amortizationError !== undefined) return [[passThrough(amortizationError, amortization, "amortization")]];
  try {
    const kind = amortization === undefined || amortization === null || amortization === "" ? "bullet" : parseAmortization(typeof amortization === "string" ? amortization : "");
    const rows = coreDebtSchedule(dec(p), dec(r), n, kind, y);
    return rows.map((row) => [
      row.year,
      ...[row.opening, row.interest, row.principalRepaid, row.closing].map((x) => finiteOrNum(x.toNumber())),
    ]);
  } catch (e) {
    return [[toCellError(e)]];
  }
}
