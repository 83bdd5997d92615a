/**
 * The prebuilt models. A new model is one new folder here (its template) and one
 * line in MODELS, plus its own tests (docs/architecture.md, "How to add a model").
 */
import { capacity } from "./capacity";
import { circularity } from "./circularity";
import { dilution } from "./dilution";
import { leverage } from "./leverage";
import { valuation } from "./valuation";
import type { ModelTemplate } from "../plan/template";

export type { Bilingual, Headline, ModelTemplate, ReferenceValues } from "../plan/template";
export { defaultInputs } from "./defaults";

/** Every prebuilt model, in gallery order. */
export const MODELS: readonly ModelTemplate[] = [dilution, leverage, capacity, valuation, circularity];

/**
 * A model by id.
 * @param id a model's `id`, e.g. `dilution`, `leverage`, `capacity`, `valuation`, `circularity` (exact, case-sensitive)
 * @returns the template, or undefined for an unknown id
 */
export function getModel(id: string): ModelTemplate | undefined {
  return MODELS.find((m) => m.id === id);
}
