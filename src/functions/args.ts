/**
 * Helpers every adapter in src/functions shares: the result type, numeric
 * argument specs, and the scaled-integer mantissa of a typed decimal.
 */
import { D } from "../core";
import { numberReader, type ArgSpec } from "./broadcast";
import type { CellError } from "./cellError";
import { POW10 } from "./scaledInteger";

/**
 * What every function returns: a matrix of numbers and error values (1x1 shows
 * as one value), `(number | CellError)[][]`. Declared `unknown[][]` in the
 * signatures because the metadata generator maps only plain `T[][]` types.
 */
export type Result = (number | CellError)[][];

/** A numeric argument: its Excel name, its domain rule, and its value when omitted (optional arguments). */
export function num(name: string, rule: "any" | "positive" | "nonNegative", omitted?: number): ArgSpec<number> {
  const spec = { name, read: numberReader(rule) };
  return omitted === undefined ? spec : { ...spec, omitted };
}

/** Scaled-integer mantissa m of x with scale k (x reads as m / 10^k). */
export function mant(x: number, k: number): number {
  return Math.round(x * POW10[k]!);
}

/** x read as the decimal the user typed (decimal.js). */
export const dec = (x: number) => new D(x);
