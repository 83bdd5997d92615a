/**
 * The plans the writer tests and the bench insert: the hand-made fixture, and the
 * real model plans from `layoutModel` (added once src/models exports MODELS).
 */
import type { SheetPlan } from "../../src/workbook/plan";
import { fixturePlan } from "./excelFixture";

export interface LabelledPlan {
  label: string;
  years: number;
  plan: SheetPlan;
}

/** Every plan at 6- and 30-year timelines. */
export async function benchPlans(): Promise<LabelledPlan[]> {
  const out: LabelledPlan[] = [];
  for (const years of [6, 30]) out.push({ label: "fixture (leverage-like)", years, plan: fixturePlan(years) });
  return out;
}
