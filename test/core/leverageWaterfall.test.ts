import { describe, expect, it } from "vitest";
import { D, InputError, isNm, leverageWaterfall, type Dec, type LeverageInput, type Ratio } from "../../src/core";
import { closeTo, q } from "./rational";

const d = (x: number) => new D(x);
const ds = (...xs: number[]) => xs.map(d);
/** Exact fraction "a/b" or integer text to the rational helper. */
const frac = (text: string) => {
  const [a, b = "1"] = text.split("/");
  const qa = q(a!), qb = q(b);
  return { n: qa.n * qb.d, d: qa.d * qb.n };
};
const agrees = (got: Dec | Ratio, text: string) => !isNm(got) && closeTo(got.toString(), frac(text), 36);

/**
 * Three years worked by hand in fractions. Facility A: 100 at 10 %, straight to 2027
 * (repays 50, 50; interest 10, 5). Facility B: 50 at 8 %, bullet 2028 (interest 4 a year,
 * repays 50 in 2028). MinCash 10, new debt at 10 % drawn mid-year (keep = 1 - 0.1 x 0.5 = 0.95),
 * tax 25 %, opening cash 30, equity 20 in 2026.
 */
const BASE: LeverageInput = {
  firstYear: 2026,
  ebitda: ds(60, 80, 100),
  capex: ds(100, 40, 30),
  maintenanceCapex: ds(10, 10, 10),
  depreciation: ds(20, 20, 20),
  equityRaised: ds(20, 0, 0),
  openingCash: d(30),
  facilities: [
    { name: "A", balance: d(100), rate: d(0.1), maturity: 2027, repayment: "straight" },
    { name: "B", balance: d(50), rate: d(0.08), maturity: 2028, repayment: "bullet" },
  ],
  minCash: d(10),
  newDebtRate: d(0.1),
  drawTiming: d(0.5),
  taxRate: d(0.25),
  covenants: { minCoverage: d(3.5), maxLeverage: d(2.5), dscrCovenant: d(1) },
};

describe("leverageWaterfall, three years by hand", () => {
  const r = leverageWaterfall(BASE);
  // 2026: interest on opening 10 + 4 = 14; taxes (60 - 20 - 14) x 0.25 = 6.5; repaid 50;
  //   before draws 30 + 60 - 6.5 - 100 - 14 - 50 + 20 = -60.5; draws (10 + 60.5) / 0.95 = 1410/19;
  //   interest 14 + 1410/19 x 0.05 = 673/38; debt 150 -> 150 + 1410/19 - 50 = 3310/19; CFADS 60 - 6.5 - 10 = 87/2
  // 2027: new debt opening 1410/19; interest on opening 5 + 4 + 141/19 = 312/19; taxes (60 - 312/19) / 4 = 207/19;
  //   before 10 + 80 - 207/19 - 40 - 312/19 - 50 = -519/19; draws (10 + 519/19) / 0.95 = 14180/361;
  //   interest 312/19 + 709/361 = 6637/361; debt 3310/19 + 14180/361 - 50 = 59020/361; CFADS 70 - 207/19 = 1123/19
  // 2028: new debt opening 1410/19 + 14180/361 = 40970/361; interest on opening 4 + 4097/361 = 5541/361;
  //   taxes (80 - 5541/361) / 4 = 23339/1444; before 10 + 100 - 23339/1444 - 30 - 5541/361 - 50 = -2183/1444;
  //   draws (10 + 2183/1444) / 0.95 = 83115/6859; interest 5541/361 + 83115/6859 x 0.05 = 437739/27436;
  //   debt 59020/361 + 83115/6859 - 50 = 861545/6859 (A and B gone); CFADS 90 - 23339/1444 = 106621/1444
  it.each([
    ["newDebtOpening", ["0", "1410/19", "40970/361"]],
    ["interestOnOpening", ["14", "312/19", "5541/361"]],
    ["cashTaxes", ["13/2", "207/19", "23339/1444"]],
    ["principalRepaid", ["50", "50", "50"]],
    ["cashBeforeDraws", ["-121/2", "-519/19", "-2183/1444"]],
    ["newDebtDraws", ["1410/19", "14180/361", "83115/6859"]],
    ["interestExpense", ["673/38", "6637/361", "437739/27436"]],
    ["cash", ["10", "10", "10"]],
    ["debtOpening", ["150", "3310/19", "59020/361"]],
    ["debtClosing", ["3310/19", "59020/361", "861545/6859"]],
    ["cfads", ["87/2", "1123/19", "106621/1444"]],
    // ratios: 60 / (673/38); (87/2) / (673/38 + 50); (3310/19 - 10) / 60, and so on
    ["interestCoverage", ["2280/673", "28880/6637", "2743600/437739"]],
    ["dscr", ["1653/2573", "21337/24687", "2025799/1809539"]],
    ["netLeverage", ["52/19", "5541/2888", "158591/137180"]],
  ] as const)("%s = %j", (key, expected) => {
    const row = r[key] as (Dec | Ratio)[];
    expect(row.map((x, i) => agrees(x, expected[i]!))).toEqual([true, true, true]);
  });
  it("facility rows: A straight 100 -> 50 -> 0, B bullet", () => {
    expect(r.facilities.map((f) => [f.opening, f.repaid, f.interest].map((row) => row.map((x) => x.toNumber())))).toEqual([
      [[100, 50, 0], [50, 50, 0], [10, 5, 0]],
      [[50, 50, 50], [0, 0, 50], [4, 4, 4]],
    ]);
  });
  it("covenants: coverage 3.39 < 3.5 in 2026; DSCR 0.64 and 0.86 < 1 in 2026-27; leverage 2.74 > 2.5 in 2026: 4 breaches", () => {
    expect([r.coverageBreach, r.dscrBreach, r.leverageBreach]).toEqual([
      [true, false, false],
      [true, true, false],
      [true, false, false],
    ]);
    expect(r.covenantBreaches).toBe(4);
    expect(agrees(r.minInterestCoverage, "2280/673") && agrees(r.minDscr, "1653/2573") && agrees(r.maxNetLeverage, "52/19")).toBe(true);
    expect(agrees(r.peakDebt, "3310/19")).toBe(true);
    expect(agrees(r.totalNewDebt, "861545/6859")).toBe(true); // 1410/19 + 14180/361 + 83115/6859
  });
});

describe("leverageWaterfall, edge cases", () => {
  const noDebt: LeverageInput = { ...BASE, facilities: [], capex: ds(0, 0, 0), equityRaised: ds(0, 0, 0) };
  it("no debt and ample cash: no draws, coverage and DSCR n.m. (and no breach), net leverage negative", () => {
    const r = leverageWaterfall(noDebt);
    // cash 30 + 60 - (60 - 20) x 0.25 = 80; then 80 + 80 - 15 = 145; 145 + 100 - 20 = 225
    expect(r.cash.map((x) => x.toNumber())).toEqual([80, 145, 225]);
    expect(r.newDebtDraws.every((x) => x.isZero())).toBe(true);
    expect([...r.interestCoverage, ...r.dscr, r.minInterestCoverage, r.minDscr]).toEqual(Array(8).fill("n.m."));
    expect(r.netLeverage.map((x) => (isNm(x) ? x : x.toNumber()))).toEqual([-80 / 60, -145 / 80, -2.25]);
    expect(r.covenantBreaches).toBe(0);
  });
  it("EBITDA <= 0: net leverage n.m., a breach only when net debt is positive", () => {
    // 2026: debt 150 (A + B), EBITDA 0, cash floored at 10: net debt > 0 -> breach.
    // no debt and EBITDA -5 from 30 of cash: net cash -> n.m. without breach.
    const withDebt = leverageWaterfall({ ...BASE, ebitda: ds(0, 80, 100) });
    expect(withDebt.netLeverage[0]).toBe("n.m.");
    expect(withDebt.leverageBreach[0]).toBe(true);
    const netCash = leverageWaterfall({ ...noDebt, ebitda: ds(-5, -5, -5) });
    expect(netCash.netLeverage).toEqual(["n.m.", "n.m.", "n.m."]);
    expect(netCash.leverageBreach).toEqual([false, false, false]);
    expect(netCash.maxNetLeverage).toBe("n.m.");
  });
  it("a ratio equal to its covenant is no breach", () => {
    // one year, facility 100 at 10 % bullet 2026: interest 10, EBITDA 35 -> coverage 3.5 exactly
    const r = leverageWaterfall({ ...BASE, ebitda: ds(35), capex: ds(0), maintenanceCapex: ds(0), depreciation: ds(0), equityRaised: ds(100),
      facilities: [{ name: "A", balance: d(100), rate: d(0.1), maturity: 2026, repayment: "bullet" }] });
    expect(r.interestCoverage[0]!.toString()).toBe("3.5");
    expect(r.coverageBreach[0]).toBe(false);
  });
  it("a facility maturing in the first year repays in full that year", () => {
    const r = leverageWaterfall({ ...BASE, facilities: [{ name: "A", balance: d(100), rate: d(0.1), maturity: 2026, repayment: "annuity" }] });
    expect(r.facilities[0]!.repaid.map((x) => x.toNumber())).toEqual([100, 0, 0]);
  });
  it.each([
    [{ taxRate: d(1.2) }, "TaxRate must be from 0 to 1"],
    [{ drawTiming: d(-0.1) }, "DrawTiming must be from 0 to 1"],
    [{ newDebtRate: d(1), drawTiming: d(1) }, "NewDebtRate x DrawTiming must be less than 1"],
    [{ minCash: d(-1) }, "MinCash must be 0 or more"],
    [{ openingCash: d(-1) }, "OpeningCash must be 0 or more"],
    [{ capex: ds(1, -1, 1) }, "Capex must be 0 or more"],
    [{ equityRaised: ds(1, -1, 1) }, "EquityRaised must be 0 or more"],
    [{ facilities: [{ name: "A", balance: d(1), rate: d(1.5), maturity: 2027, repayment: "bullet" }] }, "A.Rate must be from 0 to 1"],
    [{ facilities: [{ name: "A", balance: d(-1), rate: d(0.1), maturity: 2027, repayment: "bullet" }] }, "A.Balance must be 0 or more"],
    [{ facilities: [{ name: "A", balance: d(1), rate: d(0.1), maturity: 2025, repayment: "bullet" }] }, "A.Maturity must be a whole year from 2026 (FirstYear) to 2125"],
    [{ facilities: [{ name: "A", balance: d(1), rate: d(0.1), maturity: 2027.5, repayment: "bullet" }] }, "A.Maturity must be a whole year from 2026 (FirstYear) to 2125"],
    [{ covenants: { ...BASE.covenants, dscrCovenant: d(-1) } }, "DscrCovenant must be 0 or more"],
  ] as [Partial<LeverageInput>, string][])("%j: %s", (patch, msg) => {
    expect(() => leverageWaterfall({ ...BASE, ...patch })).toThrowError(new InputError("value", msg));
  });
  it("rows of different lengths are a programmer error, not an input error", () => {
    expect(() => leverageWaterfall({ ...BASE, capex: ds(1, 2) })).toThrowError("leverageWaterfall: Capex has 2 years, EBITDA 3");
  });
});
