/**
 * The plans the writer tests and the bench insert: every real model plan from
 * `layoutModel` at 6- and 30-year timelines (a model without a timeline is laid
 * out once), and the hand-made fixture that exercises every plan feature.
 */
import { MODELS } from "../../src/models";
import { layoutModel } from "../../src/workbook/layout";
import type { SheetPlan } from "../../src/plan/plan";
import { fixturePlan } from "./excelFixture";

export interface LabelledPlan {
  label: string;
  /** timeline length, 0 for a model without one */
  years: number;
  plan: SheetPlan;
}

/** Real model plans at 6 and 30 years. */
export function modelPlans(): LabelledPlan[] {
  const out: LabelledPlan[] = [];
  for (const m of MODELS) {
    if (m.defaultYears === undefined) out.push({ label: m.id, years: 0, plan: layoutModel(m) });
    else for (const years of [6, 30]) out.push({ label: m.id, years, plan: layoutModel(m, { years }) });
  }
  return out;
}

/** Every plan the bench measures: the models, then the fixture. */
export async function benchPlans(): Promise<LabelledPlan[]> {
  return [...modelPlans(), ...[6, 30].map((years) => ({ label: "fixture", years, plan: fixturePlan(years) }))];
}
