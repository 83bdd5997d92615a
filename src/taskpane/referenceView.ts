/**
 * The pane's function reference, and its "Insert example" buttons: the example
 * is written only into empty cells (exampleTarget.ts); when the active cell or the
 * example's spill area holds data, a confirmation right below the button pressed
 * offers the first empty cell below the data, or to cancel.
 */
import type { ExcelRun } from "../workbook/excel";
import type { BusyGate } from "./busyGate";
import { button, el, setDisabled, usable } from "./dom";
import { type CellArea, areaAddress, writeExampleIfEmpty } from "./exampleTarget";
import type { ReferenceEntry } from "./functionReference";
import type { StatusBar } from "./statusBar";
import type { Strings } from "./strings";

export interface ReferenceView {
  doc: Document;
  s: Strings;
  /** absent outside Excel: the buttons are disabled */
  run?: ExcelRun;
  status: StatusBar;
  gate: BusyGate;
  /** unbreakable spaces for shown text */
  text: (t: string) => string;
  /** id of the note saying why the buttons are disabled, when Excel is there but cannot take examples */
  disabledNote?: string;
}

/** "Sheet1!B3", quoting sheet names as Excel does when they are not plain words. */
export function qualifiedAddress(a: CellArea): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(a.sheet) ? a.sheet : `'${a.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${areaAddress(a)}`;
}

/** Fills `list` with one item per function. */
export function renderReference(v: ReferenceView, list: HTMLElement, entries: readonly ReferenceEntry[]): void {
  const { doc, s } = v;
  const items = entries.map((f) => {
    const children: Node[] = [
      el(doc, "h3", { text: f.name }),
      el(doc, "p", { className: "aif-muted", text: v.text(f.description) }),
      el(doc, "p", {}, [el(doc, "span", { className: "aif-label", text: `${s.syntax}${s.lang === "fr" ? "\u00a0: " : ": "}` }), el(doc, "code", { text: f.syntax })]),
    ];
    if (f.example !== undefined && f.write !== undefined) {
      const write = f.write;
      children.push(el(doc, "p", {}, [el(doc, "span", { className: "aif-label", text: `${s.example}${s.lang === "fr" ? "\u00a0: " : ": "}` }), el(doc, "code", { text: f.example })]));
      const b = button(doc, s.insertExample, s.insertExampleLabel(f.name), "secondary");
      b.dataset.function = f.name;
      b.dataset.id = f.id;
      v.gate.register(b);
      if (!v.run) setDisabled(b, true);
      if (v.disabledNote) b.setAttribute("aria-describedby", v.disabledNote);
      b.addEventListener("click", () => {
        if (!v.run || !usable(b)) return;
        void insertExample(v, v.run, b, f.example ?? write.formula, write);
      });
      children.push(b);
    }
    return el(doc, "li", {}, children);
  });
  list.replaceChildren(...items);
}

/** Removes any open confirmation. */
function closeConfirm(doc: Document): void {
  doc.querySelectorAll(".aif-confirm").forEach((c) => c.remove());
}

async function insertExample(v: ReferenceView, run: ExcelRun, pressed: HTMLElement, shown: string, write: NonNullable<ReferenceEntry["write"]>, where?: CellArea): Promise<void> {
  const { s, status } = v;
  closeConfirm(v.doc);
  await v.gate.run(async () => {
    try {
      const r = await writeExampleIfEmpty(run, write.formula, write.size, where);
      if (r.kind === "written") status.say(s.exampleInserted(shown, qualifiedAddress({ ...r.at, rows: 1, cols: 1 })), "ok");
      else {
        const text = s.exampleOccupied(qualifiedAddress(r.at), r.fallback ? areaAddress({ ...r.fallback, rows: 1, cols: 1 }) : undefined);
        status.say(text, "info");
        if (r.fallback) showConfirm(v, run, pressed, shown, write, r.fallback, text);
      }
    } catch (err) {
      status.say(s.exampleFailed(err instanceof Error ? err.message : String(err)), "error");
    }
  });
}

/** The choice right below the button pressed: write at the fallback cell, or cancel. Focus stays on the button pressed; Tab reaches the choice next. */
function showConfirm(v: ReferenceView, run: ExcelRun, pressed: HTMLElement, shown: string, write: NonNullable<ReferenceEntry["write"]>, fallback: CellArea, text: string): void {
  const { doc, s } = v;
  const textId = `aif-confirm-${pressed.dataset.id ?? "x"}`;
  const cell = areaAddress({ ...fallback, rows: 1, cols: 1 });
  const yes = button(doc, s.writeAt(cell), s.writeAt(cell), "primary");
  const no = button(doc, s.cancel, s.cancel, "secondary");
  yes.dataset.action = "write-at";
  no.dataset.action = "cancel";
  const box = el(doc, "div", { className: "aif-confirm" }, [el(doc, "p", { id: textId, text: v.text(text) }), yes, no]);
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", s.confirmLabel(pressed.dataset.function ?? ""));
  box.setAttribute("aria-describedby", textId);
  pressed.after(box);
  yes.addEventListener("click", () => {
    pressed.focus();
    void insertExample(v, run, pressed, shown, write, fallback);
  });
  no.addEventListener("click", () => {
    closeConfirm(doc);
    pressed.focus();
    v.status.say(s.exampleCancelled, "info");
  });
}
