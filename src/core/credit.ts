/**
 * Credit ratios (docs/sources.md §Definitions):
 * interest coverage = EBITDA / interest; DSCR = cash flow available for debt
 * service / (interest + scheduled principal); net leverage = (debt - cash) / EBITDA.
 */
import type { Dec } from "./decimal";
import { checkDomains, divide } from "./domain";
import { InputError } from "./inputError";

/**
 * Interest coverage (times).
 * @param cashFlow EBITDA or other cash flow, currency per period, any sign
 * @param interest interest expense, same currency and period, >= 0 (0 gives div0)
 * @returns cashFlow / interest, times
 * @throws InputError("value") for negative interest, ("div0") for zero interest
 */
export function interestCoverage(cashFlow: Dec, interest: Dec): Dec {
  checkDomains([
    ["cash_flow", cashFlow, "any"],
    ["interest", interest, "nonNegative"],
  ]);
  return divide(cashFlow, interest, "interest");
}

/**
 * Debt service coverage ratio (times).
 * @param cashFlow  cash flow before debt service, currency per period, any sign
 * @param interest  interest expense, same units, >= 0
 * @param principal scheduled principal repaid, same units, >= 0
 * @param capex     capital spending deducted from cash flow, same units, >= 0
 * @returns (cashFlow - capex) / (interest + principal), times
 * @throws InputError("value") on a negative amount, ("div0") when interest + principal is 0
 */
export function debtServiceCoverage(cashFlow: Dec, interest: Dec, principal: Dec, capex: Dec): Dec {
  checkDomains([
    ["cash_flow", cashFlow, "any"],
    ["interest", interest, "nonNegative"],
    ["principal", principal, "nonNegative"],
    ["capex", capex, "nonNegative"],
  ]);
  return divide(cashFlow.minus(capex), interest.plus(principal), "interest + principal");
}

/**
 * Net leverage (times EBITDA).
 * @param debt   total debt, currency units, >= 0
 * @param cash   cash and equivalents, same currency, >= 0
 * @param ebitda EBITDA of the period (usually a year), same currency, > 0
 * @returns (debt - cash) / ebitda, times; negative when cash exceeds debt
 * @throws InputError("value") on negative debt or cash, ("div0") for zero EBITDA,
 *         ("num") for negative EBITDA, where leverage has no meaning (docs/models.md)
 */
export function netLeverage(debt: Dec, cash: Dec, ebitda: Dec): Dec {
  checkDomains([
    ["debt", debt, "nonNegative"],
    ["cash", cash, "nonNegative"],
    ["ebitda", ebitda, "any"],
  ]);
  if (ebitda.isNeg() && !ebitda.isZero()) throw new InputError("num", "net leverage is not meaningful when ebitda is negative");
  return divide(debt.minus(cash), ebitda, "ebitda");
}
