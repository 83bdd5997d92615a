/**
 * What the task pane's "Insert example" reads from Excel, added to the recording
 * fake of test/support/fakeExcel.ts for the browser test: `getSelectedRange`,
 * `Worksheets.getItem`, `Worksheet.getCell` / `getUsedRangeOrNullObject(valuesOnly)`,
 * `Range.getCell` / `getResizedRange` / `worksheet` / `load` and the loaded
 * `formulas`, `rowIndex`, `columnIndex`, `name`, `isNullObject`, `rowCount`.
 *
 * Same rules as the fake: calls are queued and numbered by the host, loaded
 * properties become readable only after `sync()` (reading one before throws as
 * Office.js does), a missing sheet fails at sync. Writes go through the fake's own
 * `Range.formulas`, so they are parsed and recorded exactly as the model writer's.
 */
import { FakeOfficeError, key, parseAddress, type FakeExcelHost, type FakeSheet } from "../support/fakeExcel";

interface Ctx {
  host: FakeExcelHost;
  enqueue(what: string, apply: () => void): void;
  workbook: { worksheets: { getItemOrNullObject(name: string): { getRange(a: string): { formulas: unknown } } } } & Record<string, unknown>;
}

const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

function sheetOf(ctx: Ctx, name: string): FakeSheet {
  const s = ctx.host.sheet(name);
  if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}.`);
  return s;
}

/** Reading a property before load + sync fails as in Office.js. */
function loaded<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new FakeOfficeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call sync().`);
  return value;
}

class ReadRange {
  private snap: { formulas?: unknown[][]; rowIndex?: number; columnIndex?: number } = {};
  constructor(
    private readonly ctx: Ctx,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  get address(): string {
    const first = `${letters(this.col)}${this.row + 1}`;
    return this.rows === 1 && this.cols === 1 ? first : `${first}:${letters(this.col + this.cols - 1)}${this.row + this.rows}`;
  }

  get worksheet(): ReadSheet {
    return new ReadSheet(this.ctx, this.sheetName);
  }

  getCell(r: number, c: number): ReadRange {
    this.ctx.enqueue(`Range(${this.address}).getCell(${r},${c})`, () => undefined);
    return new ReadRange(this.ctx, this.sheetName, this.row + r, this.col + c, 1, 1);
  }

  getResizedRange(dr: number, dc: number): ReadRange {
    this.ctx.enqueue(`Range(${this.address}).getResizedRange(${dr},${dc})`, () => {
      if (this.rows + dr < 1 || this.cols + dc < 1) throw new FakeOfficeError("InvalidArgument", "The resized range is empty.");
    });
    return new ReadRange(this.ctx, this.sheetName, this.row, this.col, this.rows + dr, this.cols + dc);
  }

  load(props: string): void {
    this.ctx.enqueue(`Range(${this.address}).load(${props})`, () => {
      const s = sheetOf(this.ctx, this.sheetName);
      const want = props.split(",").map((p) => p.trim());
      if (want.includes("formulas")) {
        this.snap.formulas = Array.from({ length: this.rows }, (_, r) =>
          Array.from({ length: this.cols }, (_, c) => {
            const cell = s.cells[key(this.row + r, this.col + c)];
            return cell?.formula ?? cell?.value ?? "";
          }),
        );
      }
      if (want.includes("rowIndex")) this.snap.rowIndex = this.row;
      if (want.includes("columnIndex")) this.snap.columnIndex = this.col;
    });
  }

  get formulas(): unknown[][] {
    return loaded(this.snap.formulas, "formulas");
  }

  /** Written through the fake's own Range (queued, parsed as typed input, recorded). */
  set formulas(v: unknown[][]) {
    this.ctx.workbook.worksheets.getItemOrNullObject(this.sheetName).getRange(this.address).formulas = v;
  }

  get rowIndex(): number {
    return loaded(this.snap.rowIndex, "rowIndex");
  }

  get columnIndex(): number {
    return loaded(this.snap.columnIndex, "columnIndex");
  }
}

class ReadSheet {
  private loadedName: string | undefined;
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetName: string,
  ) {}

  load(props: string): void {
    this.ctx.enqueue(`Worksheet(${this.sheetName}).load(${props})`, () => void (this.loadedName = sheetOf(this.ctx, this.sheetName).name));
  }

  get name(): string {
    return loaded(this.loadedName, "name");
  }

  getCell(r: number, c: number): ReadRange {
    this.ctx.enqueue(`Worksheet(${this.sheetName}).getCell(${r},${c})`, () => undefined);
    return new ReadRange(this.ctx, this.sheetName, r, c, 1, 1);
  }

  /** The bounding box of the cells holding a value or a formula (valuesOnly: formats alone do not count). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): { load(p: string): void; isNullObject: boolean; rowIndex: number; rowCount: number } {
    const snap: { isNullObject?: boolean; rowIndex?: number; rowCount?: number } = {};
    const ctx = this.ctx;
    const name = this.sheetName;
    ctx.enqueue(`Worksheet(${name}).getUsedRangeOrNullObject(${String(valuesOnly)})`, () => undefined);
    return {
      load(p: string) {
        ctx.enqueue(`UsedRange(${name}).load(${p})`, () => {
          const rows = Object.entries(sheetOf(ctx, name).cells)
            .filter(([, c]) => valuesOnly === false || c.formula !== undefined || c.value !== undefined)
            .map(([k]) => Number(k.split(",")[0]));
          snap.isNullObject = rows.length === 0;
          if (rows.length > 0) {
            snap.rowIndex = Math.min(...rows);
            snap.rowCount = Math.max(...rows) - snap.rowIndex + 1;
          }
        });
      },
      get isNullObject() {
        return loaded(snap.isNullObject, "isNullObject");
      },
      get rowIndex() {
        return loaded(snap.rowIndex, "rowIndex");
      },
      get rowCount() {
        return loaded(snap.rowCount, "rowCount");
      },
    };
  }
}

/** `host.run` with the reads above added to each batch's context. */
export function runWithReads(host: FakeExcelHost): FakeExcelHost["run"] {
  return (batch) =>
    host.run((context) => {
      const ctx = context as unknown as Ctx;
      ctx.workbook.getSelectedRange = () => {
        const sheet = host.selection?.sheet ?? host.activeSheet ?? host.sheets[0].name;
        const rect = parseAddress(host.selection?.address ?? "A1");
        ctx.enqueue("Workbook.getSelectedRange()", () => undefined);
        return new ReadRange(ctx, sheet, rect.top, rect.left, rect.rows, rect.cols);
      };
      (ctx.workbook.worksheets as unknown as Record<string, unknown>).getItem = (name: string) => {
        ctx.enqueue(`Worksheets.getItem(${name})`, () => void sheetOf(ctx, name));
        return new ReadSheet(ctx, name);
      };
      return batch(context);
    });
}
