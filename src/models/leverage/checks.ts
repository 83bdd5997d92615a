/**
 * The leverage checks (docs/models.md, "Checks that can fail"): each roll-forward
 * recomputed from its flows in the sources-and-uses block, so a calculated cell
 * overwritten with a number is caught; one count per family of bounded inputs;
 * no negative plug; a count of error cells; the master check is 0 only when all hold.
 */
import { CHECK, COUNT } from "../formats";
import type { TemplateItem, TemplateSection } from "../../plan/template";
import { FACILITY_KEYS, OTHER_DEBT } from "./facilities";

const round = (x: string): string => `ROUND(${x},{CheckDecimals})`;
const checkRow = (key: string, label: string, formula: string, first?: string): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: CHECK,
  formula: round(formula),
  ...(first !== undefined ? { first: round(first) } : {}),
  name: true,
  group: "CheckRows",
});
const count = (key: string, label: string, formula: string): TemplateItem => ({ type: "scalar", key, label, format: COUNT, formula, name: true });

const below0 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")`).join("+");
const outside01 = (...keys: string[]): string => keys.map((k) => `COUNTIF({${k}},"<0")+COUNTIF({${k}},">1")`).join("+");
/** Cells of a group of numeric rows that are not numbers: errors (or text typed over a formula). */
const notNumbers = (group: string): string => `ROWS({${group}@all})*COLUMNS({${group}@all})-COUNT({${group}@all})`;
const NUMERIC_GROUPS = ["FacOpen", "FacRepay", "FacInterest", "Waterfall", "SourcesUses", "Flags", "CheckRows"];
const TYPES = "{Facilities.Repayment@all}";
const MATURITIES = "{Facilities.Maturity@all}";
/**
 * A year that is not a whole number (text counts too), cell by cell: Gnumeric gives
 * #VALUE! for INT over a range inside SUMPRODUCT, and INT of text would turn the
 * check itself into an error instead of counting it.
 */
const notWhole = (cell: string): string => `IF(ISNUMBER(${cell}),${cell}<>INT(${cell}),NOT(ISNUMBER(${cell})))`;
const maturitiesNotWhole = FACILITY_KEYS.map((f) => notWhole(`{${f}.Maturity}`)).join("+");

/** The checks section; its last scalar is the master check. */
export const checksSection: TemplateSection = {
  role: "checks",
  title: "Checks (each 0 when the model is consistent)",
  items: [
    checkRow("FacilityRollCheck", "Facilities: closing = balances - repaid to date", "SUM({FacOpen})-SUM({FacRepay})-(SUM({Facilities.Balance@all})-SUM({PrincipalRepaid@todate}))"),
    checkRow("DebtRollCheck", "Debt: closing = previous + change in debt", "{DebtClosing}-{DebtClosing@prev}-{DebtChange}", "{DebtClosing}-{TotalDebtReported}-{DebtChange}"),
    checkRow("DebtSplitCheck", "Debt: closing = facilities + new debt to date", "{DebtClosing}-(SUM({FacOpen})-SUM({FacRepay}))-{NewDebtOpening}-{NewDebtDraws}"),
    checkRow("CashRollCheck", "Cash: closing = previous + sources - uses", "{Cash}-{Cash@prev}-{CashChange}", "{Cash}-{OpeningCash}-{CashChange}"),
    checkRow("InterestCheck", "Interest = facilities + new debt x rate", "{InterestExpense}-SUM({FacInterest})-({NewDebtOpening}+{NewDebtDraws}*{DrawTiming})*{NewDebtRate}"),
    checkRow("PlugCheck", "New debt: cash = minimum when drawing, never below", "IF({NewDebtDraws},{Cash}-{MinCash},({Cash}<{MinCash})*({Cash}-{MinCash}))"),
    count(
      "NegativeInputCheck",
      "Inputs below 0 (amounts, balances, covenants)",
      [
        below0("Revenue@all", "Capex@all", "MaintenanceCapex@all", "Depreciation@all", "EquityRaised@all", "Facilities.Balance@all"),
        `-COUNTIF({${OTHER_DEBT}.Balance},"<0")+`,
        below0("TotalDebtReported", "OperatingLeases", "FinanceLeases", "OpeningCash", "MinCash", "MinCoverage", "MaxLeverage", "DscrCovenant"),
      ].join(""),
    ),
    count("FractionInputCheck", "Rates, draw timing and tax rate outside 0-100 %", outside01("Facilities.Rate@all", "NewDebtRate", "DrawTiming", "TaxRate")),
    count("MaturityCheck", "Maturities before the first year or not whole years", `COUNTIF(${MATURITIES},"<"&{FirstYear})+${maturitiesNotWhole}+${notWhole("{FirstYear}")}`),
    count("RepaymentTypeCheck", "Repayment types not bullet, straight or annuity", `ROWS(${TYPES})-COUNTIF(${TYPES},"bullet")-COUNTIF(${TYPES},"straight")-COUNTIF(${TYPES},"annuity")`),
    count("NegativePlugCheck", "Negative plugs: reconciling debt line, new debt drawn", `COUNTIF({${OTHER_DEBT}.Balance},"<0")+COUNTIF({NewDebtDraws@all},"<0")`),
    count(
      "ErrorCells",
      "Calculated cells in error",
      [...NUMERIC_GROUPS.map(notNumbers), `${notNumbers("Ratios")}-COUNTIF({Ratios@all},"n.m.")`, "COLUMNS({Years@all})-COUNT({Years@all})"].join("+"),
    ),
    {
      type: "scalar",
      key: "MasterCheck",
      label: "Master check",
      format: CHECK,
      formula: 'SUMIF({CheckRows@all},">0")-SUMIF({CheckRows@all},"<0")+{NegativeInputCheck}+{FractionInputCheck}+{MaturityCheck}+{RepaymentTypeCheck}+{NegativePlugCheck}+{ErrorCells}',
      name: true,
      bold: true,
    },
  ],
};
