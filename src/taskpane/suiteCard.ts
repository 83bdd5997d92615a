/**
 * The gallery's first card: the CoreWeave deal workbook (every model on its own
 * sheet, linked, with a Summary). Its headlines are the Summary's at the default
 * inputs, computed by src/core through the models' reference(); Insert writes
 * every sheet with insertSuite (one Excel.run, 2 syncs).
 */
import { DEAL_SUITE } from "../models/suite";
import { insertSuite } from "../workbook/excelSuite";
import { layoutSuite, suiteSheetNames } from "../workbook/suiteLayout";
import type { PaneModel } from "./pane";

/** The deal workbook as a gallery entry. */
export function suitePaneModel(): PaneModel {
  const summary = DEAL_SUITE.sheets[0].template;
  return {
    id: DEAL_SUITE.fileName,
    title: DEAL_SUITE.title,
    question: summary.question,
    headlines: () => summary.headlines(),
    plan: () => layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE))[0].plan,
    insert: async (host) => {
      const r = await insertSuite(DEAL_SUITE, host);
      return { sheetName: r.sheetNames.join(", "), cells: r.cells, names: r.names, charts: r.charts, skipped: r.skipped, elapsedMs: r.elapsedMs };
    },
  };
}
