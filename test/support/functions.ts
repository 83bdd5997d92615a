/// <reference types="vite/client" />
/**
 * Test helpers for every suite that enumerates the AIF functions (not a test
 * file): the registry, each entry's adapter, the functions.json metadata that
 * the build generates from the JSDoc, and one formula evaluator that passes
 * arguments as Excel does (ranges as 1x1 matrices, single values bare).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import { FUNCTIONS, functionEntry, type FunctionEntry } from "../../src/functions/registry";

export { FUNCTIONS };

/** Every module of src/functions, loaded (Vite's glob import: no list to keep). */
const MODULES = import.meta.glob<Record<string, unknown>>("../../src/functions/*.ts", { eager: true });

/** The modules whose JSDoc the metadata plugin reads, in registry order (as webpack.config.js lists them). */
export const FUNCTION_SOURCES = FUNCTIONS.map((f) => join(__dirname, `../../src/functions/${f.adapter}.ts`));

export interface MetadataParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParam[];
  result: { dimensionality?: string };
}

type Adapter = (...args: unknown[]) => unknown[][];

/** The adapter function of a registry entry. */
export function adapterOf(entry: FunctionEntry): Adapter {
  const fn: unknown = MODULES[`../../src/functions/${entry.adapter}.ts`]?.[entry.adapter];
  if (typeof fn !== "function") throw new Error(`src/functions/${entry.adapter}.ts exports no function ${entry.adapter} (registry entry ${entry.id})`);
  return fn as Adapter;
}

/** Modules of src/functions that declare a custom function (@customfunction in their source). */
export const DECLARING_MODULES: readonly string[] = Object.entries(
  import.meta.glob<string>("../../src/functions/*.ts", { eager: true, query: "?raw", import: "default" }),
)
  .filter(([, text]) => text.includes("@customfunction"))
  .map(([path]) => /([^/]+)\.ts$/.exec(path)![1]!)
  .sort();

let generated: Promise<{ functions: MetadataFunction[]; errors: string[] }> | undefined;

/** functions.json as the build generates it from the JSDoc (computed once per test file). */
export function generatedMetadata(): Promise<{ functions: MetadataFunction[]; errors: string[] }> {
  generated ??= generateCustomFunctionsMetadata(FUNCTION_SOURCES, false).then((r) => ({
    errors: r.errors,
    functions: r.metadataJson ? (JSON.parse(r.metadataJson) as { functions: MetadataFunction[] }).functions : [],
  }));
  return generated;
}

/**
 * Splits "=AIF.NAME(1, "text", 2.5)" into the Excel id and its literal arguments.
 * @throws Error for anything but a call of literal numbers and "text"
 */
export function parseFormula(formula: string): { id: string; args: (number | string)[] } {
  const m = /^=AIF\.(\w+)\((.*)\)$/.exec(formula.trim());
  if (!m) throw new Error(`not an AIF formula: ${formula}`);
  const args = [...m[2]!.matchAll(/\s*(?:"([^"]*)"|([^,"]+))\s*(?:,|$)/g)].map((a) => {
    if (a[1] !== undefined) return a[1];
    const n = Number(a[2]!.trim());
    if (!Number.isFinite(n)) throw new Error(`argument ${a[2]} of ${formula} is not a number`);
    return n;
  });
  return { id: m[1]!, args };
}

/**
 * Computes a formula through the real adapter, each argument passed as Excel
 * passes it: a 1x1 matrix where functions.json says the parameter takes a range,
 * the bare value otherwise.
 */
export async function evaluate(formula: string): Promise<unknown[][]> {
  const { id, args } = parseFormula(formula);
  const entry = functionEntry(id);
  if (!entry) throw new Error(`${id} is not in src/functions/registry.ts`);
  const meta = (await generatedMetadata()).functions.find((f) => f.id === id);
  if (!meta) throw new Error(`${id} is not in the generated functions.json`);
  const passed = args.map((a, i) => (meta.parameters[i]?.dimensionality === "matrix" ? [[a]] : a));
  return adapterOf(entry)(...passed);
}

/**
 * Does a computed cell show as `shown` ("22,935,779.8165138", "0.00")? Equal
 * within half a unit of the last digit shown; an error cell never matches.
 */
export function showsAs(value: unknown, shown: string): boolean {
  if (typeof value !== "number") return false;
  const text = shown.replace(/,/g, "");
  const decimals = text.includes(".") ? text.split(".")[1]!.length : 0;
  return Math.abs(value - Number(text)) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}
