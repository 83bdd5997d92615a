/**
 * Argument specs the valuation functions (WACC, TERMINAL_VALUE, DCF,
 * DILUTED_SHARES, VALUE_PER_SHARE) need beyond ./args.ts: bounded rates
 * (> -1, 0..1), optional numbers that have no default (a missing terminal growth
 * means "no terminal value", a missing conversion price "not given"), and a
 * TRUE/FALSE switch. Same shape and messages as core's checks, so both say the
 * same thing whichever rejects first.
 */
import { brokenRange, domainMessage, rangeMessage, type RangeRule } from "../core";
import { numberReader, type ArgSpec } from "./broadcast";
import { makeError, type CellError } from "./cellError";

/** Stands for an omitted optional argument that has no default value. */
const ABSENT: unique symbol = Symbol("absent");

/** A number in a bounded range (src/core/rangeRules.ts): text and booleans are #VALUE!, as for every number. */
export function rate(name: string, rule: RangeRule, omitted?: number): ArgSpec<number> {
  const asNumber = numberReader("any");
  const read = (cell: unknown, argName: string): number | CellError => {
    const x = asNumber(cell, argName);
    if (typeof x !== "number") return x;
    const broken = brokenRange(x, rule);
    if (broken === undefined) return x;
    return makeError("#VALUE!", broken === "finite" ? domainMessage(argName, "any") : rangeMessage(argName, broken));
  };
  const spec = { name, read };
  return omitted === undefined ? spec : { ...spec, omitted };
}

/**
 * An optional number with no default: omitted (the argument left out) reads as
 * undefined, which core takes as "not given"; a blank cell is still 0.
 * @param inner how a given value is read (its domain)
 */
export function optional(inner: ArgSpec<number>): ArgSpec<number | undefined> {
  return {
    name: inner.name,
    omitted: ABSENT,
    read: (cell, argName) => (cell === ABSENT ? undefined : inner.read(cell, argName)),
  };
}

/**
 * A TRUE/FALSE switch, read as Excel reads a logical argument: TRUE or FALSE, or
 * a number (0 is FALSE, anything else TRUE); a blank cell is FALSE; text is #VALUE!.
 * @param name    argument name as Excel shows it
 * @param omitted the value when the argument is left out
 */
export function flag(name: string, omitted: boolean): ArgSpec<boolean> {
  const read = (cell: unknown, argName: string): boolean | CellError => {
    if (typeof cell === "boolean") return cell;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
    const what = typeof cell === "string" ? "text" : "that value";
    return makeError("#VALUE!", `${argName} must be TRUE or FALSE, not ${what}`);
  };
  return { name, read, omitted };
}
