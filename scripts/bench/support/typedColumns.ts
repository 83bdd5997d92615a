/**
 * Bench inputs that look typed (whole shares, prices in cents, rates in basis
 * points) from a fixed-seed generator, so runs compare like with like.
 */

/** Deterministic PRNG (mulberry32): uniform in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generator of columns drawn from one seeded sequence.
 * @param seed   the PRNG seed (one per bench section keeps sections independent)
 * @param cells  the default column length
 * @returns column(lo, hi, decimals, n = cells): n rows of one number each, uniform in [lo, hi],
 *          rounded to `decimals` decimals as a user would type it
 */
export function typedColumns(seed: number, cells: number): (lo: number, hi: number, decimals: number, n?: number) => number[][] {
  const rand = rng(seed);
  return (lo, hi, decimals, n = cells) => Array.from({ length: n }, () => [Number((lo + rand() * (hi - lo)).toFixed(decimals))]);
}
