/**
 * No function ever returns NaN or Infinity or throws, whatever JS values arrive
 * in its ranges: every cell is a finite number or an error value with a code.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { FUNCTIONS, adapterOf } from "../support/functions";

const RUNS = 10_000;
const CODES = new Set(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!"]);

const cellValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, "", true, false, "GB200", "h100", "#N/A", "#REF!", 1e300, -1e300, 1e-300, 0, -0, 1.2, 87.2),
  fc.constantFrom({ code: "#DIV/0!" }, { code: "#NUM!", message: "x" }, { code: "#SPILL!" }),
  fc.constantFrom(Object.create(null) as object, { toString: 1 }, { type: "Error", errorType: "Div0" }, { type: "Double", basicValue: 2 }, { type: "Entity" }),
  fc.string(),
  fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withDate: true }),
);
const matrix = fc.oneof(
  fc.array(fc.array(cellValue, { minLength: 0, maxLength: 3 }), { minLength: 0, maxLength: 3 }),
  cellValue,
);

function wellFormed(r: unknown): boolean {
  if (!Array.isArray(r) || r.length === 0) return false;
  return r.every(
    (row) =>
      Array.isArray(row) &&
      row.length > 0 &&
      row.every((c) => (typeof c === "number" ? Number.isFinite(c) : typeof c === "object" && c !== null && CODES.has((c as { code: string }).code))),
  );
}

describe("robustness", () => {
  // every registered function, with as many arguments as it declares
  const fns = FUNCTIONS.map((f) => [f.id, adapterOf(f), adapterOf(f).length] as const);
  it.each(fns)("%s returns only finite numbers and error values for arbitrary input", (_n, fn, arity) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(matrix, fc.constant(undefined)), { minLength: arity, maxLength: arity }), (args) => wellFormed(fn(...args))),
      { numRuns: RUNS },
    );
  });
});
