/**
 * The Excel error a bad input maps to. Only src/functions translates these to
 * `CustomFunctions.Error`; core and models never see Office types.
 * - `value`: an argument outside its domain (`#VALUE!`, message shown in Excel)
 * - `div0`:  a zero denominator (`#DIV/0!`)
 * - `num`:   a result that is not finite or not meaningful (`#NUM!`)
 * - `na`:    no value at this position (`#N/A`, e.g. beyond a shorter range)
 */
export type ExcelErrorKind = "value" | "div0" | "num" | "na";

/**
 * The one error type core throws for invalid user input. The message names the
 * argument and the rule, e.g. `price_per_share must be greater than 0`.
 * Programmer errors (wrong types from our own code) throw ordinary `Error`s.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
  }
}
