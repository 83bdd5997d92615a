/**
 * Argument domains as data, checked by one validator: what can be declared is
 * declared, not coded. Core functions list `[name, value, rule]` triples and call
 * `checkDomains`; the message names the argument and the rule, e.g.
 * `price_per_share must be greater than 0`, and is what Excel shows with `#VALUE!`.
 */
import type { Dec } from "./decimal";
import { InputError } from "./inputError";

/** The rules an argument of a core function can obey. */
export type DomainRule = "any" | "positive" | "nonNegative";

const RULE_TEXT: Readonly<Record<Exclude<DomainRule, "any">, string>> = {
  positive: "must be greater than 0",
  nonNegative: "must be 0 or more",
};

/**
 * The message for a value breaking a rule (or not being finite), exactly as
 * checkDomains throws it, so the functions layer can validate plain doubles
 * without decimal.js and still say the same thing.
 * @param name argument name shown to the user
 * @param rule the broken rule; "any" means the value was not finite
 */
export function domainMessage(name: string, rule: DomainRule): string {
  return rule === "any" ? `${name} must be a finite number` : `${name} ${RULE_TEXT[rule]}`;
}

/**
 * The rule a plain double breaks, or undefined when it obeys `rule`. Same
 * verdict as checkDomains on its decimal reading: reading a double as its
 * shortest decimal keeps its sign and its order.
 */
export function brokenRule(value: number, rule: DomainRule): DomainRule | undefined {
  if (!Number.isFinite(value)) return "any";
  if (rule === "positive" && !(value > 0)) return rule;
  if (rule === "nonNegative" && value < 0) return rule;
  return undefined;
}

/**
 * Throws InputError(kind "value") for the first argument outside its domain.
 * @param args `[name, value, rule]`: name as the user sees it (snake_case Excel
 *             argument name), any decimal value, and its rule. Every rule also
 *             requires a finite value.
 */
export function checkDomains(args: ReadonlyArray<readonly [string, Dec, DomainRule]>): void {
  for (const [name, value, rule] of args) {
    if (!value.isFinite()) throw new InputError("value", domainMessage(name, "any"));
    if (rule === "positive" && !value.gt(0)) throw new InputError("value", domainMessage(name, rule));
    if (rule === "nonNegative" && value.lt(0)) throw new InputError("value", domainMessage(name, rule));
  }
}

/**
 * Throws InputError(kind "value") unless `value` is a whole number in lo..hi.
 * @param name  argument name shown to the user
 * @param value any number; NaN and fractions are rejected
 * @param lo    smallest allowed integer, inclusive
 * @param hi    largest allowed integer, inclusive
 */
export function checkWholeNumber(name: string, value: number, lo: number, hi: number): void {
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new InputError("value", `${name} must be a whole number from ${lo} to ${hi}`);
  }
}

/**
 * Divides, mapping a zero denominator to InputError(kind "div0").
 * @param num any finite decimal
 * @param den any finite decimal; 0 gives `#DIV/0!`
 * @param what names the quotient in the message, e.g. `interest + principal`
 */
export function divide(num: Dec, den: Dec, what: string): Dec {
  if (den.isZero()) throw new InputError("div0", `${what} is 0`);
  return num.div(den);
}
