/**
 * A recording fake of the part of the Excel object model the writer uses.
 *
 * Semantics copied from Office.js where they matter to the writer:
 * - every method call and property set on a proxy is QUEUED, numbered and logged;
 *   nothing touches the workbook until `context.sync()`, which applies the queue in
 *   order (loaded properties become readable only after that sync);
 * - Excel's own validation happens at apply time: bad sheet names, duplicate
 *   sheets (ignoring case), duplicate or invalid names, arrays whose shape does not
 *   match the range, reading a property that was not loaded;
 * - strings written to `Range.formulas` are parsed like typed input ("2030" becomes
 *   a number, "TRUE" a boolean, a leading apostrophe forces text);
 * - a failed sync leaves the operations before the failing one applied (Excel
 *   batches are not transactions) and breaks the request context.
 *
 * Fault injection: `failAtCall = n` makes the n-th API call (1-based, counted over
 * the host's lifetime) fail when its batch is synced; `failAtSync = k` makes the
 * k-th sync fail after applying none, half or all of its queue.
 *
 * No Node imports: the end-to-end test bundles this file into the browser page.
 */

export type CellInput = string | number | boolean;

export interface FakeCell {
  formula?: string;
  value?: CellInput;
  numberFormat?: string;
  /** font.bold, fill.color, borders.EdgeTop.style... flattened by their Office.js path */
  format: Record<string, unknown>;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
  series: { name?: string; values?: string; xValues?: string; chartType?: string; axisGroup?: string }[];
  axisTitles: Record<string, string>;
}

export interface FakeSheet {
  name: string;
  /** by `key(row, col)`; plain objects so a sheet survives JSON (the browser test reads it back) */
  cells: Record<string, FakeCell>;
  names: Record<string, { address: string; comment: string }>;
  /** points, by 0-based column */
  columnWidths: Record<number, number>;
  /** points, by 0-based row, for rows whose height was set */
  rowHeights: Record<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: { address: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionalFormats: { address: string; type: string; formula?: string; format: Record<string, unknown> }[];
  charts: FakeChart[];
  /** what `Worksheet.pageLayout` received; null until something is set */
  pageLayout: FakePageLayout | null;
}

/** The page layout as set through Office.js: orientation, zoom, print area and titles (addresses as given). */
export interface FakePageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
  printTitleColumns?: string;
}

export interface CallRecord {
  /** 1-based over the host's lifetime */
  n: number;
  /** e.g. `Range(Dilution!B4:D9).formulas=` or `Worksheets.add(Dilution)` */
  what: string;
}

export interface FaultPlan {
  failAtCall?: number;
  failAtSync?: number;
  /** how much of the failing sync's queue is applied before it fails (default "none") */
  applyBeforeSyncFault?: "none" | "half" | "all";
  /** make `Worksheets.add` fail as on a workbook whose structure is protected */
  protectedWorkbook?: boolean;
}

/** An error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Op = { n: number; what: string; apply: () => void };

/** 0-based cell rectangle, or whole columns when `rows` is Infinity. */
interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const EXCEL_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parse `B4`, `B4:H10`, `$B$4`, `A:C`. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "");
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) {
    const l = colIndex(cols[1]);
    const r = colIndex(cols[2]);
    return { top: 0, left: l, rows: Infinity, cols: r - l + 1 };
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (!m) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address "${address}"`);
  const top = Number(m[2]) - 1;
  const left = colIndex(m[1]);
  if (m[3] === undefined) return { top, left, rows: 1, cols: 1 };
  return { top, left, rows: Number(m[4]) - top, cols: colIndex(m[3]) - left + 1 };
}

export const key = (r: number, c: number): string => `${r},${c}`;

function parseTyped(v: CellInput): { formula?: string; value?: CellInput } {
  if (typeof v !== "string") return { value: v };
  if (v === "") return {};
  if (v.startsWith("=")) return { formula: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v)) return { value: Number(v) };
  if (/^\s*(true|false)\s*$/i.test(v)) return { value: v.trim().toLowerCase() === "true" };
  if (/^\s*[-+]?\d[\d,]*(\.\d+)?\s*%\s*$/.test(v)) return { value: Number(v.replace(/[%,\s]/g, "")) / 100 };
  if (/^\s*\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?\s*$/.test(v)) return { value: `DATE:${v}` };
  if (/^\s*[+\-@]/.test(v)) return { formula: `=${v.trim()}` };
  return { value: v };
}

/** The fake workbook plus its `Excel.run`. */
export class FakeExcelHost {
  sheets: FakeSheet[] = [];
  calls: CallRecord[] = [];
  syncs = 0;
  runs = 0;
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  faults: FaultPlan = {};
  private callCount = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(this.newSheet(n));
    this.activeSheet = sheetNames[0];
  }

  /** `Excel.run`: a new context per batch, and a final sync of whatever is still queued. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending.length > 0) await ctx.sync();
    return result;
  };

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get callTotal(): number {
    return this.callCount;
  }

  newSheet(name: string): FakeSheet {
    return { name, cells: {}, names: {}, columnWidths: {}, rowHeights: {}, freeze: null, validations: [], conditionalFormats: [], charts: [], pageLayout: null };
  }

  /** Number the call, log it, and return the op to queue. */
  op(what: string, apply: () => void): Op {
    const n = ++this.callCount;
    this.calls.push({ n, what });
    return { n, what, apply };
  }
}

class FakeContext {
  pending: Op[] = [];
  broken = false;
  readonly workbook: { worksheets: FakeWorksheets; getSelectedRange: () => FakeRange };

  constructor(readonly host: FakeExcelHost) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      // The selection as it stands when the batch is built (the fake has no concurrent edits).
      getSelectedRange: () => {
        const name = host.selection?.sheet ?? host.activeSheet ?? host.sheets[0].name;
        const handle: SheetHandle = { sheet: host.sheet(name) };
        this.enqueue("Workbook.getSelectedRange()", () => undefined);
        return new FakeRange(this, handle, host.selection?.address ?? "A1");
      },
    };
  }

  enqueue(what: string, apply: () => void): void {
    this.pending.push(this.host.op(what, apply));
  }

  async sync(): Promise<void> {
    const host = this.host;
    host.syncs++;
    const queue = this.pending;
    this.pending = [];
    if (this.broken) throw new FakeOfficeError("InvalidOperation", "The request context is no longer valid after an earlier error.");
    try {
      if (host.faults.failAtSync === host.syncs) {
        const mode = host.faults.applyBeforeSyncFault ?? "none";
        const upto = mode === "all" ? queue.length : mode === "half" ? Math.floor(queue.length / 2) : 0;
        for (const op of queue.slice(0, upto)) op.apply();
        throw new FakeOfficeError("GeneralException", `Injected fault at sync ${host.syncs}.`);
      }
      for (const op of queue) {
        if (host.faults.failAtCall === op.n) throw new FakeOfficeError("GeneralException", `Injected fault at call ${op.n} (${op.what}).`);
        op.apply();
      }
    } catch (err) {
      this.broken = true;
      throw err;
    }
    await Promise.resolve();
  }
}

/** Define setters that queue an op; any other property assignment throws (the fake does not model it). */
function setters<T extends object>(ctx: FakeContext, label: string, target: T, handlers: Record<string, (v: never) => void>): T {
  for (const [prop, handler] of Object.entries(handlers)) {
    Object.defineProperty(target, prop, {
      set(v: unknown) {
        ctx.enqueue(`${label}.${prop}=`, () => handler(v as never));
      },
      get() {
        throw new Error(`fake: ${label}.${prop} is write-only here`);
      },
    });
  }
  return Object.preventExtensions(target);
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | undefined;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call sync().");
    return this.loadedItems;
  }

  load(props: string): void {
    this.ctx.enqueue(`Worksheets.load(${props})`, () => {
      this.loadedItems = this.ctx.host.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, { sheet: s });
        w.loaded.name = s.name;
        return w;
      });
    });
  }

  add(name: string): FakeWorksheet {
    const handle: SheetHandle = {};
    const host = this.ctx.host;
    this.ctx.enqueue(`Worksheets.add(${name})`, () => {
      if (host.faults.protectedWorkbook) throw new FakeOfficeError("AccessDenied", "You can't perform the requested operation. The workbook is protected.");
      if (name.trim() === "" || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name) || /^'|'$/.test(name)) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name "${name}"`);
      if (host.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name or identifier already exists: "${name}"`);
      const s = host.newSheet(name);
      host.sheets.push(s);
      handle.sheet = s;
    });
    return new FakeWorksheet(this.ctx, handle);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const handle: SheetHandle = {};
    this.ctx.enqueue(`Worksheets.getItemOrNullObject(${name})`, () => {
      handle.sheet = this.ctx.host.sheet(name);
      handle.resolved = true;
    });
    return new FakeWorksheet(this.ctx, handle);
  }
}

interface SheetHandle {
  sheet?: FakeSheet;
  resolved?: boolean;
}

class FakeWorksheet {
  loaded: { name?: string; isNullObject?: boolean } = {};
  readonly names: { add: (name: string, reference: FakeRange, comment?: string) => void };
  readonly freezePanes: { freezeAt: (r: FakeRange) => void; freezeRows: (n: number) => void; freezeColumns: (n: number) => void };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy: string) => FakeChartProxy };
  readonly pageLayout: { orientation?: string; zoom?: FakePageLayout["zoom"]; setPrintArea: (a: string) => void; setPrintTitleRows: (a: string) => void; setPrintTitleColumns: (a: string) => void };

  constructor(
    private readonly ctx: FakeContext,
    readonly handle: SheetHandle,
  ) {
    const label = () => `Worksheet(${handle.sheet?.name ?? "?"})`;
    this.names = {
      add: (name, reference, comment = "") =>
        ctx.enqueue(`${label()}.names.add(${name})`, () => {
          const s = this.state();
          if (!EXCEL_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rc]$/i.test(name)) throw new FakeOfficeError("InvalidArgument", `The name "${name}" is not valid.`);
          if (Object.keys(s.names).some((k) => k.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
          if (reference.handle.sheet !== s) throw new FakeOfficeError("InvalidArgument", "The reference is on another sheet.");
          s.names[name] = { address: reference.address, comment };
        }),
    };
    this.freezePanes = {
      freezeAt: (r) => ctx.enqueue(`${label()}.freezePanes.freezeAt(${r.address})`, () => {
        const rect = parseAddress(r.address);
        this.state().freeze = { rows: rect.top + rect.rows, cols: rect.left + rect.cols };
      }),
      freezeRows: (n) => ctx.enqueue(`${label()}.freezePanes.freezeRows(${n})`, () => void (this.state().freeze = { rows: n, cols: 0 })),
      freezeColumns: (n) => ctx.enqueue(`${label()}.freezePanes.freezeColumns(${n})`, () => void (this.state().freeze = { rows: 0, cols: n })),
    };
    const layout = (): FakePageLayout => (this.state().pageLayout ??= {});
    const ORIENTATIONS = ["Portrait", "Landscape"];
    // Excel checks the address when the batch runs: whole rows `$5:$5` for titles rows, whole columns `$A:$C` for title columns.
    const printTitles = (what: "printTitleRows" | "printTitleColumns", pattern: RegExp) => (a: string) =>
      ctx.enqueue(`${label()}.pageLayout.setP${what.slice(1)}(${a})`, () => {
        if (!pattern.test(a)) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what} "${a}"`);
        layout()[what] = a;
      });
    this.pageLayout = setters(
      ctx,
      `${label()}.pageLayout`,
      {
        setPrintArea: (a: string) =>
          ctx.enqueue(`${label()}.pageLayout.setPrintArea(${a})`, () => {
            parseAddress(a);
            layout().printArea = a;
          }),
        setPrintTitleRows: printTitles("printTitleRows", /^\$?\d+:\$?\d+$/),
        setPrintTitleColumns: printTitles("printTitleColumns", /^\$?[A-Z]+:\$?[A-Z]+$/),
      } as FakeWorksheet["pageLayout"],
      {
        orientation: (v: never) => {
          if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError("InvalidArgument", `Invalid orientation ${String(v)}`);
          layout().orientation = v;
        },
        zoom: (v: never) => {
          const z = v as FakePageLayout["zoom"] & object;
          for (const k of Object.keys(z)) if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k)) throw new FakeOfficeError("InvalidArgument", `Unknown zoom option ${k}`);
          layout().zoom = { ...z };
        },
      },
    );
    this.charts = {
      add: (type, source, seriesBy) => {
        const chartHandle: { chart?: FakeChart } = {};
        ctx.enqueue(`${label()}.charts.add(${type},${source.address},${seriesBy})`, () => {
          const rect = parseAddress(source.address);
          const count = seriesBy === "Rows" ? rect.rows : rect.cols;
          const chart: FakeChart = { type, source: source.address, seriesBy, series: [], axisTitles: {} };
          for (let i = 0; i < count; i++) chart.series.push({ values: source.address });
          this.state().charts.push(chart);
          chartHandle.chart = chart;
        });
        return new FakeChartProxy(ctx, chartHandle, this);
      },
    };
  }

  state(): FakeSheet {
    if (!this.handle.sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    if (!this.ctx.host.sheets.includes(this.handle.sheet)) throw new FakeOfficeError("ItemNotFound", "The worksheet was deleted.");
    return this.handle.sheet;
  }

  get name(): string {
    if (this.loaded.name === undefined) throw new FakeOfficeError("PropertyNotLoaded", "The property 'name' is not available.");
    return this.loaded.name;
  }

  get isNullObject(): boolean {
    if (this.loaded.isNullObject === undefined) throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available.");
    return this.loaded.isNullObject;
  }

  load(props: string): void {
    this.ctx.enqueue(`Worksheet.load(${props})`, () => {
      this.loaded.isNullObject = this.handle.sheet === undefined;
      if (this.handle.sheet) this.loaded.name = this.handle.sheet.name;
    });
  }

  getRange(address: string): FakeRange {
    this.ctx.enqueue(`Worksheet.getRange(${address})`, () => undefined);
    return new FakeRange(this.ctx, this.handle, address);
  }

  activate(): void {
    this.ctx.enqueue(`Worksheet.activate()`, () => void (this.ctx.host.activeSheet = this.state().name));
  }

  delete(): void {
    this.ctx.enqueue(`Worksheet.delete()`, () => {
      const s = this.state();
      const host = this.ctx.host;
      if (host.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      host.sheets = host.sheets.filter((x) => x !== s);
      if (host.activeSheet === s.name) host.activeSheet = host.sheets[0].name;
      if (host.selection?.sheet === s.name) host.selection = undefined;
    });
  }
}

class FakeRange {
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  readonly format: Record<string, unknown> & {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    borders: { getItem: (edge: string) => Record<string, unknown> };
  };
  readonly dataValidation: { rule?: unknown; prompt?: unknown; errorAlert?: unknown };
  readonly conditionalFormats: { add: (type: string) => { custom: { rule: { formula?: string }; format: { font: Record<string, unknown>; fill: Record<string, unknown> } } } };

  constructor(
    private readonly ctx: FakeContext,
    readonly handle: SheetHandle,
    readonly address: string,
  ) {
    const label = `Range(${address})`;
    const sheet = (): FakeSheet => {
      if (!handle.sheet || !ctx.host.sheets.includes(handle.sheet)) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return handle.sheet;
    };
    const rect = (): Rect => parseAddress(address);
    const cell = (s: FakeSheet, r: number, c: number): FakeCell => {
      return (s.cells[key(r, c)] ??= { format: {} });
    };
    const each = (f: (cell: FakeCell) => void): void => {
      const s = sheet();
      const g = rect();
      if (!Number.isFinite(g.rows)) throw new Error(`fake: cell formats on whole columns (${address}) are not modelled`);
      for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.cols; c++) f(cell(s, g.top + r, g.left + c));
    };
    const grid = (v: unknown, what: string, put: (cell: FakeCell, x: unknown) => void): void => {
      const s = sheet();
      const g = rect();
      if (!Array.isArray(v) || v.length !== g.rows || v.some((row) => !Array.isArray(row) || row.length !== g.cols)) {
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} of ${address}).`);
      }
      for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.cols; c++) put(cell(s, g.top + r, g.left + c), (v as unknown[][])[r][c]);
    };
    const formatSetter = (path: string) => (v: never) => each((c) => void (c.format[path] = v));

    const font = setters(ctx, `${label}.format.font`, {}, { name: formatSetter("font.name"), bold: formatSetter("font.bold"), italic: formatSetter("font.italic"), color: formatSetter("font.color"), size: formatSetter("font.size") });
    const fill = setters(ctx, `${label}.format.fill`, {}, { color: formatSetter("fill.color") });
    const borders = {
      getItem: (edge: string) => {
        ctx.enqueue(`${label}.format.borders.getItem(${edge})`, () => undefined);
        return setters(ctx, `${label}.format.borders.${edge}`, {}, { style: formatSetter(`borders.${edge}.style`), weight: formatSetter(`borders.${edge}.weight`) });
      },
    };
    this.format = setters(
      ctx,
      `${label}.format`,
      { font, fill, borders } as FakeRange["format"],
      {
        wrapText: formatSetter("wrapText"),
        horizontalAlignment: formatSetter("horizontalAlignment"),
        indentLevel: formatSetter("indentLevel"),
        columnWidth: (v: never) => {
          const g = rect();
          const s = sheet();
          for (let c = g.left; c < g.left + g.cols; c++) s.columnWidths[c] = v;
        },
        rowHeight: (v: never) => {
          const g = rect();
          if (!Number.isFinite(g.rows)) throw new Error(`fake: row heights of whole columns (${address}) are not modelled`);
          if (!(typeof v === "number" && v >= 0 && v <= 409)) throw new FakeOfficeError("InvalidArgument", `Invalid row height ${String(v)}`);
          const s = sheet();
          for (let r = g.top; r < g.top + g.rows; r++) s.rowHeights[r] = v;
        },
      },
    );

    const validation = { address } as FakeSheet["validations"][number];
    let validationAdded = false;
    const addValidation = (s: FakeSheet): void => {
      if (!validationAdded) s.validations.push(validation);
      validationAdded = true;
    };
    this.dataValidation = setters(ctx, `${label}.dataValidation`, {}, {
      rule: (v) => {
        addValidation(sheet());
        validation.rule = v;
      },
      prompt: (v) => {
        addValidation(sheet());
        validation.prompt = v;
      },
      errorAlert: (v) => {
        addValidation(sheet());
        validation.errorAlert = v;
      },
    });

    this.conditionalFormats = {
      add: (type: string) => {
        const cf: FakeSheet["conditionalFormats"][number] = { address, type, format: {} };
        ctx.enqueue(`${label}.conditionalFormats.add(${type})`, () => void sheet().conditionalFormats.push(cf));
        const cfFormat = (path: string) => (v: never) => void (cf.format[path] = v);
        return {
          custom: {
            rule: setters(ctx, `${label}.cf.rule`, {}, { formula: (v: never) => void (cf.formula = v) }),
            format: {
              font: setters(ctx, `${label}.cf.format.font`, {}, { bold: cfFormat("font.bold"), color: cfFormat("font.color") }),
              fill: setters(ctx, `${label}.cf.format.fill`, {}, { color: cfFormat("fill.color") }),
            },
          },
        };
      },
    };

    // Last: `setters` seals the object.
    setters(ctx, label, this, {
      formulas: (v) =>
        grid(v, "formulas", (c, x) => {
          if (typeof x !== "string" && typeof x !== "number" && typeof x !== "boolean") throw new FakeOfficeError("InvalidArgument", `Unsupported cell input ${String(x)}`);
          const parsed = parseTyped(x);
          c.formula = parsed.formula;
          c.value = parsed.value;
        }),
      numberFormat: (v) =>
        grid(v, "numberFormat", (c, x) => {
          if (typeof x !== "string") throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
          c.numberFormat = x;
        }),
    });
  }

  /** The cell at (row, col) of this range, both 0-based. */
  getCell(row: number, col: number): FakeRange {
    const g = parseAddress(this.address);
    const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
    this.ctx.enqueue(`Range(${this.address}).getCell(${row},${col})`, () => undefined);
    return new FakeRange(this.ctx, this.handle, `${letters(g.left + col)}${g.top + row + 1}`);
  }

  select(): void {
    this.ctx.enqueue(`Range(${this.address}).select()`, () => {
      if (!this.handle.sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      this.ctx.host.selection = { sheet: this.handle.sheet.name, address: this.address };
    });
  }
}

class FakeChartProxy {
  readonly title: { text?: string };
  readonly series: { getItemAt: (i: number) => FakeSeriesProxy; add: (name?: string) => FakeSeriesProxy };
  readonly axes: { valueAxis: { title: { text?: string } }; getItem: (type: string, group: string) => { title: { text?: string } } };

  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: { chart?: FakeChart },
    sheet: FakeWorksheet,
  ) {
    const chart = (): FakeChart => {
      sheet.state();
      if (!handle.chart) throw new FakeOfficeError("ItemNotFound", "The chart doesn't exist.");
      return handle.chart;
    };
    this.title = setters(ctx, "Chart.title", {}, { text: (v: never) => void (chart().title = v) });
    this.series = {
      getItemAt: (i) => {
        ctx.enqueue(`Chart.series.getItemAt(${i})`, () => undefined);
        return new FakeSeriesProxy(ctx, () => {
          const s = chart().series[i];
          if (!s) throw new FakeOfficeError("ItemNotFound", `No series at ${i}.`);
          return s;
        });
      },
      add: (name) => {
        const entry: FakeChart["series"][number] = { name };
        ctx.enqueue(`Chart.series.add(${name ?? ""})`, () => void chart().series.push(entry));
        return new FakeSeriesProxy(ctx, () => entry);
      },
    };
    const axisTitle = (axis: string) => setters(ctx, `Chart.axes.${axis}.title`, {}, { text: (v: never) => void (chart().axisTitles[axis] = v) });
    this.axes = {
      valueAxis: { title: axisTitle("Value/Primary") },
      getItem: (type, group) => {
        ctx.enqueue(`Chart.axes.getItem(${type},${group})`, () => undefined);
        return { title: axisTitle(`${type}/${group}`) };
      },
    };
  }

  setPosition(start: string, end: string): void {
    this.ctx.enqueue(`Chart.setPosition(${start},${end})`, () => {
      if (!this.handle.chart) throw new FakeOfficeError("ItemNotFound", "The chart doesn't exist.");
      this.handle.chart.position = [start, end];
    });
  }
}

class FakeSeriesProxy {
  declare name?: string;
  declare chartType?: string;
  declare axisGroup?: string;
  constructor(
    private readonly ctx: FakeContext,
    private readonly entry: () => FakeChart["series"][number],
  ) {
    setters(ctx, "Series", this, {
      name: (v: never) => void (entry().name = v),
      chartType: (v: never) => void (entry().chartType = v),
      axisGroup: (v: never) => void (entry().axisGroup = v),
    });
  }

  setValues(r: FakeRange): void {
    this.ctx.enqueue(`Series.setValues(${r.address})`, () => void (this.entry().values = r.address));
  }

  setXAxisValues(r: FakeRange): void {
    this.ctx.enqueue(`Series.setXAxisValues(${r.address})`, () => void (this.entry().xValues = r.address));
  }
}
