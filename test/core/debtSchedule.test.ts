import { describe, expect, it } from "vitest";
import { D, debtSchedule, InputError, parseAmortization } from "../../src/core";

const d = (x: number) => new D(x);
const rows = (s: ReturnType<typeof debtSchedule>, digits = 12) =>
  s.map((r) => [r.year, ...[r.opening, r.interest, r.principalRepaid, r.closing].map((x) => x.toSignificantDigits(digits).toNumber())]);

describe("debtSchedule", () => {
  it("bullet: 1000 at 10 % for 3 years pays 100 interest a year and 1000 at the end", () => {
    expect(rows(debtSchedule(d(1000), d(0.1), 3, "bullet", 2026))).toEqual([
      [2026, 1000, 100, 0, 1000],
      [2027, 1000, 100, 0, 1000],
      [2028, 1000, 100, 1000, 0],
    ]);
  });
  it("straight: 1000 at 10 % for 3 years repays 333.33... a year, interest on the falling balance", () => {
    // interest 1000 x 0.1 = 100; 666.67 x 0.1 = 66.67; 333.33 x 0.1 = 33.33
    expect(rows(debtSchedule(d(1000), d(0.1), 3, "straight", 1))).toEqual([
      [1, 1000, 100, 333.333333333, 666.666666667],
      [2, 666.666666667, 66.6666666667, 333.333333333, 333.333333333],
      [3, 333.333333333, 33.3333333333, 333.333333333, 0],
    ]);
  });
  it("annuity: 1000 at 10 % for 3 years pays a level 402.114803625...", () => {
    // payment = 1000 x 0.1 / (1 - 1.1^-3) = 100 x 1.331 / 0.331 = 402.1148036253776...
    // y1: interest 100, repaid 302.1148036254, closing 697.8851963746
    // y2: interest 69.78851963746, repaid 332.3262839879, closing 365.5589123867
    // y3: interest 36.55589123867, repaid 365.5589123867 (x 1.1 = 402.1148036 again), closing 0
    const s = debtSchedule(d(1000), d(0.1), 3, "annuity", 2026);
    expect(rows(s)).toEqual([
      [2026, 1000, 100, 302.114803625, 697.885196375],
      [2027, 697.885196375, 69.7885196375, 332.326283988, 365.558912387],
      [2028, 365.558912387, 36.5558912387, 365.558912387, 0],
    ]);
    for (const r of s) expect(r.interest.plus(r.principalRepaid).toSignificantDigits(30).toString()).toBe(s[0]!.interest.plus(s[0]!.principalRepaid).toSignificantDigits(30).toString());
    expect(s[2]!.closing.isZero()).toBe(true);
  });
  it("annuity at 0 % is straight-line", () => {
    expect(rows(debtSchedule(d(900), d(0), 3, "annuity", 1))).toEqual(rows(debtSchedule(d(900), d(0), 3, "straight", 1)));
  });
  it.each([
    [() => debtSchedule(d(-1), d(0.1), 3, "bullet", 1), "principal must be 0 or more"],
    [() => debtSchedule(d(1), d(-0.1), 3, "bullet", 1), "annual_rate must be 0 or more"],
    [() => debtSchedule(d(1), d(0.1), 2.5, "bullet", 1), "years must be a whole number from 1 to 100"],
    [() => debtSchedule(d(1), d(0.1), 0, "bullet", 1), "years must be a whole number from 1 to 100"],
    [() => debtSchedule(d(1), d(0.1), 101, "bullet", 1), "years must be a whole number from 1 to 100"],
    [() => debtSchedule(d(1), d(0.1), 3, "bullet", 2026.5), "start_year must be a whole number from -1000000 to 1000000"],
    [() => parseAmortization("balloon"), 'amortization must be one of "bullet", "straight", "annuity"'],
  ])("rejects bad input %#: %s", (f, msg) => {
    expect(f).toThrowError(new InputError("value", msg));
  });
  it("amortization names are case-insensitive", () => {
    expect(parseAmortization(" Annuity ")).toBe("annuity");
  });
});
