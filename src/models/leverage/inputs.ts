/**
 * The leverage model's inputs: the operating rows (plain inputs holding the
 * capacity model's default outputs; linked to capacity in the suite), equity, the
 * debt and cash at Dec 31 2025, financing assumptions, covenants and conventions.
 */
import { capacity } from "../capacity";
import { referenceRowsAtDefaults } from "../defaults";
import { DIGITS, MULTIPLE, PERCENT, PERCENT2, USD_M, YEAR, YEARS } from "../formats";
import type { TemplateItem, TemplateSection } from "../../plan/template";
import { facilityTable } from "./facilities";

const FACTS = "docs/sources.md";

/** The operating rows leverage takes from capacity, by their (shared) names. */
export const OPERATING_ROWS = ["Revenue", "EBITDA", "Capex", "MaintenanceCapex", "Depreciation"] as const;

/**
 * capacity's default outputs of the operating rows, computed once at module load
 * from its reference (src/core), so the defaults follow the capacity model.
 */
const CAPACITY = referenceRowsAtDefaults(capacity, OPERATING_ROWS);

const fromCapacity = (key: (typeof OPERATING_ROWS)[number], label: string, nonNegative: boolean): TemplateItem => ({
  type: "timeline",
  key,
  label,
  format: USD_M,
  values: CAPACITY[key],
  name: true,
  ...(nonNegative ? { bounds: { type: "decimal", min: 0 } as const } : {}),
  note: `capacity's default: ${FACTS} §Estimates`,
});

/** Operating rows, equity and the timeline. */
export const operatingInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: timeline, operations (from the capacity model) and equity",
  items: [
    { type: "scalar", key: "FirstYear", label: "First year modelled", format: YEAR, value: 2026, name: true, bounds: { type: "whole", min: 1900, max: 9999 }, note: `balances are at Dec 31 2025, the close of FY2025 (${FACTS} §Debt)` },
    { type: "scalar", key: "PeriodLength", label: "Years per timeline column", format: YEARS, value: 1, bounds: { type: "whole", min: 1, max: 1 }, note: "Modelling choice: a yearly timeline (rates and covenants are per year)" },
    fromCapacity("Revenue", "Revenue", true),
    fromCapacity("EBITDA", "Adjusted EBITDA", false),
    fromCapacity("Capex", "Capex (growth and replacement)", true),
    fromCapacity("MaintenanceCapex", "Maintenance capex (CFADS only, not a cash flow)", true),
    fromCapacity("Depreciation", "Depreciation (cash taxes only)", true),
    {
      type: "timeline",
      key: "EquityRaised",
      label: "Equity raised",
      format: USD_M,
      values: [2e9, 0],
      name: true,
      bounds: { type: "decimal", min: 0 },
      note: `Nvidia, FY2026: ${FACTS} §The deal`,
    },
  ],
};

/** Debt and cash at Dec 31 2025 and the financing assumptions. */
export const debtInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: debt and cash at Dec 31 2025, new debt and taxes",
  items: [
    {
      type: "scalar",
      key: "TotalDebtReported",
      label: "Total debt reported, Dec 31 2025 (excludes leases)",
      format: USD_M,
      value: 21.4e9,
      name: true,
      bounds: { type: "decimal", min: 0 },
      note: `about $21.4 B; the "$18.81 B" of Sep 2025 is debt $14.03 B + leases $4.77 B: ${FACTS} §Debt`,
    },
    facilityTable,
    { type: "scalar", key: "OperatingLeases", label: "Memo: operating lease liabilities (not debt)", format: USD_M, value: 4_724.341e6, name: true, bounds: { type: "decimal", min: 0 }, note: `$4,724.3 M, Sep 30 2025; EBITDA is after rent: ${FACTS} §Balance sheet` },
    { type: "scalar", key: "FinanceLeases", label: "Memo: finance lease liabilities (not modelled)", format: USD_M, value: 49.002e6, name: true, bounds: { type: "decimal", min: 0 }, note: `$49.0 M, Sep 30 2025, immaterial: ${FACTS} §Balance sheet` },
    {
      type: "scalar",
      key: "OpeningCash",
      label: "Cash incl. restricted cash and securities, Dec 31 2025",
      format: USD_M,
      value: 4.2e9,
      name: true,
      bounds: { type: "decimal", min: 0 },
      note: `$4.2 B incl. restricted cash, which MinCash holds back: ${FACTS} §Balance sheet`,
    },
    { type: "scalar", key: "MinCash", label: "Minimum cash (new debt tops cash up to it)", format: USD_M, value: 2e9, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `restricted cash about $1.07 B + two quarters of interest: ${FACTS} §Estimates` },
    { type: "scalar", key: "NewDebtRate", label: "Interest rate on new debt", format: PERCENT2, value: 0.09, name: true, estimate: true, bounds: { type: "decimal", min: 0, max: 1 }, note: `the 9.000 % and 9.250 % senior notes coupons: ${FACTS} §Estimates` },
    { type: "scalar", key: "DrawTiming", label: "Share of a year's interest a year's new draws accrue", format: PERCENT, value: 0.5, name: true, bounds: { type: "decimal", min: 0, max: 1 }, note: "Modelling choice: draws spread evenly over the year accrue half a year of interest" },
    { type: "scalar", key: "TaxRate", label: "Cash tax rate", format: PERCENT, value: 0.21, name: true, bounds: { type: "decimal", min: 0, max: 1 }, note: `US federal rate; no state taxes, no loss carryforwards: ${FACTS} §Cash flow items` },
  ],
};

/** Covenant levels and conventions. */
export const covenantInputs: TemplateSection = {
  role: "inputs",
  title: "Inputs: covenants and conventions",
  items: [
    { type: "scalar", key: "MinCoverage", label: "Covenant: minimum interest coverage", format: MULTIPLE, value: 1.5, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `illustrative, no covenant terms are disclosed: ${FACTS} §Estimates` },
    { type: "scalar", key: "MaxLeverage", label: "Covenant: maximum net leverage", format: MULTIPLE, value: 6, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `illustrative, no covenant terms are disclosed: ${FACTS} §Estimates` },
    { type: "scalar", key: "DscrCovenant", label: "Covenant: minimum DSCR", format: MULTIPLE, value: 1, name: true, estimate: true, bounds: { type: "decimal", min: 0 }, note: `illustrative, cash flow just covers debt service: ${FACTS} §Estimates` },
    { type: "scalar", key: "FullYear", label: "Interest accrued by debt outstanding all year", format: PERCENT, value: 1, bounds: { type: "decimal", min: 1, max: 1 }, note: "Modelling choice: a full year accrues a full year's interest" },
    { type: "scalar", key: "CheckDecimals", label: "Check rounding", format: DIGITS, value: 2, bounds: { type: "whole", min: 0, max: 6 }, note: "Modelling choice: checks round differences to cents, so floating-point noise reads 0" },
  ],
};
