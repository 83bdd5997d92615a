/**
 * Formula fragments the models' checks share (docs/models.md, "Checks that can
 * fail"). Each returns template formula text; `{Key}` is a defined name of the
 * model and `{Key@all}` its whole row or column.
 */

/**
 * `x` rounded to the model's check decimals, so that floating-point noise far
 * below the figures' precision reads as 0 and a real difference does not.
 * @param x a formula of a difference
 * @param digits the input naming the number of decimals (default `CheckDecimals`)
 */
export const roundCheck = (x: string, digits = "CheckDecimals"): string => `ROUND(${x},{${digits}})`;

/** Σ |term|: differences that must each be 0, summed without cancelling one another. */
export const sumAbs = (...terms: string[]): string => terms.map((t) => `ABS(${t})`).join("+");

/** How many cells of the named ranges are below 0 (a count, for inputs that must be >= 0). */
export const countBelow0 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")`).join("+");

/** How many cells of the named ranges are outside [0, 1] (a count, for shares and rates). */
export const countOutside01 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")+COUNTIF({${k}},">1")`).join("+");

/**
 * How many cells of a named row, column or block are not numbers: error values,
 * or text typed over a formula. ROWS x COLUMNS - COUNT, so it is itself never an
 * error: Gnumeric reads ISERROR(range) inside SUMPRODUCT as one cell of the range
 * (implicit intersection), so SUMPRODUCT(--ISERROR(range)) undercounts there, while
 * COUNT skips errors in every engine.
 * @param key a defined name (a group or a row); its `@all` range is counted
 */
export const countNonNumbers = (key: string): string => `ROWS({${key}@all})*COLUMNS({${key}@all})-COUNT({${key}@all})`;

/** countNonNumbers for a range whose cells may show "n.m." (not meaningful) by design: those are not counted. */
export const countNonNumbersBesideNm = (key: string): string => `${countNonNumbers(key)}-COUNTIF({${key}@all},"n.m.")`;

/**
 * `value` where `test` holds, else the text "n.m." (not meaningful): a ratio with
 * no denominator, a price of no equity. The checks count such cells apart from
 * errors (countNonNumbersBesideNm), so n.m. is never mistaken for a fault.
 * @param test a formula that is TRUE (or non-zero) where `value` means something
 */
export const ifMeaningful = (test: string, value: string): string => `IF(${test},${value},"n.m.")`;
