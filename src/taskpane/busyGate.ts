/**
 * One thing at a time: while an insert (a model or an example) runs, every action
 * button of the pane is busy (focusable, aria-disabled, ignores presses, see
 * dom.ts `setBusy`), so the button just pressed keeps the keyboard focus.
 */
import { setBusy } from "./dom";

export interface BusyGate {
  /** a button to make busy during every task */
  register(b: HTMLElement): void;
  /**
   * Runs `task` unless another is running.
   * @param container an element to mark `aria-busy` meanwhile
   * @returns false when another task was running and `task` did not run
   */
  run(task: () => Promise<void>, container?: HTMLElement): Promise<boolean>;
}

/** A gate with no task running and no button registered yet. */
export function busyGate(): BusyGate {
  const buttons = new Set<HTMLElement>();
  let busy = false;
  return {
    register: (b) => void buttons.add(b),
    async run(task, container) {
      if (busy) return false;
      busy = true;
      buttons.forEach((b) => b.isConnected && setBusy(b, true));
      container?.setAttribute("aria-busy", "true");
      try {
        await task();
      } finally {
        container?.removeAttribute("aria-busy");
        buttons.forEach((b) => setBusy(b, false));
        busy = false;
      }
      return true;
    },
  };
}
