/**
 * A model's contract for the static checks: the defined names its sheet must
 * have (docs/models.md), its 5 x 5 grids and how many of its defaults are
 * estimates. Each model keeps its own in `<id>.contract.ts` beside this file, so
 * adding a model adds that file and edits no shared test.
 */
/// <reference types="vite/client" />

export interface ModelContract {
  /** names of single cells */
  scalars: string[];
  /** names covering the whole timeline row */
  series: string[];
  /** names of 5 x 5 sensitivity grids */
  grids: string[];
  /** how many input notes start with "Estimate:" */
  estimates: { exactly: number } | { atLeast: number };
}

const modules = import.meta.glob<{ default: ModelContract }>("./*.contract.ts", { eager: true });

const byId: Readonly<Record<string, ModelContract>> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [/\.\/(\w+)\.contract\.ts$/.exec(path)![1]!, m.default]),
);

/**
 * The contract of one model.
 * @throws Error when the model has no `<id>.contract.ts` (a new model without its contract)
 */
export function contractOf(id: string): ModelContract {
  const c = byId[id];
  if (!c) throw new Error(`no contract for model "${id}": add test/models/${id}.contract.ts`);
  return c;
}
