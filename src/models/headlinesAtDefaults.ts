/**
 * The task pane's headline figures of a model, read from its src/core reference
 * at the default inputs, so that each model lists only which figures it shows.
 */
import type { Headline, ModelTemplate } from "../plan/template";
import { referenceAtDefaults } from "./defaults";

/** A headline without its value: the value is the reference's scalar of the same key. */
export type HeadlineSpec = Omit<Headline, "value">;

/**
 * The headlines of a template at its default inputs: each spec's `value` is the
 * scalar `referenceAtDefaults(template)[spec.key]`, in the reference's own unit
 * (fractions for percent, dollars for usd, counts for shares/count).
 * @param template the model whose reference is read (computed once per call)
 * @param specs the figures to show, in order; every key must name a scalar of the reference
 * @returns one Headline per spec, in the same order
 * @throws Error when a key is missing from the reference, names a per-year row
 *   (a template/reference mismatch: a programmer error) or is not finite (an
 *   `n.m.` reference value, NaN, which the pane would print as "NaN")
 */
export function headlinesAtDefaults(template: ModelTemplate, specs: readonly HeadlineSpec[]): Headline[] {
  const values = referenceAtDefaults(template);
  return specs.map((spec) => {
    const value = values[spec.key];
    if (typeof value !== "number") throw new Error(`${template.id} headline ${spec.key}: the reference has no scalar of that key`);
    if (!Number.isFinite(value)) throw new Error(`${template.id} headline ${spec.key}: not meaningful at the default inputs (${value})`);
    return { ...spec, value };
  });
}
