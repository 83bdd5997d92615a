/**
 * Small DOM helpers of the pane. Text reaches the DOM only through textContent
 * and attributes, never as markup.
 */

/** The element of taskpane.html with this id. @throws Error when the page lacks it */
export function byId(doc: Document, id: string): HTMLElement {
  const e = doc.getElementById(id);
  if (!e) throw new Error(`taskpane.html lacks #${id}`);
  return e;
}

/** A new element with an optional class, id, text and children. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; id?: string; text?: string } = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.id) e.id = props.id;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
}

/** A Fluent button with its visible label and its accessible name. */
export function button(doc: Document, label: string, accessibleName: string, appearance: "primary" | "secondary"): HTMLElement {
  const b = doc.createElement("fluent-button");
  b.setAttribute("appearance", appearance);
  b.setAttribute("aria-label", accessibleName);
  b.textContent = label;
  return b;
}

/** Disabled for good (Excel cannot do it here): out of the tab order, the reason is written next to it. */
export function setDisabled(b: HTMLElement, disabled: boolean): void {
  b.toggleAttribute("disabled", disabled);
  b.setAttribute("aria-disabled", String(disabled));
}

/**
 * Unavailable for a moment (an insert is running): the button keeps keyboard focus
 * and its place in the tab order, ignores presses (Fluent's `disabled-focusable`)
 * and says so to assistive technology (`aria-disabled`).
 */
export function setBusy(b: HTMLElement, busy: boolean): void {
  if (b.hasAttribute("disabled")) return;
  b.toggleAttribute("disabled-focusable", busy);
  b.setAttribute("aria-disabled", String(busy));
}

/** Is the button usable now (neither disabled for good nor busy)? */
export function usable(b: HTMLElement): boolean {
  return !b.hasAttribute("disabled") && !b.hasAttribute("disabled-focusable");
}
