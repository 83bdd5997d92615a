/**
 * The one place that builds Excel error values. In Excel's shared runtime the
 * global `CustomFunctions` exists and errors are `CustomFunctions.Error`
 * objects; in Node (tests, benchmark) it does not, and an equivalent plain
 * `FunctionError` with the same `code` and `message` fields is returned, so tests
 * can assert both. Nothing here runs at import time.
 */
import type { ExcelErrorKind } from "../core";

/** Error codes as Excel shows them (the values of `CustomFunctions.ErrorCode`). */
export type ErrorCodeText = "#DIV/0!" | "#N/A" | "#NUM!" | "#VALUE!" | "#NULL!";

/** A cell error as our functions return it: `CustomFunctions.Error` or `FunctionError`. */
export interface CellError {
  readonly code: string;
  readonly message?: string;
}

/** Stand-in for `CustomFunctions.Error` outside Excel; same fields. */
export class FunctionError implements CellError {
  constructor(
    readonly code: ErrorCodeText,
    readonly message: string,
  ) {}
}

/** core's InputError kinds to Excel codes. */
export const KIND_TO_CODE: Readonly<Record<ExcelErrorKind, ErrorCodeText>> = {
  value: "#VALUE!",
  div0: "#DIV/0!",
  num: "#NUM!",
  na: "#N/A",
};

/** Codes Excel accepts back from a custom function, with the codes whose message it shows. */
const RETURNABLE: ReadonlySet<string> = new Set(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!"]);
const SHOWS_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** Every error text Excel can put in a cell, to recognise errors passed in as strings. */
const INPUT_ERROR_TEXTS: ReadonlySet<string> = new Set([
  "#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!", "#REF!", "#NAME?", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/** Excel data-type error names (`ErrorCellValue.errorType`) to the error text a cell shows. */
const ERROR_TYPE_TEXT: Readonly<Record<string, string>> = {
  Div0: "#DIV/0!", NotAvailable: "#N/A", Num: "#NUM!", Value: "#VALUE!", Null: "#NULL!", Ref: "#REF!",
  Name: "#NAME?", Spill: "#SPILL!", Calc: "#CALC!", GettingData: "#GETTING_DATA", Field: "#FIELD!",
  Blocked: "#BLOCKED!", Connect: "#CONNECT!", Busy: "#BUSY!",
};

/**
 * The plain value behind an Excel data-type cell value. functions.json sets
 * `allowCustomDataForDataTypeAny`, so arguments of type any can arrive as
 * cell-value objects (`{ type: "Double", basicValue: 3 }`, `{ type: "Error",
 * errorType: "Div0" }`, entities whose basicValue is "#VALUE!"); each is read
 * as the number, text, boolean or error a formula would see. Other values pass unchanged.
 */
export function basicValueOf(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const cv = v as { type?: unknown; basicValue?: unknown; errorType?: unknown; code?: unknown };
  if (typeof cv.type !== "string" || cv.code !== undefined) return v;
  if (cv.type === "Error") {
    if (typeof cv.basicValue === "string" && INPUT_ERROR_TEXTS.has(cv.basicValue)) return cv.basicValue;
    return (typeof cv.errorType === "string" && ERROR_TYPE_TEXT[cv.errorType]) || "#VALUE!";
  }
  return "basicValue" in cv ? cv.basicValue : v;
}

interface CustomFunctionsGlobal {
  Error: new (code: never, message?: string) => CellError;
}

function runtime(): CustomFunctionsGlobal | undefined {
  const g = globalThis as { CustomFunctions?: CustomFunctionsGlobal };
  return typeof g.CustomFunctions?.Error === "function" ? g.CustomFunctions : undefined;
}

/**
 * An Excel error value for a cell.
 * @param code    one of the returnable codes
 * @param message what went wrong, naming the argument; Excel displays it only for
 *                `#VALUE!` and `#N/A`, so it is passed to the runtime only for those
 */
export function makeError(code: ErrorCodeText, message: string): CellError {
  const cf = runtime();
  if (!cf) return new FunctionError(code, message);
  // The runtime's ErrorCode enum values are these very strings ("#VALUE!", ...).
  return SHOWS_MESSAGE.has(code) ? new cf.Error(code as never, message) : new cf.Error(code as never);
}

/**
 * The error code of an Excel error value passed in, or undefined for any other
 * value. Excel may hand errors inside ranges over as error objects (`code`
 * field) or as their text; both are recognised. A text cell that literally
 * reads `#N/A` is therefore taken as the error (Excel itself cannot tell the
 * user apart either, once it is text in a range).
 */
export function errorCodeOf(v: unknown): string | undefined {
  if (typeof v === "string") return INPUT_ERROR_TEXTS.has(v) ? v : undefined;
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    const code = (v as { code?: unknown }).code;
    if (typeof code === "string" && INPUT_ERROR_TEXTS.has(code)) return code;
  }
  return undefined;
}

/**
 * The error to return for an error value found in argument `name`: the same
 * error when Excel accepts it back from a custom function, otherwise (#REF!,
 * #NAME?, #SPILL!, ...) `#VALUE!` naming the argument and the error.
 */
export function passThrough(code: string, input: unknown, name: string): CellError {
  if (RETURNABLE.has(code)) {
    const msg = typeof input === "object" && input !== null ? (input as { message?: unknown }).message : undefined;
    return makeError(code as ErrorCodeText, typeof msg === "string" && msg !== "" ? msg : `${name} holds the error ${code}`);
  }
  return makeError("#VALUE!", `${name} holds the error ${code}`);
}
