/**
 * Terminal values of a DCF: the Gordon growth perpetuity and the value-driver
 * formula (McKinsey, "Valuation", continuing value: NOPAT (1 + g)(1 - g/RONIC)/(WACC - g),
 * where g / RONIC is the share of NOPAT reinvested to grow at g).
 */
import type { Dec } from "./decimal";
import { checkDomains } from "./domain";
import { InputError } from "./inputError";
import { checkRanges } from "./rangeRules";

/**
 * The InputError for a discount rate not above the growth rate: the perpetuity diverges.
 * @param rateName   the discount rate's argument name
 * @param growthName the growth rate's argument name
 */
export function rateNotAboveGrowth(rateName: string, growthName: string): InputError {
  return new InputError("num", `${rateName} must be greater than ${growthName} (the perpetuity has no finite value)`);
}

/**
 * Gordon growth terminal value at the end of the last year:
 * cash_flow x (1 + g) / (r - g), the value of cash_flow x (1 + g)^k received at
 * the end of each following year k = 1, 2, ...
 * @param cashFlow     the last year's cash flow, currency units, any sign
 * @param discountRate r, per year as a fraction, > -1
 * @param growth       g, per year as a fraction, > -1; r <= g is `#NUM!`
 * @returns the terminal value, same currency
 * @throws InputError("value") when an argument leaves its domain, ("num") when r <= g
 */
export function terminalValue(cashFlow: Dec, discountRate: Dec, growth: Dec): Dec {
  checkDomains([["cash_flow", cashFlow, "any"]]);
  checkRanges([
    ["discount_rate", discountRate, "aboveMinusOne"],
    ["growth", growth, "aboveMinusOne"],
  ]);
  if (!discountRate.gt(growth)) throw rateNotAboveGrowth("discount_rate", "growth");
  // r - g and 1 + g are each one rounding of exact inputs; no cancellation follows.
  return cashFlow.times(growth.plus(1)).div(discountRate.minus(growth));
}

/**
 * Value-driver terminal value: NOPAT x (1 + g) x (1 - g / RONIC) / (r - g),
 * computed as NOPAT (1 + g)(RONIC - g) / (RONIC (r - g)) so that g close to
 * RONIC does not cancel rounded digits.
 * @param nopat        the last year's net operating profit after tax, currency units, any sign
 * @param growth       g, terminal growth per year as a fraction, > -1
 * @param ronic        return on new invested capital, fraction per year, > 0
 *                     (RONIC = g means growth consumes all NOPAT: a value of 0)
 * @param discountRate r (the WACC), per year as a fraction, > -1; r <= g is `#NUM!`
 * @returns the terminal value at the end of the last year, same currency
 * @throws InputError("value") when an argument leaves its domain, ("num") when r <= g
 */
export function valueDriverTerminalValue(nopat: Dec, growth: Dec, ronic: Dec, discountRate: Dec): Dec {
  checkDomains([
    ["nopat", nopat, "any"],
    ["ronic", ronic, "positive"],
  ]);
  checkRanges([
    ["growth", growth, "aboveMinusOne"],
    ["discount_rate", discountRate, "aboveMinusOne"],
  ]);
  if (!discountRate.gt(growth)) throw rateNotAboveGrowth("discount_rate", "growth");
  return nopat.times(growth.plus(1)).times(ronic.minus(growth)).div(ronic.times(discountRate.minus(growth)));
}
