/**
 * The error adapter: plain FunctionError objects in Node; inside Excel (the
 * global CustomFunctions exists) real CustomFunctions.Error objects, with a
 * message only for the codes whose message Excel shows.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { basicValueOf, errorCodeOf, FunctionError, makeError } from "../../src/functions/cellError";
import { gwToGpus } from "../../src/functions/gwToGpus";

/** A stand-in for the runtime class that records how it was constructed. */
class FakeCfError {
  readonly args: unknown[];
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    this.args = message === undefined ? [code] : [code, message];
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("makeError", () => {
  it("outside Excel returns a FunctionError with code and message", () => {
    const e = makeError("#DIV/0!", "interest is 0");
    expect(e).toBeInstanceOf(FunctionError);
    expect([e.code, e.message]).toEqual(["#DIV/0!", "interest is 0"]);
  });
  it("inside Excel builds CustomFunctions.Error, passing messages only for #VALUE! and #N/A", () => {
    vi.stubGlobal("CustomFunctions", { Error: FakeCfError, ErrorCode: {} });
    const v = makeError("#VALUE!", "pue must be greater than 0") as unknown as FakeCfError;
    const d = makeError("#DIV/0!", "interest is 0") as unknown as FakeCfError;
    expect(v).toBeInstanceOf(FakeCfError);
    expect(v.args).toEqual(["#VALUE!", "pue must be greater than 0"]);
    expect(d.args).toEqual(["#DIV/0!"]);
  });
  it("functions return runtime errors per cell inside Excel", () => {
    vi.stubGlobal("CustomFunctions", { Error: FakeCfError, ErrorCode: {} });
    const r = gwToGpus([[1], [-1]]);
    expect(r[0]![0]).toBe(500_000);
    expect((r[1]![0] as FakeCfError).args).toEqual(["#VALUE!", "gigawatts must be 0 or more"]);
  });
});

describe("errorCodeOf", () => {
  it.each([
    [{ code: "#N/A" }, "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["#SPILL!", "#SPILL!"],
    ["#value!", undefined], // Excel's error texts are upper case; other text is text
    ["GB200", undefined],
    [{ code: 7 }, undefined],
    [[["#N/A"]], undefined],
    [null, undefined],
    [3, undefined],
  ])("errorCodeOf(%j) = %s", (v, code) => {
    expect(errorCodeOf(v)).toBe(code);
  });
});

describe("data-type cell values (allowCustomDataForDataTypeAny)", () => {
  it.each([
    [{ type: "Double", basicValue: 1.5, numberFormat: "0.0" }, 1.5],
    [{ type: "Error", errorType: "Div0" }, "#DIV/0!"],
    [{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, "#N/A"],
    [{ type: "Error", errorType: "SomethingNew" }, "#VALUE!"],
    [{ type: "Entity", text: "CoreWeave", basicValue: "#VALUE!" }, "#VALUE!"],
    [{ type: "Boolean", basicValue: true }, true],
    [{ code: "#N/A" }, { code: "#N/A" }],
    [7, 7],
  ])("basicValueOf(%j) = %j", (v, expected) => {
    expect(basicValueOf(v)).toEqual(expected);
  });
  it("functions read them like plain cells", () => {
    const r = gwToGpus([[{ type: "Double", basicValue: 1 }], [{ type: "Error", errorType: "Div0" }], [{ type: "Entity", text: "x", basicValue: "#VALUE!" }]]);
    expect(r[0]![0]).toBe(500_000);
    expect((r[1]![0] as FunctionError).code).toBe("#DIV/0!");
    expect((r[2]![0] as FunctionError).code).toBe("#VALUE!");
  });
});
