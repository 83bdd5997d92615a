/**
 * Benchmark section "functions": each AIF function through its Excel adapter
 * (broadcasting, validation, exact arithmetic, error values) over a 10,000-cell
 * range, against a plain-`number` implementation of the same formula (no
 * validation, no exactness), plus naive decimal.js (a new Decimal per input per
 * cell) for DEAL_STAKE and GW_TO_GPUS. Inputs are typed-looking numbers
 * (whole shares, prices in cents, power to 0.01 GW) from a fixed-seed generator.
 * Each figure is the best of several timed repetitions after a warm-up; ratios
 * within one run are the comparable figures (other processes share the 2 cores).
 */
import { D } from "../../src/core";
import type { dealStake } from "../../src/functions/dealStake";
import type { debtCoverage } from "../../src/functions/debtCoverage";
import type { debtSchedule } from "../../src/functions/debtSchedule";
import type { gpusToGw } from "../../src/functions/gpusToGw";
import type { gpuWatts } from "../../src/functions/gpuWatts";
import type { gwToGpus } from "../../src/functions/gwToGpus";
import type { netLeverage } from "../../src/functions/netLeverage";
import { FUNCTIONS } from "../../src/functions/registry";
import { bundledAdapters } from "./support/bundledAdapters";
import { markdownTable } from "./support/markdownTable";
import { fmt, MIN_MS, REPS, throughput } from "./support/throughput";
import { typedColumns } from "./support/typedColumns";

/** The adapters this benchmark times. */
interface Functions {
  dealStake: typeof dealStake;
  debtCoverage: typeof debtCoverage;
  debtSchedule: typeof debtSchedule;
  gpusToGw: typeof gpusToGw;
  gpuWatts: typeof gpuWatts;
  gwToGpus: typeof gwToGpus;
  netLeverage: typeof netLeverage;
}

const CELLS = 10_000;
/** A column of `CELLS` numbers with `decimals` decimals between lo and hi, as typed. */
const column = typedColumns(20260126, CELLS);

export async function run(): Promise<void> {
  const { dealStake, debtCoverage, debtSchedule, gpusToGw, gpuWatts, gwToGpus, netLeverage } = await bundledAdapters<Functions>(FUNCTIONS.map((f) => f.adapter), "functions");
  const inv = column(1e6, 5e9, 0), price = column(1, 500, 2), gw = column(0.01, 20, 2), gpus = column(0, 5e6, 0);
  const cf = column(-100, 5000, 1), interest = column(1, 1500, 1), debt = column(0, 30000, 1), cash = column(0, 5000, 1), ebitda = column(1, 8000, 1);
  const out = [[500e6]], held = [[24.28e6]];
  const W = 120_000 / 72, PUE = 1.2;
  const profiles = ["H100", "H200", "B200", "B300", "GB200", "GB300", "VR200"];
  const WATTS: Record<string, number> = { H100: 1275, H200: 1275, B200: 1787.5, B300: 1812.5, GB200: W, GB300: 132_000 / 72, VR200: 190_000 / 72 };
  const sink: unknown[] = [];

  const rows: [string, number, number, number | undefined][] = [];
  const bench = (name: string, adapter: () => unknown, plain: () => unknown, naive?: () => unknown, results = CELLS) => {
    rows.push([name, throughput(adapter, results), throughput(plain, results), naive ? throughput(naive, results) : undefined]);
  };

  bench(
    "DEAL_STAKE",
    () => sink.push(dealStake(inv, price, out, held)),
    () => sink.push(inv.map((r, i) => { const n = r[0]! / price[i]![0]!; return [(24.28e6 + n) / (500e6 + n)]; })),
    () => sink.push(inv.map((r, i) => { const n = new D(r[0]!).div(new D(price[i]![0]!)); return [new D(24.28e6).plus(n).div(new D(500e6).plus(n)).toNumber()]; })),
  );
  bench(
    "GW_TO_GPUS",
    () => sink.push(gwToGpus(gw)),
    () => sink.push(gw.map((r) => [Math.floor((r[0]! * 1e9) / (W * PUE))])),
    () => sink.push(gw.map((r) => [new D(r[0]!).times(1e9).times(72).divToInt(new D(120_000).times(new D(PUE))).toNumber()])),
  );
  bench("GPUS_TO_GW", () => sink.push(gpusToGw(gpus)), () => sink.push(gpus.map((r) => [(r[0]! * W * PUE) / 1e9])));
  bench(
    "DEBT_COVERAGE",
    () => sink.push(debtCoverage(cf, interest, [[120]], [[40]])),
    () => sink.push(cf.map((r, i) => [(r[0]! - 40) / (interest[i]![0]! + 120)])),
  );
  bench(
    "NET_LEVERAGE",
    () => sink.push(netLeverage(debt, cash, ebitda)),
    () => sink.push(debt.map((r, i) => [(r[0]! - cash[i]![0]!) / ebitda[i]![0]!])),
  );
  bench(
    "GPU_WATTS (scalar, 10,000 calls)",
    () => { for (let i = 0; i < CELLS; i++) sink.push(gpuWatts(profiles[i % 7])); },
    () => { for (let i = 0; i < CELLS; i++) sink.push([[WATTS[profiles[i % 7]!.toUpperCase()]]]); },
  );
  bench(
    "DEBT_SCHEDULE (100 x 100-year annuity = 10,000 rows)",
    () => { for (let i = 0; i < 100; i++) sink.push(debtSchedule(1000 + i, 0.09, 100, "annuity", 2026)); },
    () => {
      for (let i = 0; i < 100; i++) {
        const P = 1000 + i, r = 0.09, pay = (P * r) / (1 - Math.pow(1 + r, -100));
        let open = P;
        const t: number[][] = [];
        for (let y = 0; y < 100; y++) { const int = open * r, rep = y === 99 ? open : pay - int; t.push([2026 + y, open, int, rep, open - rep]); open -= rep; }
        sink.push(t);
      }
    },
  );
  sink.length = 0;

  console.log(`each over ${CELLS.toLocaleString("en-US")} cells; best of ${REPS} x ${MIN_MS} ms; results per second; adapter = src/functions bundled by esbuild as shipped`);
  const table = rows.map(([name, a, p, n]) => [name, fmt(a), fmt(p), `${(p / a).toFixed(1)}x`, n === undefined ? "" : fmt(n), n === undefined ? "" : `${(a / n).toFixed(1)}x`]);
  console.log("");
  console.log(markdownTable(["function", "adapter", "plain number", "plain/adapter", "naive decimal", "adapter/naive"], table));
}
