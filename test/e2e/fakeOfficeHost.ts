/**
 * The fake Excel host injected into the task pane page by the end-to-end test
 * (bundled by esbuild into an init script; never part of the production build).
 *
 * The page still loads the real office.js (served from @microsoft/office-js):
 * when office.js creates `window.Office`, this script keeps that object but makes
 * `onReady`, `context` and `HostType` answer as Excel on the web would, and
 * `window.Excel.run` drive the recording fake workbook of test/support/fakeExcel
 * (with the reads "Insert example" makes, ./fakeReads.ts).
 * The test reads the workbook back through `window.__aifHost`.
 */
import { FakeExcelHost, type FaultPlan } from "../support/fakeExcel";
import { runWithReads } from "./fakeReads";

export interface FakeHostConfig {
  displayLanguage: string;
  /** Office.context.officeTheme.bodyBackgroundColor */
  bodyBackgroundColor: string;
  /** highest ExcelApi 1.x minor version the host supports */
  maxExcelApiMinor: number;
  faults?: FaultPlan;
  sheets?: string[];
  /** make every Excel.run reject at once with this message (the host itself failing) */
  runRejects?: string;
}

type AnyRecord = Record<string, unknown>;
const w = window as unknown as AnyRecord & { __aifConfig?: FakeHostConfig; __aifHost?: FakeExcelHost; __aifReady?: boolean };
const cfg: FakeHostConfig = w.__aifConfig ?? { displayLanguage: "en-US", bodyBackgroundColor: "#FFFFFF", maxExcelApiMinor: 17 };
const host = new FakeExcelHost(cfg.sheets ?? ["Sheet1"]);
host.faults = cfg.faults ?? {};
w.__aifHost = host;

const overrides: AnyRecord = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  context: {
    displayLanguage: cfg.displayLanguage,
    officeTheme: { bodyBackgroundColor: cfg.bodyBackgroundColor, bodyForegroundColor: "#000000", controlBackgroundColor: cfg.bodyBackgroundColor, controlForegroundColor: "#000000" },
    requirements: {
      isSetSupported: (set: string, version?: string): boolean => set === "ExcelApi" && (version === undefined || (/^1\.\d+$/.test(version) && Number(version.slice(2)) <= cfg.maxExcelApiMinor)),
    },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => unknown): Promise<{ host: string; platform: string }> =>
    new Promise((resolve) =>
      setTimeout(() => {
        const info = { host: "Excel", platform: "OfficeOnline" };
        w.__aifReady = true;
        void callback?.(info);
        resolve(info);
      }, 0),
    ),
};

/** Make our members win over whatever office.js assigns to them, now or later. */
function patch(target: AnyRecord): AnyRecord {
  for (const [k, v] of Object.entries(overrides)) {
    Object.defineProperty(target, k, { configurable: true, enumerable: true, get: () => v, set: () => undefined });
  }
  patched.add(target);
  return target;
}

// office.js later (re)defines `context` with Object.defineProperty; keep ours on the patched object.
const patched = new WeakSet<object>();
const defineProperty = Object.defineProperty;
Object.defineProperty = function <T>(target: T, key: PropertyKey, desc: PropertyDescriptor & ThisType<unknown>): T {
  if (typeof target === "object" && target !== null && patched.has(target) && typeof key === "string" && key in overrides) return target;
  return defineProperty(target, key, desc) as T;
};

let office: AnyRecord | undefined;
Object.defineProperty(window, "Office", {
  configurable: true,
  get: () => office,
  set: (v: AnyRecord) => {
    office = v && typeof v === "object" ? patch(v) : v;
  },
});
const excel = {
  run:
    cfg.runRejects === undefined
      ? runWithReads(host)
      : async (): Promise<never> => {
          throw Object.assign(new Error(cfg.runRejects), { code: "GeneralException" });
        },
};
Object.defineProperty(window, "Excel", { configurable: true, get: () => excel, set: () => undefined });
