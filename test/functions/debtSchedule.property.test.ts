import fc from "fast-check";
import { describe, it } from "vitest";
import { D, debtSchedule as coreSchedule } from "../../src/core";
import { debtSchedule } from "../../src/functions/debtSchedule";
import { typed } from "./arbitraries";

const RUNS = 10_000;
const loan = fc.record({
  principal: typed(1e11, 2),
  rate: fc.oneof(fc.constant(0), typed(3000, 4)), // 0 to 30 %
  years: fc.integer({ min: 1, max: 100 }),
  kind: fc.constantFrom("straight" as const, "annuity" as const),
});

describe("DEBT_SCHEDULE properties", () => {
  it("straight and annuity close at exactly 0 and repay exactly the principal (core, decimal)", () => {
    fc.assert(
      fc.property(loan, ({ principal, rate, years, kind }) => {
        const rows = coreSchedule(new D(principal), new D(rate), years, kind, 2026);
        const repaid = rows.reduce((s, r) => s.plus(r.principalRepaid), new D(0));
        const last = rows[rows.length - 1]!;
        // 40-digit arithmetic: the sum telescopes to the principal up to 1e-35 relative
        return last.closing.isZero() && repaid.minus(principal).abs().lte(new D(principal).times(1e-35)) && rows.every((r) => r.principalRepaid.gte(0));
      }),
      { numRuns: RUNS },
    );
  });

  it("the spilled table has `years` rows, ends at 0 and its repayments sum to the principal within 1e-12", () => {
    fc.assert(
      fc.property(loan, ({ principal, rate, years, kind }) => {
        const t = debtSchedule(principal, rate, years, kind, 2026) as number[][];
        const sum = t.reduce((s, r) => s + r[3]!, 0);
        return t.length === years && t[years - 1]![4] === 0 && t[0]![0] === 2026 && Math.abs(sum - principal) <= principal * 1e-12;
      }),
      { numRuns: RUNS },
    );
  });
});
