/** How a failed insert is reported: one error carrying Excel's own message, in plain English. */
import type { ExcelRun } from "./excel";

/** Where an insert failed. */
export type InsertStage = "requirements" | "read-workbook" | "write";

/**
 * An insert that did not complete. `message` is in plain English and includes
 * Excel's own message; the fields let the task pane say the same in French.
 */
export class InsertError extends Error {
  override readonly name = "InsertError";
  constructor(
    message: string,
    readonly stage: InsertStage,
    /** the model's title */
    readonly modelTitle: string,
    /** Excel's message (or the missing requirement set for stage "requirements") */
    readonly excelMessage: string,
    /** Excel's error code, e.g. `InvalidArgument`, when it gave one */
    readonly excelCode: string | undefined,
    /** the sheet the writer had started, if any */
    readonly sheetName: string | undefined,
    /** true: no trace of the insert is left; false: the half-written sheet could not be deleted */
    readonly cleanedUp: boolean,
  ) {
    super(message);
  }
}

/**
 * Delete the sheet named `name` if it exists, in a fresh `Excel.run` (the failed
 * context may be unusable: a failed batch can leave its request context broken).
 */
export async function deleteSheet(run: ExcelRun, name: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("isNullObject");
      await context.sync();
      if (sheet.isNullObject) return;
      // A sheet cannot be deleted while it is the only visible one; an insert never
      // leaves it so, because it was added next to the sheets already there.
      sheet.delete();
      await context.sync();
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: errorText(err).message };
  }
}

function errorText(err: unknown): { message: string; code?: string } {
  if (err !== null && typeof err === "object") {
    const e = err as { message?: unknown; code?: unknown };
    const message = typeof e.message === "string" && e.message !== "" ? e.message : String(err);
    return { message, code: typeof e.code === "string" ? e.code : undefined };
  }
  return { message: String(err) };
}

/**
 * The InsertError of a failed single-sheet insert: the stage, Excel's own words
 * (and code), and what the cleanup left.
 * @param title     the model's title
 * @param stage     where it failed: reading the sheet names or writing the sheet
 * @param sheetName the sheet created, or undefined when none was
 * @param err       what Excel (or the writer) threw
 * @param cleanup   the outcome of deleting the partly written sheet
 */
export function insertError(title: string, stage: InsertStage, sheetName: string | undefined, err: unknown, cleanup: { ok: boolean; message?: string }): InsertError {
  const { message, code } = errorText(err);
  const what = stage === "read-workbook" ? "reading the workbook's sheet names" : `writing the sheet "${sheetName ?? ""}"`;
  const excel = `Excel said: ${message}${code !== undefined && !message.includes(code) ? ` (${code})` : ""}`;
  let after: string;
  if (sheetName === undefined) after = "Nothing was changed.";
  else if (cleanup.ok) after = "The partly written sheet was removed; nothing was changed.";
  else after = `The partly written sheet "${sheetName}" could not be removed (${cleanup.message ?? "unknown error"}); please delete it by hand.`;
  const hint = code === "AccessDenied" || /protect/i.test(message) ? " If the workbook is protected, unprotect it and try again." : "";
  return new InsertError(`Could not insert "${title}" while ${what}. ${excel}. ${after}${hint}`, stage, title, message, code, sheetName, cleanup.ok);
}

/**
 * The error of an insert that cannot start: the host lacks the required set.
 * @param title the model's title
 * @param need  the missing set, e.g. "ExcelApi 1.4"
 */
export function missingRequirement(title: string, need: string): InsertError {
  return new InsertError(
    `Could not insert "${title}": this version of Excel does not support ${need} (sheet-scoped names), which name the model's inputs and outputs for other sheets and copies. Update Excel or use Excel on the web.`,
    "requirements",
    title,
    need,
    undefined,
    undefined,
    true,
  );
}
