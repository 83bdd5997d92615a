import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dealStake } from "../../src/functions/dealStake";
import { mixed, Ref, typed, withinUlp } from "./arbitraries";

const RUNS = 10_000;
const one = (r: unknown): number => {
  const v = (r as unknown[][])[0]![0];
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

/** Valid deal inputs: held before is a fraction of outstanding. */
const deal = fc
  .record({
    inv: mixed(1e10, 3),
    price: mixed(1e5, 4).filter((p) => p > 0),
    out: mixed(1e10, 0).filter((o) => o > 0),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ inv, price, out, frac }) => ({ inv, price, out, held: Math.min(out, Math.floor(out * frac)) }));

describe("DEAL_STAKE properties", () => {
  it("the stake after the deal is in [0, 1]", () => {
    fc.assert(
      fc.property(deal, ({ inv, price, out, held }) => {
        const s = one(dealStake([[inv]], [[price]], [[out]], [[held]]));
        return s >= 0 && s <= 1;
      }),
      { numRuns: RUNS },
    );
  });

  it("stake after = stake before x (1 - dilution) + dilution (the others' loss is the investor's gain)", () => {
    fc.assert(
      fc.property(deal, ({ inv, price, out, held }) => {
        const after = one(dealStake([[inv]], [[price]], [[out]], [[held]], "stake"));
        const dil = one(dealStake([[inv]], [[price]], [[out]], [[held]], "dilution"));
        const before = new Ref(held).div(out);
        const rhs = before.times(new Ref(1).minus(dil)).plus(dil);
        // each function result is within 1 ulp (2.2e-16 relative); the identity then holds to a few of them
        return rhs.minus(after).abs().lte(new Ref(after).abs().plus(1e-300).times(1e-15));
      }),
      { numRuns: RUNS },
    );
  });

  it("every measure is within 1 ulp of the exact decimal value, on both the fast and the decimal path", () => {
    const measures = ["stake", "new_shares", "post_shares", "dilution", "post_money"] as const;
    fc.assert(
      fc.property(deal, fc.constantFrom(...measures), ({ inv, price, out, held }, m) => {
        const cell = dealStake([[inv]], [[price]], [[out]], [[held]], m)[0]![0] as number | { code: string };
        const I = new Ref(inv), P = new Ref(price), O = new Ref(out), H = new Ref(held);
        const fresh = I.div(P), post = O.plus(fresh);
        const exact = { stake: H.plus(fresh).div(post), new_shares: fresh, post_shares: post, dilution: fresh.div(post), post_money: post.times(P) }[m];
        // #NUM! only when the exact value overflows a double
        if (typeof cell !== "number") return cell.code === "#NUM!" && exact.abs().gte(Number.MAX_VALUE);
        return withinUlp(cell, exact);
      }),
      { numRuns: RUNS },
    );
  });

  it("adversarial: quotients a hair from a round number stay within 1 ulp", () => {
    // price = investment / k (k whole) nudged by one unit in the 4th decimal, so new_shares ~ k.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), typed(1e6, 2), fc.constantFrom(-1, 0, 1), (k, inv0, nudge) => {
        const inv = inv0 + 1;
        const price = Number((inv / k).toFixed(4)) + nudge * 1e-4;
        if (!(price > 0)) return true;
        const r = one(dealStake([[inv]], [[price]], [[1]], [[0]], "new_shares"));
        return withinUlp(r, new Ref(inv).div(new Ref(price)));
      }),
      { numRuns: RUNS },
    );
  });

  it("a whole range gives the same cells as one call per cell", () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 8 }), (ds) => {
        const col = (f: (d: (typeof ds)[number]) => number) => ds.map((d) => [f(d)]);
        const all = dealStake(col((d) => d.inv), col((d) => d.price), col((d) => d.out), col((d) => d.held));
        expect(all).toEqual(ds.map((d) => dealStake([[d.inv]], [[d.price]], [[d.out]], [[d.held]])[0]));
      }),
      { numRuns: 1_000 },
    );
  });
});
