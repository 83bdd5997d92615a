/**
 * A fault for the insert tests: the write fails and so does the cleanup after it,
 * to test the error that reports what was left in the workbook.
 */
import type { FakeExcelHost } from "../support/fakeExcel";

/**
 * Makes `host` fail its second sync (the write batch, after applying all of it)
 * and then the first sync of the next batch run (the cleanup's).
 * @param host a fresh fake host (no sync yet); its `faults` and `run` are replaced
 */
export function failWriteAndCleanup(host: FakeExcelHost): void {
  host.faults = { failAtSync: 2, applyBeforeSyncFault: "all" };
  const run = host.run;
  let runs = 0;
  host.run = async (batch) => {
    runs++;
    if (runs === 2) host.faults = { failAtSync: host.syncs + 1 };
    return run(batch);
  };
}
