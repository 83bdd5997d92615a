/**
 * Benchmark section "valuationFunctions": WACC, TERMINAL_VALUE, DCF,
 * DILUTED_SHARES and VALUE_PER_SHARE through their Excel adapters (broadcasting,
 * validation, exact fast paths for typed decimals with decimal.js behind them,
 * error values), against plain-`number` code
 * of the same formula (no validation, no exactness). DCF: 10 flows over a 5 x 5
 * grid of rates (a column) x terminal growths (a row); the others over a
 * 10,000-cell column. Inputs come from a fixed-seed generator, typed-looking
 * (shares whole, prices in cents, rates in basis points), with CoreWeave's
 * dilutive securities (docs/sources.md §Shares and dilutive securities).
 * Figures: best of several timed repetitions after a warm-up, results (cells) per second.
 */
import type { dcf } from "../../src/functions/dcf";
import type { dilutedShares } from "../../src/functions/dilutedShares";
import type { terminalValue } from "../../src/functions/terminalValue";
import type { valuePerShare } from "../../src/functions/valuePerShare";
import type { wacc } from "../../src/functions/wacc";
import { bundledAdapters } from "./support/bundledAdapters";
import { markdownTable } from "./support/markdownTable";
import { fmt, MIN_MS, REPS, throughput } from "./support/throughput";
import { typedColumns } from "./support/typedColumns";

interface Adapters {
  wacc: typeof wacc;
  terminalValue: typeof terminalValue;
  dcf: typeof dcf;
  dilutedShares: typeof dilutedShares;
  valuePerShare: typeof valuePerShare;
}
const NAMES = ["wacc", "terminalValue", "dcf", "dilutedShares", "valuePerShare"] as const;

const CELLS = 10_000;
const column = typedColumns(20260127, CELLS);

/** Plain-number value per share: the four regimes, first self-consistent one. */
function plainValuePerShare(e: number, s: number, o: number, k: number, l: number, c: number): number {
  for (const opt of [0, 1]) {
    for (const conv of [0, 1]) {
      const p = (e + opt * o * k + conv * l) / (s + opt * o + (conv * l) / c);
      if (p > k === (opt === 1) && p > c === (conv === 1)) return p;
    }
  }
  return NaN;
}

export async function run(): Promise<void> {
  const f = await bundledAdapters<Adapters>(NAMES, "valuation");
  const [BASIC, O, K, RSU, L, C] = [500_000_000, 45_478_000, 1.74, 23_197_000, 2_587_500_000, 107.8];
  const sink: unknown[] = [];
  const rows: [string, number, number][] = [];
  const bench = (name: string, results: number, adapter: () => unknown, plain: () => unknown) => {
    rows.push([name, throughput(adapter, results), throughput(plain, results)]);
  };

  const equity = column(1e9, 100e9, 0), debt = column(0, 30e9, 0), ke = column(0.06, 0.2, 4), kd = column(0.04, 0.14, 4);
  bench(
    "WACC",
    CELLS,
    () => sink.push(f.wacc(equity, debt, ke, kd, [[0.21]])),
    () => sink.push(equity.map((r, i) => [(r[0]! * ke[i]![0]! + debt[i]![0]! * kd[i]![0]! * (1 - 0.21)) / (r[0]! + debt[i]![0]!)])),
  );
  const lastFlow = column(-1e9, 5e9, 0), rate = column(0.06, 0.14, 4);
  bench(
    "TERMINAL_VALUE",
    CELLS,
    () => sink.push(f.terminalValue(lastFlow, rate, [[0.025]])),
    () => sink.push(lastFlow.map((r, i) => [(r[0]! * 1.025) / (rate[i]![0]! - 0.025)])),
  );

  const flows = [column(-2e9, 8e9, 0, 10).map((r) => r[0]!)];
  const rates = [[0.08], [0.09], [0.1], [0.11], [0.12]], growths = [[0.01, 0.015, 0.02, 0.025, 0.03]];
  bench(
    "DCF (10 flows, 5 x 5 grid of rate x growth, mid-year)",
    25,
    () => sink.push(f.dcf(flows, rates, growths, [[true]])),
    () => {
      const cf = flows[0]!;
      sink.push(rates.map(([r]) => growths[0]!.map((g) => {
        let pv = 0;
        for (let t = 0; t < cf.length; t++) pv += cf[t]! / Math.pow(1 + r!, t + 0.5);
        return pv + ((cf[cf.length - 1]! * (1 + g)) / (r! - g)) / Math.pow(1 + r!, cf.length - 0.5);
      })));
    },
  );

  const prices = column(1, 250, 2);
  bench(
    "DILUTED_SHARES (CoreWeave securities, 10,000 prices)",
    CELLS,
    () => sink.push(f.dilutedShares([[BASIC]], prices, [[O]], [[K]], [[RSU]], [[L]], [[C]])),
    () => sink.push(prices.map(([p]) => [BASIC + RSU + (p! > K ? O * (1 - K / p!) : 0) + (p! > C ? L / C : 0)])),
  );
  const equityValues = column(1e9, 150e9, 0);
  bench(
    "VALUE_PER_SHARE (CoreWeave securities, 10,000 equity values)",
    CELLS,
    () => sink.push(f.valuePerShare(equityValues, [[BASIC]], [[O]], [[K]], [[RSU]], [[L]], [[C]])),
    () => sink.push(equityValues.map(([e]) => [plainValuePerShare(e!, BASIC + RSU, O, K, L, C)])),
  );
  sink.length = 0;

  console.log(`best of ${REPS} x ${MIN_MS} ms; results (cells) per second; adapter = src/functions bundled by esbuild as shipped`);
  console.log("");
  console.log(markdownTable(["function", "adapter", "plain number", "plain/adapter"], rows.map(([name, a, p]) => [name, fmt(a), fmt(p), `${(p / a).toFixed(1)}x`])));
}
