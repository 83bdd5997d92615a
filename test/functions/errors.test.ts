/**
 * Bad input gets a clear Excel error, never a crash: each row is one call with
 * one bad input and the exact error code and message expected (docs/architecture.md, "Errors").
 */
import { describe, expect, it } from "vitest";
import { dealStake } from "../../src/functions/dealStake";
import { debtCoverage } from "../../src/functions/debtCoverage";
import { debtSchedule } from "../../src/functions/debtSchedule";
import { gpusToGw } from "../../src/functions/gpusToGw";
import { gpuWatts } from "../../src/functions/gpuWatts";
import { gwToGpus } from "../../src/functions/gwToGpus";
import { netLeverage } from "../../src/functions/netLeverage";
import { showAll } from "./helpers";

const m = (x: unknown) => [[x]];
const UNKNOWN_GPU = "#VALUE! gpu must be a number of watts or one of H100, H200, B200, B300, GB200, GB300, VR200";

const CASES: [string, () => unknown, string][] = [
  // blank cells
  ["blank price is 0, not > 0", () => dealStake(m(1), m(null), m(10)), "#VALUE! price_per_share must be greater than 0"],
  ["empty-string price", () => dealStake(m(1), m(""), m(10)), "#VALUE! price_per_share must be greater than 0"],
  ["blank interest is a zero denominator", () => debtCoverage(m(5), m(undefined)), "#DIV/0! interest + principal is 0"],
  ["blank gpu cell is 0 watts", () => gwToGpus(m(1), m(null)), "#VALUE! gpu must be greater than 0"],
  ["blank years", () => debtSchedule(1000, 0.1, null as never), "#VALUE! years must be a whole number from 1 to 100"],
  // text
  ["text investment", () => dealStake(m("2bn"), m(87.2), m(10)), "#VALUE! investment must be a number, not text"],
  ["text cash flow", () => debtCoverage(m("n/a"), m(1)), "#VALUE! cash_flow must be a number, not text"],
  ["text pue", () => gwToGpus(m(1), m("GB200"), m("1.2")), "#VALUE! pue must be a number, not text"],
  ["text principal in DEBT_SCHEDULE", () => debtSchedule("1000" as never, 0.1, 3), "#VALUE! principal must be a number, not text"],
  // booleans
  ["TRUE as price", () => dealStake(m(1), m(true), m(10)), "#VALUE! price_per_share must be a number, not TRUE"],
  ["FALSE as ebitda", () => netLeverage(m(1), m(0), m(false)), "#VALUE! ebitda must be a number, not FALSE"],
  ["TRUE as gpu", () => gpusToGw(m(1), m(true)), "#VALUE! gpu must be a number, not TRUE"],
  // error values passed in
  ["#DIV/0! object in investment", () => dealStake(m({ code: "#DIV/0!" }), m(1), m(1)), "#DIV/0! investment holds the error #DIV/0!"],
  ["#N/A text in gigawatts", () => gwToGpus(m("#N/A")), "#N/A gigawatts holds the error #N/A"],
  ["#NUM! with its message kept", () => netLeverage(m({ code: "#NUM!", message: "upstream" }), m(0), m(1)), "#NUM! upstream"],
  ["#REF! cannot be returned: #VALUE!", () => debtCoverage(m(1), m({ code: "#REF!" })), "#VALUE! interest holds the error #REF!"],
  ["#VALUE! as measure", () => dealStake(m(1), m(1), m(1), m(0), "#VALUE!"), "#VALUE! measure holds the error #VALUE!"],
  // zero
  ["zero price", () => dealStake(m(1), m(0), m(10)), "#VALUE! price_per_share must be greater than 0"],
  ["zero shares outstanding", () => dealStake(m(1), m(1), m(0)), "#VALUE! shares_outstanding must be greater than 0"],
  ["zero interest and principal", () => debtCoverage(m(1), m(0), m(0)), "#DIV/0! interest + principal is 0"],
  ["zero ebitda", () => netLeverage(m(1), m(0), m(0)), "#DIV/0! ebitda is 0"],
  ["zero pue", () => gwToGpus(m(1), m("GB200"), m(0)), "#VALUE! pue must be greater than 0"],
  ["zero watts in GPU_WATTS", () => gpuWatts(0), "#VALUE! gpu must be greater than 0"],
  ["zero years", () => debtSchedule(1000, 0.1, 0), "#VALUE! years must be a whole number from 1 to 100"],
  // negative values
  ["negative investment", () => dealStake(m(-1), m(1), m(1)), "#VALUE! investment must be 0 or more"],
  ["negative held before", () => dealStake(m(1), m(1), m(10), m(-5)), "#VALUE! shares_held_before must be 0 or more"],
  ["held before above outstanding", () => dealStake(m(1), m(1), m(10), m(11)), "#VALUE! shares_held_before must not exceed shares_outstanding"],
  ["negative interest", () => debtCoverage(m(1), m(-1)), "#VALUE! interest must be 0 or more"],
  ["negative capex", () => debtCoverage(m(1), m(1), m(0), m(-2)), "#VALUE! capex must be 0 or more"],
  ["negative ebitda", () => netLeverage(m(10), m(1), m(-3)), "#NUM! net leverage is not meaningful when ebitda is negative"],
  ["negative debt", () => netLeverage(m(-10), m(1), m(3)), "#VALUE! debt must be 0 or more"],
  ["negative gigawatts", () => gwToGpus(m(-1)), "#VALUE! gigawatts must be 0 or more"],
  ["negative watts", () => gwToGpus(m(1), m(-700)), "#VALUE! gpu must be greater than 0"],
  ["negative gpus", () => gpusToGw(m(-1)), "#VALUE! gpus must be 0 or more"],
  ["negative rate", () => debtSchedule(1000, -0.01, 3), "#VALUE! annual_rate must be 0 or more"],
  // 1e300 and 1e-300
  ["1e300 investment at a 1e-300 price overflows", () => dealStake(m(1e300), m(1e-300), m(1), m(0), "new_shares"), "#NUM! the result is too large for Excel"],
  ["1e300 GW is more GPUs than a double holds exactly", () => gwToGpus(m(1e300)), "#NUM! the number of GPUs is too large to return exactly"],
  ["1e300 GPUs x 1e300 watts", () => gpusToGw(m(1e300), m(1e300)), "#NUM! the result is too large for Excel"],
  ["1e300 cash flow over 1e-300 interest", () => debtCoverage(m(1e300), m(1e-300)), "#NUM! the result is too large for Excel"],
  ["1e-300 EBITDA with 1e300 debt", () => netLeverage(m(1e300), m(0), m(1e-300)), "#NUM! the result is too large for Excel"],
  ["1e300 principal at 1e300 % interest", () => debtSchedule(1e300, 1e300, 1), "#NUM! the result is too large for Excel"],
  // non-finite numbers (never from Excel, but never NaN out either)
  ["NaN gigawatts", () => gwToGpus(m(NaN)), "#VALUE! gigawatts must be a finite number"],
  ["Infinity price", () => dealStake(m(1), m(Infinity), m(1)), "#VALUE! price_per_share must be a finite number"],
  // mismatched shapes
  ["3 rows against 2 rows", () => debtCoverage([[1], [2], [3]], [[1], [1]]), "#N/A interest has no cell for row 3, column 1 of the result (ranges of different sizes)"],
  ["ragged range", () => netLeverage([[1, 2], [3]], m(0), m(1)), "#N/A debt has no cell at row 2, column 2"],
  ["empty range", () => gwToGpus([]), "#VALUE! gigawatts is an empty range"],
  ["a 2,001-row column against a 2,001-column row: over 4,000,000 cells", () => gwToGpus(Array.from({ length: 2001 }, () => [1]), [Array.from({ length: 2001 }, () => 1000)]), "#VALUE! the arguments broadcast to 2001 x 2001 cells, more than 4000000"],
  ["a range where DEBT_SCHEDULE wants one value", () => debtSchedule([[1, 2]] as never, 0.1, 3), "#VALUE! principal must be a single value, not a range"],
  // unknown names
  ["unknown measure", () => dealStake(m(1), m(1), m(1), m(0), "ownership"), '#VALUE! measure must be one of "stake", "new_shares", "post_shares", "dilution", "post_money"'],
  ["a number as measure", () => dealStake(m(1), m(1), m(1), m(0), 3 as never), '#VALUE! measure must be one of "stake", "new_shares", "post_shares", "dilution", "post_money"'],
  ["an object that cannot become text as measure", () => dealStake(m(1), m(1), m(1), m(0), Object.create(null) as never), '#VALUE! measure must be one of "stake", "new_shares", "post_shares", "dilution", "post_money"'],
  ["an object as amortization", () => debtSchedule(1, 0.1, 3, { toString: 1 } as never), '#VALUE! amortization must be one of "bullet", "straight", "annuity"'],
  ["unknown GPU profile", () => gwToGpus(m(1), m("A100")), UNKNOWN_GPU],
  ["unknown profile in GPU_WATTS", () => gpuWatts("TPUv5"), UNKNOWN_GPU],
  ["unknown amortization", () => debtSchedule(1000, 0.1, 3, "balloon"), '#VALUE! amortization must be one of "bullet", "straight", "annuity"'],
  // non-integer years
  ["2.5 years", () => debtSchedule(1000, 0.1, 2.5), "#VALUE! years must be a whole number from 1 to 100"],
  ["101 years", () => debtSchedule(1000, 0.1, 101), "#VALUE! years must be a whole number from 1 to 100"],
  ["start year 2026.5", () => debtSchedule(1000, 0.1, 3, "bullet", 2026.5), "#VALUE! start_year must be a whole number from -1000000 to 1000000"],
];

describe("error table", () => {
  it("exercises every error code the functions return", () => {
    const codes = new Set(CASES.map((c) => c[2].split(" ")[0]));
    expect([...codes].sort()).toEqual(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!"]);
  });
  it.each(CASES)("%s", (_what, call, expected) => {
    const r = showAll(call() as never);
    // the error is the whole result, or (DEBT_SCHEDULE overflow, shapes) the only kind of error
    // among finite numbers: one bad input never spreads to the cells it does not feed
    const errors = r.flat().filter((c) => typeof c === "string");
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set([expected]));
    for (const c of r.flat()) if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
  });
});
