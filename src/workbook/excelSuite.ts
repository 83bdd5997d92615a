/**
 * The Excel writer of a suite: every sheet of the deal workbook in ONE
 * `Excel.run` and two `context.sync()` calls whatever the timeline and the
 * number of sheets: sync 1 reads the existing sheet names (the suite's names are
 * made unique against them and the links follow the names chosen); sync 2 adds
 * every sheet, then defines every sheet's names, then writes every sheet's cells
 * (so no formula is written before the sheet and the name it reads exist), then
 * activates the Summary. On any failure every sheet the insert added is deleted
 * (one fresh `Excel.run`) and an InsertError says so.
 */
import { rangeAddress, type SheetPlan } from "../plan/plan";
import type { SuiteTemplate } from "../plan/suite";
import type { ExcelRun, InsertOptions } from "./excel";
import { InsertError } from "./excelInsertError";
import { checkPlanSupport, type PlanSupported, type SkippedFeature } from "./excelRequirements";
import { writeSheet } from "./excelSheet";
import { layoutSuite, suiteSheetNames } from "./suiteLayout";

/** What a suite insert wrote. */
export interface SuiteInsertResult {
  /** the sheets created, in workbook order, e.g. `Summary`, `Capacity (2)` */
  sheetNames: string[];
  /** `context.sync()` round trips of the insert, cleanup excluded */
  syncs: number;
  /** non-empty cells written (constants and formulas), over every sheet */
  cells: number;
  /** cells holding a formula, over every sheet */
  formulas: number;
  /** charts drawn, over every sheet */
  charts: number;
  /** sheet-scoped names defined, over every sheet */
  names: number;
  /** features some plan uses that this host cannot draw, left out (summed over sheets) */
  skipped: SkippedFeature[];
  elapsedMs: number;
}

/**
 * Insert every sheet of `suite` into the open workbook.
 * @param suite   the suite (src/models/suite.ts, DEAL_SUITE)
 * @param options the host: `run` (Excel.run) and `isSetSupported`; `years` the timeline length (default the suite's)
 * @returns the sheets created and the sync count
 * @throws InsertError when the host lacks ExcelApi 1.4 or Excel reports any error;
 *         by then every sheet the insert added has been deleted (see `cleanedUp`)
 */
export function insertSuite(suite: SuiteTemplate, options: InsertOptions & { years?: number }): Promise<SuiteInsertResult> {
  return insertLinkedPlans(suite.title.en, (existing) => layoutSuite(suite, suiteSheetNames(suite, existing), options.years).map((s) => s.plan), options);
}

/**
 * Insert sheets whose plans depend on the names already taken (links follow the
 * names actually used), as insertSuite describes.
 * @param title    what the error messages call the insert
 * @param plansFor the plans, in workbook order, for the sheet names already in the
 *                 workbook: each plan's `sheetName` is the (unique) name to create
 * @param options  the host
 */
export async function insertLinkedPlans(title: string, plansFor: (existing: readonly string[]) => SheetPlan[], options: InsertOptions): Promise<SuiteInsertResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // Support depends on the features the plans use, not on their names: the plans for an empty workbook decide it.
  const probe = plansFor([]).map((p) => checkPlanSupport(p, options.isSetSupported));
  const refused = probe.find((p) => !p.canInsert);
  if (refused && !refused.canInsert) {
    const need = refused.missingRequired;
    throw new InsertError(`Could not insert "${title}": this version of Excel does not support ${need} (sheet-scoped names), which the sheets' formulas and links use. Update Excel or use Excel on the web.`, "requirements", title, need, undefined, undefined, true);
  }
  const support = probe as PlanSupported[];

  let created: string[] = [];
  let plans: SheetPlan[] = [];
  let stage: "read-workbook" | "write" = "read-workbook";
  let syncs = 0;
  try {
    await options.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      syncs++;
      await context.sync();
      plans = plansFor(sheets.items.map((s) => s.name));
      stage = "write";
      created = plans.map((p) => p.sheetName);
      const added = plans.map((p) => sheets.add(p.sheetName));
      plans.forEach((p, i) => {
        for (const n of p.names) added[i].names.add(n.name, added[i].getRange(rangeAddress(n.range)), n.comment);
      });
      plans.forEach((p, i) => writeSheet(added[i], { ...p, names: [] }, support[i].enabled));
      added[0].activate();
      added[0].getRange(rangeAddress(plans[0].inputsRange)).select();
      syncs++;
      await context.sync();
    });
  } catch (err) {
    const cleanup = created.length === 0 ? { ok: true } : await deleteSheets(options.run, created);
    throw suiteError(title, stage, created, err, cleanup);
  }

  return {
    sheetNames: created,
    syncs,
    cells: plans.reduce((n, p) => n + p.blocks.reduce((m, b) => m + b.cells.flat().filter((c) => c !== null).length, 0), 0),
    formulas: plans.reduce((n, p) => n + p.blocks.reduce((m, b) => m + b.cells.flat().filter((c) => c?.formula !== undefined).length, 0), 0),
    charts: plans.reduce((n, p, i) => n + (support[i].enabled.has("charts") ? p.charts.length : 0), 0),
    names: plans.reduce((n, p) => n + p.names.length, 0),
    skipped: mergeSkipped(support.flatMap((s) => s.skipped)),
    elapsedMs: now() - started,
  };
}

/** Skipped features summed over sheets, one entry per feature. */
function mergeSkipped(list: readonly SkippedFeature[]): SkippedFeature[] {
  const out = new Map<string, SkippedFeature>();
  for (const s of list) {
    const prev = out.get(s.feature);
    out.set(s.feature, prev ? { ...prev, count: prev.count + s.count } : { ...s });
  }
  return [...out.values()];
}

/**
 * Deletes the sheets named `names` that exist, in one fresh `Excel.run` (the
 * failed context may be unusable), two syncs.
 */
export async function deleteSheets(run: ExcelRun, names: readonly string[]): Promise<{ ok: boolean; message?: string }> {
  try {
    await run(async (context) => {
      const found = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      for (const s of found) s.load("isNullObject");
      await context.sync();
      for (const s of found) if (!s.isNullObject) s.delete();
      await context.sync();
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The InsertError of a failed suite insert: where, Excel's words, and what is left. */
function suiteError(title: string, stage: "read-workbook" | "write", created: readonly string[], err: unknown, cleanup: { ok: boolean; message?: string }): InsertError {
  const e = (err ?? {}) as { message?: unknown; code?: unknown };
  const message = typeof e.message === "string" && e.message !== "" ? e.message : String(err);
  const code = typeof e.code === "string" ? e.code : undefined;
  const what = stage === "read-workbook" ? "reading the workbook's sheet names" : `writing its sheets (${created.join(", ")})`;
  let after = "Nothing was changed.";
  if (created.length > 0) after = cleanup.ok ? "The sheets it had added were removed; nothing was changed." : `The sheets it had added (${created.join(", ")}) could not all be removed (${cleanup.message ?? "unknown error"}); please delete them by hand.`;
  const hint = code === "AccessDenied" || /protect/i.test(message) ? " If the workbook is protected, unprotect it and try again." : "";
  return new InsertError(`Could not insert "${title}" while ${what}. Excel said: ${message}${code !== undefined && !message.includes(code) ? ` (${code})` : ""}. ${after}${hint}`, stage, title, message, code, created[0], cleanup.ok);
}
