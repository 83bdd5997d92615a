/**
 * Exact rational arithmetic on bigints, the independent reference the exactness
 * tests compare core against (no decimal.js involved).
 */
export interface Q {
  n: bigint;
  d: bigint; // > 0
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
const norm = (n: bigint, d: bigint): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};

/** The exact value of a decimal string such as "-1.25e-7" or String(someDouble). */
export function q(text: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${text}`);
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? 0) - frac.length;
  let n = BigInt(m[2] + frac) * (m[1] ? -1n : 1n);
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  return norm(n, d);
}
export const add = (a: Q, b: Q): Q => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => norm(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => norm(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => {
  if (b.n === 0n) throw new Error("division by zero");
  return norm(a.n * b.d, a.d * b.n);
};
export const gt = (a: Q, b: Q): boolean => a.n * b.d > b.n * a.d;

/**
 * True when `approx` is within `10^-digits` of `exact`, relative (exactly equal when exact is 0).
 * @param approx a decimal string (a Dec's toString())
 */
export function closeTo(approx: string, exact: Q, digits: number): boolean {
  const diff = sub(q(approx), exact);
  const absDiff = diff.n < 0n ? -diff.n : diff.n;
  const absExact = exact.n < 0n ? -exact.n : exact.n;
  // |diff.n / diff.d| * 10^digits <= |exact.n / exact.d|
  return absDiff * 10n ** BigInt(digits) * exact.d <= absExact * diff.d;
}
