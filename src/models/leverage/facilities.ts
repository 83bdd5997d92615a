/**
 * The debt facilities at Dec 31 2025 (docs/sources.md §Debt and §Estimates, "Opening
 * debt, Dec 31 2025, by facility"), the facilities table of the sheet, and each
 * facility's rows: opening balance, scheduled repayment by type ending at maturity,
 * interest = opening x rate.
 */
import { PERCENT2, TEXT, USD_M, YEAR } from "../formats";
import type { TableItem, TemplateItem } from "../../plan/template";

/** Where every default is sourced; notes cite it by section. */
const FACTS = "docs/sources.md";

/** The repayment types a facility may have (the sheet's list and core's `Amortization`). */
export const REPAYMENT_TYPES = ["bullet", "straight", "annuity"] as const;

/** A facility as its defaults are written on the sheet. */
interface FacilityDefault {
  key: string;
  label: string;
  /** $ at Dec 31 2025 */
  balance: number;
  /** per year, fraction */
  rate: number;
  maturity: number;
  repayment: (typeof REPAYMENT_TYPES)[number];
  note: string;
}

/** The facilities disclosed by name; their balances sum to $15,517.1 M (§Estimates). */
export const FACILITIES: readonly FacilityDefault[] = [
  { key: "DDTL1", label: "DDTL 1.0", balance: 1_782.5e6, rate: 0.15, maturity: 2028, repayment: "straight", note: `$1,782.5 M (Jun 2025), Mar 2028, 15 %: ${FACTS} §Debt; straight assumed` },
  { key: "DDTL2", label: "DDTL 2.0", balance: 4_954.0e6, rate: 0.11, maturity: 2029, repayment: "straight", note: `$4,954.0 M (Jun 2025), May 2029, 11 %: ${FACTS} §Debt; straight assumed` },
  { key: "Notes2030", label: "9.250 % senior notes due 2030", balance: 2_000e6, rate: 0.0925, maturity: 2030, repayment: "bullet", note: `$2,000 M, 9.250 % coupon, Jun 2030: ${FACTS} §Debt` },
  { key: "Notes2031", label: "9.000 % senior notes due 2031", balance: 1_750e6, rate: 0.09, maturity: 2031, repayment: "bullet", note: `$1,750 M, 9.000 % coupon, Feb 2031: ${FACTS} §Debt` },
  { key: "Revolver", label: "Revolving credit facility", balance: 450e6, rate: 0.07, maturity: 2027, repayment: "bullet", note: `$450 M drawn (Jun 2025), Jun 2027, about 7 %: ${FACTS} §Debt` },
  { key: "OEM", label: "OEM vendor financing", balance: 1_728.4e6, rate: 0.095, maturity: 2028, repayment: "straight", note: `$1,728.4 M (Jun 2025), to May 2028, 9-10 %: ${FACTS} §Debt; 9.5 %, straight` },
  { key: "Magnetar", label: "Magnetar loan", balance: 264.7e6, rate: 0.12, maturity: 2029, repayment: "bullet", note: `$264.7 M (Sep 2025), Jan 2029, about 12 %: ${FACTS} §Debt` },
  { key: "Converts2031", label: "1.75 % convertible notes due 2031", balance: 2_587.5e6, rate: 0.0175, maturity: 2031, repayment: "bullet", note: `$2,250 M + $337.5 M option, Dec 2031: ${FACTS} §December 2025 convertible notes` },
];

/** The reconciling line: the rest of the reported total (DDTL 2.1 and DDTL 3.0 draws, net of H2 2025 repayments). */
export const OTHER_DEBT = "OtherDebt";
const OTHER_DEBT_LABEL = "Other debt (reconciling line: DDTL 2.1, DDTL 3.0)";

/** Every facility key of the sheet, the reconciling line last. */
export const FACILITY_KEYS: readonly string[] = [...FACILITIES.map((f) => f.key), OTHER_DEBT];
const LABELS = new Map<string, string>([...FACILITIES.map((f): [string, string] => [f.key, f.label]), [OTHER_DEBT, OTHER_DEBT_LABEL]]);
/** The label of a facility key. */
export const facilityLabel = (key: string): string => LABELS.get(key) ?? key;

/** The facilities table: one unit per column header, a list for the repayment type. */
export const facilityTable: TableItem = {
  type: "table",
  key: "Facilities",
  label: "Debt facilities at Dec 31 2025",
  unitsInHeader: true,
  columns: [
    { key: "Balance", header: "Balance", format: USD_M, bounds: { type: "decimal", min: 0 } },
    { key: "Rate", header: "Rate", format: PERCENT2, bounds: { type: "decimal", min: 0, max: 1 } },
    { key: "Maturity", header: "Maturity", format: YEAR, bounds: { type: "whole", min: 2026, max: 2125 } },
    { key: "Repayment", header: "Repayment", format: { ...TEXT, unit: "type", align: "Center" }, list: [...REPAYMENT_TYPES] },
  ],
  rows: [
    // estimates: the latest disclosed balance stands for Dec 31 2025 and the repayment type is inferred (sources §Estimates, "Opening debt")
    ...FACILITIES.map((f) => ({ key: f.key, label: f.label, cells: [f.balance, f.rate, f.maturity, f.repayment], note: `${f.note}; §Estimates`, estimate: true })),
    {
      key: OTHER_DEBT,
      label: OTHER_DEBT_LABEL,
      cells: [{ formula: `{TotalDebtReported}-(${FACILITIES.map((f) => `{${f.key}.Balance}`).join("+")})` }, 0.0825, 2030, "straight"],
      estimate: true,
      note: `total less the above, >= 0; SOFR + 4.00-4.25 % as 8.25 %: ${FACTS} §Estimates`,
    },
  ],
};

/**
 * Principal repaid by facility f in a year: in its maturity year whatever is left
 * (so every type ends at exactly 0); before it, nothing (bullet), balance / N
 * (straight) or the level payment's principal PPMT(rate, k, N, -balance) (annuity),
 * with N = maturity - BaseYear years and k = Years - BaseYear; after it, nothing.
 * An unknown type repays only at maturity, and the repayment-type check fires.
 */
function repaymentFormula(f: string): string {
  const n = `({${f}.Maturity}-{BaseYear})`;
  return (
    `IF({Years}<{${f}.Maturity},` +
    `IF({${f}.Repayment}="annuity",PPMT({${f}.Rate},{Years}-{BaseYear},${n},-{${f}.Balance}),({${f}.Repayment}="straight")*{${f}.Balance}/${n}),` +
    `({Years}={${f}.Maturity})*{Open_${f}})`
  );
}

const row = (key: string, f: string, group: string, formula: string, first?: string): TemplateItem => ({
  type: "timeline",
  key: `${key}_${f}`,
  label: facilityLabel(f),
  format: USD_M,
  group,
  name: true,
  formula,
  ...(first !== undefined ? { first } : {}),
});

/** The rows of every facility: openings, repayments, interest, each block under its heading. */
export const facilityRows: TemplateItem[] = [
  { type: "heading", label: "Opening balance by facility" },
  ...FACILITY_KEYS.map((f) => row("Open", f, "FacOpen", `{Open_${f}@prev}-{Repay_${f}@prev}`, `{${f}.Balance}`)),
  { type: "heading", label: "Scheduled repayment by facility (to maturity)" },
  ...FACILITY_KEYS.map((f) => row("Repay", f, "FacRepay", repaymentFormula(f))),
  { type: "heading", label: "Interest by facility (opening x rate)" },
  ...FACILITY_KEYS.map((f) => row("Interest", f, "FacInterest", `{Open_${f}}*{${f}.Rate}`)),
];
