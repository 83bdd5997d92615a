import { describe, expect, it } from "vitest";
import { D, discountToMarket, InputError, newShares, primaryIssue, votingStake } from "../../src/core";

const d = (x: number | string) => new D(x);

describe("newShares", () => {
  it("Nvidia–CoreWeave: $2,000,000,000 at $87.20", () => {
    // 2,000,000,000 / 87.20 = 20,000,000,000 / 872 = 2,500,000,000 / 109.
    // 109 x 22,935,779 = 2,499,999,911, remainder 89; 89/109 = 0.816513761467889908...
    // so 22,935,779.816513761467889908..., 20 significant digits: 22935779.816513761468.
    const n = newShares(d(2e9), d(87.2));
    expect(n.toSignificantDigits(20).toString()).toBe("22935779.816513761468");
    expect(n.toDecimalPlaces(0).toNumber()).toBe(22_935_780); // the reference file's rounded count
  });
  it.each([
    // [investment, price, expected, derivation]
    [0, 10, "0", "nothing invested buys nothing"],
    [100, 0.1, "1000", "100 / 0.1 exactly in decimal (a double division gives 999.9999999999999)"],
    [1, 3, "0.3333333333333333333333333333333333333333", "1/3 to D's 40 significant digits"],
  ])("newShares(%s, %s) = %s (%s)", (inv, price, expected) => {
    expect(newShares(d(inv), d(price)).toString()).toBe(expected);
  });
  it.each([
    [-1, 10, "investment must be 0 or more"],
    [1, 0, "price_per_share must be greater than 0"],
    [1, -5, "price_per_share must be greater than 0"],
    [Infinity, 1, "investment must be a finite number"],
  ])("newShares(%s, %s) throws %s", (inv, price, msg) => {
    expect(() => newShares(d(inv), d(price))).toThrowError(new InputError("value", msg));
  });
});

describe("primaryIssue", () => {
  it("Nvidia–CoreWeave with 24,280,000 held before and ~500,000,000 outstanding", () => {
    // Multiply everything by 109 to clear the denominator of new = 2.5e9/109:
    // post x 109 = 500e6 x 109 + 2.5e9 = 57,000,000,000
    // stakeAfter = (24.28e6 x 109 + 2.5e9) / 57e9 = 5,146,520,000 / 57e9 = 0.09028982456140350877...
    // dilution   = 2.5e9 / 57e9 = 5/114 = 0.04385964912280701754...
    // postMoney  = 57e9/109 x 87.2 = 57e9 x 0.8 = 45,600,000,000 (87.2/109 = 0.8)
    // stakeBefore = 24.28e6 / 500e6 = 0.04856
    const r = primaryIssue({ investment: d(2e9), price: d(87.2), outstanding: d(500e6), heldBefore: d(24.28e6) });
    expect(r.stakeBefore.toString()).toBe("0.04856");
    expect(r.stakeAfter.toSignificantDigits(20).toString()).toBe("0.090289824561403508772");
    expect(r.dilution.toSignificantDigits(20).toString()).toBe("0.043859649122807017544");
    expect(r.postMoney.toNumber()).toBe(45_600_000_000);
    expect(r.postShares.toSignificantDigits(20).toString()).toBe("522935779.81651376147");
    // post is new + outstanding rounded to 40 digits: equal to new at 30 digits
    expect(r.postShares.minus(500e6).toSignificantDigits(30).eq(r.newShares.toSignificantDigits(30))).toBe(true);
  });
  it("an investor holding everything keeps everything", () => {
    const r = primaryIssue({ investment: d(50), price: d(5), outstanding: d(90), heldBefore: d(90) });
    // new = 10, post = 100, stake = (90 + 10)/100 = 1, dilution = 10/100 = 0.1, post money = 100 x 5 = 500
    expect([r.newShares, r.postShares, r.stakeAfter, r.dilution, r.postMoney].map(String)).toEqual(["10", "100", "1", "0.1", "500"]);
  });
  it.each([
    [{ investment: 1, price: 1, outstanding: 0, heldBefore: 0 }, "shares_outstanding must be greater than 0"],
    [{ investment: 1, price: 1, outstanding: 10, heldBefore: -1 }, "shares_held_before must be 0 or more"],
    [{ investment: 1, price: 1, outstanding: 10, heldBefore: 11 }, "shares_held_before must not exceed shares_outstanding"],
  ])("rejects %o: %s", (a, msg) => {
    const args = { investment: d(a.investment), price: d(a.price), outstanding: d(a.outstanding), heldBefore: d(a.heldBefore) };
    expect(() => primaryIssue(args)).toThrowError(new InputError("value", msg));
  });
});

describe("votingStake and discountToMarket", () => {
  it("votes with 10-vote Class B shares", () => {
    // 10 Class A of 100 Class A + 10 Class B x 10 votes: 10 / (100 + 100) = 0.05
    expect(votingStake(d(10), d(100), d(10), d(10)).toString()).toBe("0.05");
  });
  it("no votes at all is a zero denominator", () => {
    expect(() => votingStake(d(0), d(0), d(0), d(10))).toThrowError(new InputError("div0", "total votes is 0"));
  });
  it("Nvidia paid 87.20 against a 92.98 close", () => {
    // 1 - 87.20/92.98 = 5.78/92.98 = 289/4649 = 0.062163906216390621639...
    expect(discountToMarket(d(87.2), d(92.98)).toSignificantDigits(15).toString()).toBe("0.0621639062163906");
    // a premium is a negative discount: 1 - 110/100 = -0.1
    expect(discountToMarket(d(110), d(100)).toString()).toBe("-0.1");
  });
});
