/**
 * Bounded argument domains beyond domain.ts's signs, as data: rates above -100 %,
 * fractions of a whole, PUE. Same shape as checkDomains: `[name, value, rule]`,
 * one validator, a message naming the argument and the rule (`#VALUE!` text).
 */
import type { Dec } from "./decimal";
import { InputError } from "./inputError";

/** `aboveMinusOne`: a rate > -1 (a discount factor base 1 + r > 0); `fraction`: 0..1; `atLeastOne`: >= 1. */
export type RangeRule = "aboveMinusOne" | "fraction" | "atLeastOne";

const RANGE_TEXT: Readonly<Record<RangeRule, string>> = {
  aboveMinusOne: "must be greater than -1",
  fraction: "must be from 0 to 1",
  atLeastOne: "must be 1 or more",
};

/** The message checkRanges throws for `name` breaking `rule`. */
export function rangeMessage(name: string, rule: RangeRule): string {
  return `${name} ${RANGE_TEXT[rule]}`;
}

/** True when the finite number `x` obeys `rule` (shared by the decimal and double checks). */
function obeys(x: { gt(n: number): boolean; gte(n: number): boolean; lte(n: number): boolean }, rule: RangeRule): boolean {
  if (rule === "aboveMinusOne") return x.gt(-1);
  if (rule === "atLeastOne") return x.gte(1);
  return x.gte(0) && x.lte(1);
}

/**
 * The verdict of checkRanges on a plain double, for the functions layer: the rule
 * broken ("finite" for NaN or an infinity), or undefined. Reading a double as its
 * shortest decimal keeps its order against -1, 0 and 1, so the verdicts agree.
 */
export function brokenRange(value: number, rule: RangeRule): RangeRule | "finite" | undefined {
  if (!Number.isFinite(value)) return "finite";
  const x = { gt: (n: number) => value > n, gte: (n: number) => value >= n, lte: (n: number) => value <= n };
  return obeys(x, rule) ? undefined : rule;
}

/**
 * Throws InputError("value") for the first argument outside its range (or not finite).
 * @param args `[name, value, rule]` triples, name as the user sees it
 */
export function checkRanges(args: ReadonlyArray<readonly [string, Dec, RangeRule]>): void {
  for (const [name, value, rule] of args) {
    if (!value.isFinite()) throw new InputError("value", `${name} must be a finite number`);
    if (!obeys(value, rule)) throw new InputError("value", rangeMessage(name, rule));
  }
}
