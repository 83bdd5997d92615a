/**
 * Input sets the recalculation suite (recalc.test.ts) writes into each exported
 * model before LibreOffice and Gnumeric recalculate it: the defaults first, then
 * at least five changes per model (scenario selector, repayment types,
 * maturities, GPU profile, PUE, timeline length ...), extreme but legal ones
 * included. Keys as in LaidOutModel.inputs (`Key`, `Row.Col`, `Key#i` for year i).
 *
 * Each model keeps its sets in its own file, `<id>InputSets.ts` beside this one,
 * whose default export is the list: adding a model adds that file and edits
 * nothing here (docs/architecture.md, "How to add a model").
 */
/// <reference types="vite/client" />

export interface InputSet {
  label: string;
  changes: Record<string, number | string>;
  /** timeline length for this set (default: the template's) */
  years?: number;
}

/** Every `<id>InputSets.ts` module of this folder, by file path. */
const modules = import.meta.glob<{ default: InputSet[] }>("./*InputSets.ts", { eager: true });

/** The input sets of each model, by model id (the file name before `InputSets.ts`). */
export const INPUT_SETS: Readonly<Record<string, InputSet[]>> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [/\.\/(\w+)InputSets\.ts$/.exec(path)![1]!, m.default]),
);

/**
 * The sets of one model.
 * @throws Error when the model has no `<id>InputSets.ts` (a new model without its recalculation cases)
 */
export function inputSetsOf(id: string): InputSet[] {
  const sets = INPUT_SETS[id];
  if (!sets) throw new Error(`no input sets for model "${id}": add test/recalc/${id}InputSets.ts (default export: InputSet[])`);
  return sets;
}
