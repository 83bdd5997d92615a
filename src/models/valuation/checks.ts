/**
 * The valuation checks (docs/models.md, "Checks that can fail"). A separate block
 * recomputes the WACC, the unlevered free cash flow, the discount factors (by
 * chained division by 1 + WACC, against the power formula of the rows) and the
 * enterprise value from them, so a calculated cell typed over with a number is
 * caught; the bridge, the dilution identity P x DilutedShares(P) = EquityValue +
 * converted principal and the grid's centre are recomputed too. WACC <= growth
 * fails; one count per family of input rules; a count of formula cells in error;
 * the master check is 0 only when every check is.
 */
import { CHECK, USD_M } from "../formats";
import { countBelow0, countNonNumbers, countNonNumbersBesideNm, countOutside01, roundCheck } from "../checkFormulas";
import { checkScalar } from "../checkItems";
import type { Format, TemplateItem, TemplateSection } from "../../plan/template";
import { positive } from "./calculations";
import { GRID_RECHECK_ROWS, gridCheckTable } from "./gridCheck";
import { EQUITY_ROWS, GRID_COLS, GRID_STEPS, VALUE_ROWS } from "./sensitivity";

const FACTOR: Format = { code: "0.0000", unit: "factor" };
/** 0 when `key` is a number, else 1 when `cond` holds (a figure n.m. that should have a value). */
const orMissing = (key: string, value: string, cond: string): string => `IF(ISNUMBER({${key}}),${value},--(${cond}))`;

/** Rows the error count covers as groups of number cells (every cell a number formula). */
const NUMERIC_GROUPS = ["Years", "Flows", "Recomputed"];
/** Table rows whose cells are numbers or n.m. (never an error). */
const NM_ROWS = [...EQUITY_ROWS, ...VALUE_ROWS, "RegimeNone", "RegimeOptions", "RegimeConverts", "RegimeBoth"];
/** Scalar calculations and outputs whose errors the count includes ("n.m." is text, not an error). */
const SCALARS = [
  "ScenarioRow", "TerminalGrowth", "Beta", "EquityRiskPremium", "CostOfEquity", "AfterTaxCostOfDebt", "EquityMarketValue", "DebtWeight", "WACC",
  "PvOperatingFlows", "PvCapex", "PvExplicitFlows", "TerminalValue", "PvTerminalValue", "EnterpriseValue", "NetDebt", "EquityValue", "ValuePerShare",
  "DilutedShares", "UpsideToDealPrice", "UpsideToSharePrice", "ImpliedExitMultiple", "TerminalValueShare", "MarketEnterpriseValue", "ValueGapToMarket", "MarketImpliedCapexShare",
  "SharesBeforeDilution", "ConvertShares", "OptionThreshold", "ConvertThreshold", "SensWacc.M2", "SensWacc.M1", "SensWacc.C0", "SensWacc.P1", "SensWacc.P2",
  "SensGrowth.M2", "SensGrowth.M1", "SensGrowth.C0", "SensGrowth.P1", "SensGrowth.P2", "NopatRecomputed", "EvRecomputed",
];

/** Checks that recompute a block by another path. */
export const RECOMPUTE_CHECKS = [
  "DriverCheck", "WaccCheck", "EvCheck", "BridgeCheck", "OutputCheck", "ShareBaseCheck", "DilutionCheck", "RegimeCheck", "SensitivityCheck", "GridCheck",
] as const;
/** Checks that count inputs outside their domain, and the WACC <= growth rule. */
export const DOMAIN_CHECKS = [
  "WaccAboveGrowthCheck", "ScenarioCheck", "MidYearCheck", "NumberInputCheck", "RateCheck", "TerminalInputCheck", "NonNegativeCheck", "ConventionCheck",
] as const;

/** Scalar inputs that must hold a number (Scenario is text, MidYear a boolean: each has its own check). */
const NUMBER_INPUTS = [
  "FirstYear", "TaxRate", "DebtAtValuation", "CashAtValuation", "BasicShares", "SharePrice", "DealPrice", "Options", "OptionStrike", "Rsus", "ConvertPrincipal",
  "ConversionPrice", "RiskFreeRate", "PreTaxCostOfDebt", "Ronic", "WaccStep", "GrowthStep", "UnitValue", "HalfYear", "CheckDecimals", "FactorDecimals",
];
/** Input ranges that must hold numbers only. */
const NUMBER_INPUT_RANGES = ["EBITDA", "Depreciation", "Capex", "Scen.TerminalGrowth", "Scen.Beta", "Scen.EquityRiskPremium"];

const recomputed = (key: string, label: string, formula: string, first?: string): TemplateItem =>
  ({ type: "timeline", key, label, format: key === "CheckFactor" ? FACTOR : USD_M, formula, ...(first ? { first } : {}), name: true, group: "Recomputed" }) as TemplateItem;

/** The recomputation block: UFCF from the inputs, factors chained, the EV from them. */
export const recomputeSection: TemplateSection = {
  role: "calculations",
  title: "Checks: the enterprise value recomputed by another path",
  items: [
    recomputed("UfcfRecomputed", "UFCF from the inputs", "{EBITDA}-({EBITDA}>{Depreciation})*({EBITDA}-{Depreciation})*{TaxRate}-{Capex}"),
    recomputed(
      "CheckFactor",
      "Discount factor chained: previous / (1 + WACC)",
      "{CheckFactor@prev}/({UnitValue}+{WACC})",
      "({UnitValue}+{WACC})^({MidYear}*{HalfYear})/({UnitValue}+{WACC})",
    ),
    {
      type: "scalar", key: "NopatRecomputed", label: "Last-year NOPAT from the inputs", format: USD_M, name: true,
      formula: "({EBITDA@last}-{Depreciation@last})*({UnitValue}-({EBITDA@last}>{Depreciation@last})*{TaxRate})",
    },
    {
      type: "scalar", key: "EvRecomputed", label: "Enterprise value from the rows above", format: USD_M, name: true,
      formula:
        'IF({WACC}>{TerminalGrowth},SUMPRODUCT({UfcfRecomputed@all},{CheckFactor@all})+({NopatRecomputed}*({UnitValue}+{TerminalGrowth})/({WACC}-{TerminalGrowth})' +
        '-{NopatRecomputed}*({UnitValue}+{TerminalGrowth})/({WACC}-{TerminalGrowth})*{TerminalGrowth}/{Ronic})*{CheckFactor@last},"n.m.")',
    },
    gridCheckTable,
  ],
};

/** |axis cell - (centre + k steps)| for every WACC and growth axis cell, k written as repeated steps (no constants). */
const axisTerms = GRID_STEPS.flatMap((k, j) =>
  [["SensWacc", "WACC", "WaccStep"], ["SensGrowth", "TerminalGrowth", "GrowthStep"]].map(
    ([row, centre, step]) => `ABS({${row}.${GRID_COLS[j]}}-{${centre}}${`${k < 0 ? "+" : "-"}{${step}}`.repeat(Math.abs(k))})`,
  ),
).join("+");

const notAbove0 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<=0")`).join("+");
const notWhole = (k: string): string => `(INT({${k}})<>{${k}})`;

/** The checks section; its last scalar is the master check. */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent)",
  items: [
    { type: "heading", label: "Recomputed by another path (a typed-over cell shows)" },
    {
      type: "timeline", key: "FactorCheck", label: "Discount factor: the row - the chained factor", format: CHECK, name: true, group: "CheckRows",
      formula: roundCheck("{DiscountFactor}-{CheckFactor}", "FactorDecimals"),
    },
    {
      // every year, not only the last (which the terminal value reads): a typed-over NOPAT or EBIT shows
      type: "timeline", key: "NopatCheck", label: "NOPAT: the row - (EBITDA - depreciation) x (1 - tax if EBIT > 0)", format: CHECK, name: true, group: "CheckRows",
      formula: roundCheck("{NOPAT}-({EBITDA}-{Depreciation})*({UnitValue}-({EBITDA}>{Depreciation})*{TaxRate})"),
    },
    checkScalar(
      "DriverCheck",
      "Active growth, beta and ERP - the scenario's row found by label",
      roundCheck(["TerminalGrowth", "Beta", "EquityRiskPremium"].map((c) => `ABS({${c}}-SUMIF({Scen.label@all},{Scenario},{Scen.${c}@all}))`).join("+"), "FactorDecimals"),
    ),
    checkScalar(
      "WaccCheck",
      "WACC: x (E + D) - recomputed cost of capital, $",
      roundCheck(
        "{WACC}*({EquityMarketValue}+{DebtAtValuation})-({SharePrice}*{BasicShares}*({RiskFreeRate}+INDEX({Scen.Beta@all},{ScenarioRow})*INDEX({Scen.EquityRiskPremium@all},{ScenarioRow}))" +
          "+{DebtAtValuation}*{PreTaxCostOfDebt}-{DebtAtValuation}*{PreTaxCostOfDebt}*{TaxRate})",
      ),
    ),
    checkScalar("EvCheck", "Enterprise value - the recomputed enterprise value", orMissing("EnterpriseValue", roundCheck("{EnterpriseValue}-{EvRecomputed}"), "{WACC}>{TerminalGrowth}")),
    checkScalar("BridgeCheck", "Equity value - (enterprise value - debt + cash)", orMissing("EquityValue", roundCheck("{EquityValue}-({EnterpriseValue}-{DebtAtValuation}+{CashAtValuation})"), "ISNUMBER({EnterpriseValue})")),
    checkScalar(
      "OutputCheck",
      "Upsides, exit multiple, TV share, PVs, market EV, debt weight recomputed, $",
      [
        orMissing("UpsideToDealPrice", roundCheck("ABS(({UpsideToDealPrice}+{UnitValue})*{DealPrice}-{ValuePerShare})*{BasicShares}"), "ISNUMBER({ValuePerShare})"),
        orMissing("UpsideToSharePrice", roundCheck("ABS(({UpsideToSharePrice}+{UnitValue})*{SharePrice}-{ValuePerShare})*{BasicShares}"), "ISNUMBER({ValuePerShare})"),
        orMissing("ImpliedExitMultiple", roundCheck("ABS({ImpliedExitMultiple}*{EBITDA@last}-{TerminalValue})"), `ISNUMBER({TerminalValue})*${positive("EBITDA@last")}`),
        orMissing("TerminalValueShare", roundCheck("ABS({TerminalValueShare}*{EnterpriseValue}-{PvTerminalValue})"), positive("EnterpriseValue")),
        roundCheck("ABS({PvOperatingFlows}-SUMPRODUCT({UfcfRecomputed@all}+{Capex@all},{CheckFactor@all}))+ABS({PvCapex}-SUMPRODUCT({Capex@all},{CheckFactor@all}))"),
        roundCheck("ABS({MarketEnterpriseValue}-{SharePrice}*{BasicShares}-{DebtAtValuation}+{CashAtValuation})+ABS({DebtWeight}*({DebtAtValuation}+{SharePrice}*{BasicShares})-{DebtAtValuation})"),
        orMissing("ValueGapToMarket", roundCheck("ABS({ValueGapToMarket}-{EnterpriseValue}+{MarketEnterpriseValue})"), "ISNUMBER({EnterpriseValue})"),
        orMissing(
          "MarketImpliedCapexShare",
          roundCheck("ABS({MarketImpliedCapexShare}*{PvCapex}-{PvOperatingFlows}-{PvTerminalValue}+{MarketEnterpriseValue})"),
          `IF(ISNUMBER({PvTerminalValue}),${positive("PvCapex")}*({PvOperatingFlows}+{PvTerminalValue}>{MarketEnterpriseValue}))`,
        ),
      ].join("+"),
    ),
    checkScalar(
      "ShareBaseCheck",
      "Basic + RSUs, convert shares and regime thresholds from the inputs",
      roundCheck(
        "ABS({SharesBeforeDilution}-{BasicShares}-{Rsus})+ABS({ConvertShares}*{ConversionPrice}-{ConvertPrincipal})" +
          "+ABS({OptionThreshold}-({BasicShares}+{Rsus})*{OptionStrike}-({OptionStrike}>{ConversionPrice})*({OptionStrike}-{ConversionPrice})*{ConvertPrincipal}/{ConversionPrice})" +
          "+ABS({ConvertThreshold}-({BasicShares}+{Rsus})*{ConversionPrice}-({ConversionPrice}>{OptionStrike})*({ConversionPrice}-{OptionStrike})*{Options})",
      ),
    ),
    checkScalar(
      "DilutionCheck",
      "Diluted shares - (equity + converted) / value",
      orMissing("ValuePerShare", roundCheck("{DilutedShares}-({EquityValue}+({ValuePerShare}>{ConversionPrice})*{ConvertPrincipal})/{ValuePerShare}"), positive("EquityValue")),
    ),
    checkScalar("RegimeCheck", "Self-consistent regimes - 1", orMissing("ValuePerShare", "SUM({Regimes.Consistent@all})-{UnitValue}", positive("EquityValue"))),
    checkScalar(
      "SensitivityCheck",
      "Grid centre - value per share; axes - centre +/- steps",
      `IF(ISNUMBER({ValuePerShare}),${roundCheck(`{${VALUE_ROWS[2]}.C0}-{ValuePerShare}`)},--ISNUMBER({${VALUE_ROWS[2]}.C0}))+${roundCheck(axisTerms, "FactorDecimals")}`,
    ),
    checkScalar("GridCheck", "Grid cells - the same cells by another path (sum of residuals)", GRID_RECHECK_ROWS.map((r) => `SUMIF({${r}@all},">0")-SUMIF({${r}@all},"<0")`).join("+")),
    { type: "heading", label: "Rules and inputs outside their domain (count)" },
    checkScalar("WaccAboveGrowthCheck", "WACC not above terminal growth (no terminal value)", "--({WACC}<={TerminalGrowth})"),
    checkScalar("ScenarioCheck", "Scenario not in the table", "--NOT(COUNTIF({Scen.label@all},{Scenario}))"),
    checkScalar("MidYearCheck", "Mid-year discounting not TRUE or FALSE", "--({MidYear}*{MidYear}<>{MidYear}*{UnitValue})"),
    checkScalar(
      "NumberInputCheck",
      "Number inputs holding text (some engines read '21 %' as a number)",
      [...NUMBER_INPUT_RANGES.map(countNonNumbers), ...NUMBER_INPUTS.map((k) => `NOT(ISNUMBER({${k}}))`)].join("+"),
    ),
    checkScalar("RateCheck", "Rates, tax rate, ERP and steps outside 0-100 %", countOutside01("RiskFreeRate", "PreTaxCostOfDebt", "TaxRate", "Scen.EquityRiskPremium@all", "WaccStep", "GrowthStep")),
    checkScalar("TerminalInputCheck", "Terminal growth outside -50 % to 50 %, RONIC not above 0", 'COUNTIF({Scen.TerminalGrowth@all},"<-0.5")+COUNTIF({Scen.TerminalGrowth@all},">0.5")+' + notAbove0("Ronic")),
    checkScalar(
      "NonNegativeCheck",
      "Shares, money or beta < 0; shares or prices <= 0",
      countBelow0("Depreciation@all", "Capex@all", "DebtAtValuation", "CashAtValuation", "Options", "OptionStrike", "Rsus", "ConvertPrincipal", "Scen.Beta@all") +
        "+" + notAbove0("BasicShares", "SharePrice", "DealPrice", "ConversionPrice"),
    ),
    checkScalar(
      "ConventionCheck",
      "First year, unit value, mid-year shift, roundings",
      `${notWhole("FirstYear")}+COUNTIF({FirstYear},"<1900")+COUNTIF({FirstYear},">9999")+COUNTIF({UnitValue},"<>1")+COUNTIF({HalfYear},"<>0.5")` +
        `+${notWhole("CheckDecimals")}+COUNTIF({CheckDecimals},"<0")+${notWhole("FactorDecimals")}+COUNTIF({FactorDecimals},"<0")`,
    ),
    checkScalar(
      "ErrorCount",
      "Formula cells in error",
      [
        ...[...NUMERIC_GROUPS, "FactorCheck", "NopatCheck", ...GRID_RECHECK_ROWS].map(countNonNumbers),
        ...NM_ROWS.map(countNonNumbersBesideNm),
        ...SCALARS.map((k) => `ISERROR({${k}})`),
        ...[...RECOMPUTE_CHECKS, ...DOMAIN_CHECKS].map((k) => `ISERROR({${k}})`),
      ].join("+"),
    ),
    {
      ...checkScalar(
        "MasterCheck",
        "Master check",
        `IF({ErrorCount},{ErrorCount},SUMIF({CheckRows@all},">0")-SUMIF({CheckRows@all},"<0")+${[...RECOMPUTE_CHECKS, ...DOMAIN_CHECKS].map((k) => `ABS({${k}})`).join("+")})`,
      ),
      bold: true,
    },
  ],
};
