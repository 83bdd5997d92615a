/**
 * The timing rule every function bench section shares, so their figures compare:
 * a warm-up, then the best of REPS repetitions of at least MIN_MS each.
 */
import { performance } from "node:perf_hooks";

/** Per repetition, in ms: long enough to swamp timer noise. */
export const MIN_MS = 250;
/** Timed repetitions; the best counts (other processes share the cores). */
export const REPS = 5;

/**
 * Results per second of `f`: 3 warm-up calls (JIT), then the best of REPS
 * repetitions, each calling `f` for at least MIN_MS.
 * @param f        the work to time; its result is ignored (push it to a sink to keep it live)
 * @param results  results (cells) one call of `f` produces, > 0
 * @returns results per second, the best repetition's
 */
export function throughput(f: () => unknown, results: number): number {
  for (let i = 0; i < 3; i++) f();
  let best = 0;
  for (let r = 0; r < REPS; r++) {
    let calls = 0;
    const t0 = performance.now();
    let t1 = t0;
    while (t1 - t0 < MIN_MS) {
      f();
      calls++;
      t1 = performance.now();
    }
    best = Math.max(best, (calls * results) / ((t1 - t0) / 1000));
  }
  return best;
}

/** A rate as a whole number with thousands separators ("12,345"). */
export const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
