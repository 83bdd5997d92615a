/**
 * Discounted cash flow value (enterprise value when the flows are unlevered free
 * cash flows): flows at the end of years 1..N, or at mid-year (t - 0.5), plus an
 * optional Gordon terminal value discounted from the end of year N (docs/models.md,
 * valuation).
 */
import { D, type Dec } from "./decimal";
import { checkDomains } from "./domain";
import { InputError } from "./inputError";
import { checkRanges } from "./rangeRules";
import { rateNotAboveGrowth, terminalValue } from "./terminalValue";

/**
 * EV = sum_t CF_t (1 + r)^-(t - m) + TV (1 + r)^-(N - m), m = 0.5 when midYear
 * else 0, TV = CF_N (1 + g) / (r - g) only when terminalGrowth is given.
 * Discount factors are v^(t - m) with v = 1 / (1 + r), built by repeated
 * multiplication at 40 digits: each factor carries a relative error of at most
 * about (t + 2) x 1e-40, far inside the contract's 1e-12 of the sum of |PV|.
 * @param cashFlows      CF_1..CF_N, currency units, any sign, N >= 1
 * @param discountRate   r per year as a fraction, > -1
 * @param terminalGrowth g per year as a fraction, > -1, or undefined for no terminal value; r <= g is `#NUM!`
 * @param midYear        true to discount each flow from the middle of its year
 * @returns the present value at the start of year 1, currency units
 * @throws InputError("value") on an empty list or an argument outside its domain, ("num") when r <= g
 */
export function dcf(cashFlows: readonly Dec[], discountRate: Dec, terminalGrowth: Dec | undefined, midYear: boolean): Dec {
  if (cashFlows.length === 0) throw new InputError("value", "cash_flows must hold at least one number");
  checkDomains(cashFlows.map((cf) => ["cash_flows", cf, "any"] as const));
  checkRanges([["discount_rate", discountRate, "aboveMinusOne"]]);
  if (terminalGrowth !== undefined) {
    checkRanges([["terminal_growth", terminalGrowth, "aboveMinusOne"]]);
    if (!discountRate.gt(terminalGrowth)) throw rateNotAboveGrowth("discount_rate", "terminal_growth");
  }
  // Every factor is built from v alone, so each is non-increasing in r even after
  // rounding (correct rounding is monotone): the first is v^(1 - m), the next ones x v.
  const v = discountRate.plus(1).pow(-1);
  let factor = midYear ? v.sqrt() : v;
  let ev = new D(0);
  cashFlows.forEach((cf, i) => {
    if (i > 0) factor = factor.times(v);
    ev = ev.plus(cf.times(factor));
  });
  if (terminalGrowth === undefined) return ev;
  const last = cashFlows[cashFlows.length - 1] as Dec;
  return ev.plus(terminalValue(last, discountRate, terminalGrowth).times(factor));
}
