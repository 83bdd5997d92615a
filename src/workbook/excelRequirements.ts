/**
 * Which Office.js requirement sets a SheetPlan needs, and what an insert must skip
 * on a host that lacks some of them.
 *
 * Versions are the ones the Office.js reference (and @types/office-js) gives for
 * each API the writer calls:
 * - ExcelApi 1.4: `Worksheet.names.add` (sheet-scoped names), `NamedItem.comment`,
 *   `getItemOrNullObject`. Required: model formulas refer to these names, so a
 *   model without them would compute `#NAME?`.
 * - ExcelApi 1.2: `RangeFormat.columnWidth` (below 1.4, so always present).
 * - ExcelApi 1.6: `Range.conditionalFormats` (custom-formula rules).
 * - ExcelApi 1.7: `Worksheet.freezePanes`; `ChartSeriesCollection.add`,
 *   `ChartSeries.setValues` / `setXAxisValues` / `chartType`, `ChartAxes.getItem`.
 * - ExcelApi 1.8: `Range.dataValidation`; writable `ChartSeries.axisGroup`
 *   (a series on the secondary axis).
 * - ExcelApi 1.9: `RangeFormat.indentLevel`; `Worksheet.pageLayout` (orientation,
 *   zoom, print area, print titles).
 */
import type { SheetPlan } from "../plan/plan";

/** Optional features a plan may use; each can be skipped on an older host. */
export type OptionalFeature = "conditionalFormats" | "charts" | "secondaryAxis" | "freezePanes" | "validations" | "indent" | "pageLayout";

/** `isSetSupported("ExcelApi", "1.7")`, as `Office.context.requirements.isSetSupported`. */
export type RequirementCheck = (set: string, version: string) => boolean;

/** The requirement set that must be supported for everything else. */
export const REQUIRED_SET = { set: "ExcelApi", version: "1.4" } as const;

/** Minimum ExcelApi version of each optional feature. */
export const FEATURE_VERSION: Readonly<Record<OptionalFeature, string>> = {
  conditionalFormats: "1.6",
  charts: "1.7",
  freezePanes: "1.7",
  secondaryAxis: "1.8",
  validations: "1.8",
  indent: "1.9",
  pageLayout: "1.9",
};

/** A feature the plan uses that this host cannot draw. */
export interface SkippedFeature {
  feature: OptionalFeature;
  /** e.g. "ExcelApi 1.7" */
  requirement: string;
  /** how many plan items (charts, rules, styled ranges...) go without it */
  count: number;
}

/** The host lacks the required set: the insert must not start. */
export interface PlanUnsupported {
  canInsert: false;
  /** the missing required set, e.g. "ExcelApi 1.4" */
  missingRequired: string;
}

/** The insert can go ahead, without the features in `skipped`. */
export interface PlanSupported {
  canInsert: true;
  /** features the plan uses that will be left out */
  skipped: SkippedFeature[];
  /** features that will be written (the complement of `skipped` over what the plan uses) */
  enabled: ReadonlySet<OptionalFeature>;
}

/** What an insert of `plan` can do on this host. */
export type PlanSupport = PlanUnsupported | PlanSupported;

/** How many items of each optional feature the plan uses (0 = not used). */
export function planFeatureCounts(plan: SheetPlan): Record<OptionalFeature, number> {
  return {
    conditionalFormats: plan.conditionalFormats.length,
    charts: plan.charts.length,
    secondaryAxis: plan.charts.reduce((n, c) => n + c.series.filter((s) => s.secondaryAxis).length, 0),
    freezePanes: plan.freeze.rows > 0 || plan.freeze.cols > 0 ? 1 : 0,
    validations: plan.validations.length,
    indent: plan.styles.filter((s) => s.style.indent !== undefined && s.style.indent > 0).length,
    pageLayout: 1,
  };
}

/**
 * Compare what `plan` uses with what the host supports.
 * @param plan            the plan to insert
 * @param isSetSupported  the host's requirement-set check; never called at import time
 */
export function checkPlanSupport(plan: SheetPlan, isSetSupported: RequirementCheck): PlanSupport {
  if (!isSetSupported(REQUIRED_SET.set, REQUIRED_SET.version)) {
    return { canInsert: false, missingRequired: `${REQUIRED_SET.set} ${REQUIRED_SET.version}` };
  }
  const enabled = new Set<OptionalFeature>();
  const counts = planFeatureCounts(plan);
  const skipped: SkippedFeature[] = [];
  for (const feature of Object.keys(FEATURE_VERSION) as OptionalFeature[]) {
    if (counts[feature] === 0) continue;
    const version = FEATURE_VERSION[feature];
    // A secondary axis only matters when the chart itself is drawn.
    const ok = isSetSupported("ExcelApi", version) && (feature !== "secondaryAxis" || enabled.has("charts"));
    if (ok) enabled.add(feature);
    else skipped.push({ feature, requirement: `ExcelApi ${version}`, count: counts[feature] });
  }
  return { canInsert: true, skipped, enabled };
}
