/**
 * Exact rational arithmetic on bigints, the reference for the valuation
 * functions' exactness tests (not a test file). Independent of decimal.js: an
 * input double is read as the decimal the user typed (its shortest round-trip
 * text, what `new Decimal(x)` reads), a result double as its exact binary value.
 */

/** n / d with d > 0, not necessarily reduced. */
export interface Rat {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

/** The decimal a user typed to get the double x: its shortest round-trip text ("87.2", "1e-7"), exactly. */
export function typedRat(x: number): Rat {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (!m) throw new Error(`cannot read ${x}`);
  const digits = BigInt(`${m[2]}${m[3] ?? ""}`) * (m[1] ? -1n : 1n);
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  return exp >= 0 ? { n: digits * 10n ** BigInt(exp), d: 1n } : { n: digits, d: 10n ** BigInt(-exp) };
}

/** The exact value of a finite double (mantissa x 2^exponent). */
export function exactRat(x: number): Rat {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = e === 0 ? frac : frac | (1n << 52n);
  const shift = (e === 0 ? 1 : e) - 1075; // x = mant x 2^shift
  return shift >= 0 ? { n: sign * mant * 2n ** BigInt(shift), d: 1n } : { n: sign * mant, d: 2n ** BigInt(-shift) };
}

export const rat = (n: bigint, d = 1n): Rat => (d < 0n ? { n: -n, d: -d } : { n, d });
export const add = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Rat, b: Rat): Rat => ({ n: a.n * b.n, d: a.d * b.d });
export function div(a: Rat, b: Rat): Rat {
  if (b.n === 0n) throw new Error("division by 0");
  return rat(a.n * b.d, a.d * b.n);
}
/** sign of a - b */
export const cmp = (a: Rat, b: Rat): number => {
  const x = a.n * b.d - b.n * a.d;
  return x > 0n ? 1 : x < 0n ? -1 : 0;
};

/** The gap from |r| to the next double up: one ulp at r (exact, a power of two). */
export function ulpOf(r: number): number {
  const a = Math.abs(r);
  if (a === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0) - a;
}

/** Is the double r within 1 ulp of the exact value q? (compared exactly) */
export function withinOneUlp(r: number, q: Rat): boolean {
  const diff = sub(exactRat(r), q);
  const u = exactRat(ulpOf(r));
  return abs(diff.n) * u.d <= u.n * diff.d;
}

/** Is |q| at least the largest double (a result Excel cannot hold: #NUM!)? */
export function beyondDoubles(q: Rat): boolean {
  const max = exactRat(Number.MAX_VALUE);
  return abs(q.n) * max.d >= max.n * abs(q.d);
}

/** Is the double r within half an ulp of q (correctly rounded, up to the gap below a power of two)? */
export function withinHalfUlp(r: number, q: Rat): boolean {
  const diff = sub(exactRat(r), q);
  const u = exactRat(ulpOf(r));
  return 2n * abs(diff.n) * u.d <= u.n * diff.d;
}
