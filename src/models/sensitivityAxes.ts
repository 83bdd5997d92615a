/**
 * The 5 x 5 sensitivity grids' common frame (dilution, valuation, circularity):
 * the steps from the centre, the column keys, the step captions, and the axis
 * formulas that build each axis value from its neighbour towards the centre (no
 * constants in formulas, so a changed step or centre moves the whole axis).
 */

/** Offsets of a grid's rows and columns from the centre, in steps. */
export const GRID_STEPS = [-2, -1, 0, 1, 2] as const;
/** Column keys of a grid's tables, in step order (M = minus, C = centre, P = plus). */
export const GRID_COLS = ["M2", "M1", "C0", "P1", "P2"] as const;

/**
 * Caption of a step: `centre` at 0, else "+1 step", "-2 steps".
 * @param s a whole number of steps from the centre
 * @param centre the caption of step 0 (e.g. "Centre", or "Deal" where the centre is the deal)
 */
export const stepText = (s: number, centre = "Centre"): string => (s === 0 ? centre : `${s > 0 ? "+" : ""}${s} ${Math.abs(s) === 1 ? "step" : "steps"}`);

/**
 * The axis cell one step closer to the centre than the one `steps` away, then the
 * operator that adds (steps > 0) or subtracts (steps < 0) a step from it.
 * @param row the axis row key
 * @param steps a non-zero entry of GRID_STEPS
 * @returns e.g. `{SensWacc.P1}+` for steps = 2
 */
export function neighbourTowardsCentre(row: string, steps: number): string {
  const towards = GRID_COLS[GRID_STEPS.indexOf((steps - Math.sign(steps)) as (typeof GRID_STEPS)[number])];
  return `{${row}.${towards}}${steps > 0 ? "+" : "-"}`;
}

/**
 * Formula of the axis cell `steps` from the centre of row `row`: the centre
 * input at 0, else its neighbour towards the centre +/- one step (unclipped).
 * @param centre the defined name of the centre value
 * @param step the defined name of the step size
 */
export function axisFormula(row: string, steps: number, centre: string, step: string): string {
  return steps === 0 ? `{${centre}}` : `${neighbourTowardsCentre(row, steps)}{${step}}`;
}
