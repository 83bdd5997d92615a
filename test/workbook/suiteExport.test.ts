/**
 * `npm run export` writes the deal workbook: coreweave-deal.xlsx with one sheet
 * per suite sheet in order and every sheet's names scoped to it (`localSheetId`
 * = the sheet's index), so each sheet defines its own `MasterCheck`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { exportModels } from "../../src/cli/exportModels";
import { DEAL_SUITE } from "../../src/models/suite";
import { layoutSuite, suiteSheetNames } from "../../src/workbook/suiteLayout";

const dir = mkdtempSync(join(tmpdir(), "aif-suite-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("export of the deal workbook", () => {
  it("--model coreweave-deal writes that file alone, its names scoped to their sheets", async () => {
    const out = join(dir, "suite");
    expect(await exportModels({ out, model: "coreweave-deal" })).toEqual([join(out, "coreweave-deal.xlsx")]);
    expect(readdirSync(out)).toEqual(["coreweave-deal.xlsx"]);
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, "coreweave-deal.xlsx")))).file("xl/workbook.xml")?.async("string");
    const sheets = [...(xml ?? "").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const plans = layoutSuite(DEAL_SUITE, suiteSheetNames(DEAL_SUITE)).map((l) => l.plan);
    expect(sheets).toEqual(plans.map((p) => p.sheetName));
    const names = [...(xml ?? "").matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"/g)].map((m) => `${m[2]}:${m[1]}`).filter((n) => !n.includes(":_xlnm.")); // print areas and titles aside
    expect(names.sort()).toEqual(plans.flatMap((p, i) => p.names.map((n) => `${i}:${n.name}`)).sort());
    // every model sheet its own MasterCheck; the Summary's master check is SuiteCheck
    expect(names.filter((n) => n.endsWith(":MasterCheck"))).toEqual(plans.slice(1).map((_p, i) => `${i + 1}:MasterCheck`));
    expect(names).toContain("0:SuiteCheck");
  });
});
