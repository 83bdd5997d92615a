/**
 * Weighted average cost of capital with market-value weights (the textbook
 * after-tax WACC; docs/models.md, valuation):
 * WACC = (E x ke + D x kd x (1 - t)) / (E + D).
 */
import type { Dec } from "./decimal";
import { checkDomains, divide } from "./domain";
import { exactProduct, exactSum } from "./exact";
import { checkRanges } from "./rangeRules";

/**
 * After-tax weighted average cost of capital.
 * The numerator is summed exactly (E x ke - D x kd x t may cancel) and divided
 * once, so the result is within one rounding at 40 digits of the exact value.
 * @param equityValue  market value of equity E, currency units, >= 0
 * @param debtValue    value of debt D, same currency, >= 0; E + D = 0 is `#DIV/0!`
 * @param costOfEquity ke, a rate per year as a fraction (0.12 = 12 %), > -1
 * @param costOfDebt   kd, pre-tax rate per year as a fraction, > -1
 * @param taxRate      t, fraction 0..1 (the interest tax shield)
 * @returns WACC, a rate per year as a fraction
 * @throws InputError("value") when an argument leaves its domain, ("div0") when E + D = 0
 */
export function wacc(equityValue: Dec, debtValue: Dec, costOfEquity: Dec, costOfDebt: Dec, taxRate: Dec): Dec {
  checkDomains([
    ["equity_value", equityValue, "nonNegative"],
    ["debt_value", debtValue, "nonNegative"],
  ]);
  checkRanges([
    ["cost_of_equity", costOfEquity, "aboveMinusOne"],
    ["cost_of_debt", costOfDebt, "aboveMinusOne"],
    ["tax_rate", taxRate, "fraction"],
  ]);
  // D x kd x (1 - t) = D x kd - D x kd x t: three exact products, no rounded 1 - t.
  const numerator = exactSum(
    exactProduct(equityValue, costOfEquity),
    exactProduct(debtValue, costOfDebt),
    exactProduct(debtValue, costOfDebt, taxRate).neg(),
  );
  return divide(numerator, exactSum(equityValue, debtValue), "equity_value + debt_value");
}
