/**
 * The price x investment sensitivity of the investor's stake after the deal, in
 * two tables so that every cell has one unit: the axes (a price row in $/share and
 * an investment row in $), then the 5 x 5 grid of stakes (%), whose rows follow the
 * price axis and whose columns follow the investment axis. Each axis value is its
 * neighbour towards the centre plus or minus one step (no constants in formulas).
 */
import { PERCENT2, USD_M, USD_PER_SHARE } from "../formats";
import type { TableColumn, TableItem } from "../../plan/template";
import { GRID_COLS, GRID_STEPS, axisFormula, stepText } from "../sensitivityAxes";

export { GRID_COLS, GRID_STEPS };
/** Row keys of the grid, in price-step order. */
export const GRID_ROWS = ["SensPriceM2", "SensPriceM1", "SensPriceC0", "SensPriceP1", "SensPriceP2"] as const;

const columns = (format: TableColumn["format"]): TableColumn[] => GRID_COLS.map((key, j) => ({ key, header: stepText(GRID_STEPS[j], "Deal"), format }));

/** The axes: price per share and investment at each step. */
export const sensitivityAxes: TableItem = {
  type: "table",
  key: "SensAxis",
  label: "Sensitivity axes",
  columns: columns(USD_PER_SHARE),
  rows: [
    { key: "SensPrice", label: "Price per share (grid rows)", format: USD_PER_SHARE, cells: GRID_STEPS.map((s) => ({ formula: axisFormula("SensPrice", s, "PricePerShare", "PriceStep") })) },
    { key: "SensInvestment", label: "Investment (grid columns)", format: USD_M, cells: GRID_STEPS.map((s) => ({ formula: axisFormula("SensInvestment", s, "Investment", "InvestmentStep") })) },
  ],
};

/** The grid: the investor's stake after the deal at each price (row) and investment (column). */
export const sensitivityGrid: TableItem = {
  type: "table",
  key: "Sens",
  label: "Investor stake after: price (rows) x investment (columns)",
  columns: columns(PERCENT2),
  rows: GRID_ROWS.map((rowKey, i) => ({
    key: rowKey,
    label: GRID_STEPS[i] === 0 ? "At the deal price" : `Price ${stepText(GRID_STEPS[i], "Deal")}`,
    unit: PERCENT2.unit,
    cells: GRID_COLS.map((c) => {
      const fresh = `{SensInvestment.${c}}/{SensPrice.${GRID_COLS[i]}}`;
      return { formula: `({InvestorSharesBefore}+${fresh})/({SharesOutstanding}+${fresh})` };
    }),
  })),
  bodyName: { name: "StakeSensitivity", kind: "output", comment: "Investor stake after the deal over 5 prices (rows) x 5 investments (columns)" },
};
