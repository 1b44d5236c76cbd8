/**
 * The keyboard rules every modal dialog of the app shares (components/ui/ModalDialog.tsx): what
 * Tab does at the edges, which keys submit, and where focus goes back to on close. Kept apart from
 * React so each rule is tested on its own.
 */

/** Elements a user can reach with Tab; `[tabindex="-1"]` and disabled controls are left out. */
const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "[contenteditable=true]",
  "[tabindex]",
]
  .map((selector) => `${selector}:not([tabindex="-1"])`)
  .join(", ");

/** The controls inside `root` that Tab visits, in document order (hidden ones skipped). */
export function tabbablesIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => !element.closest("[hidden], [inert]") && element.getClientRects().length > 0);
}

/**
 * Where Tab (or Shift+Tab) must go instead of where the browser would take it, or null to let the
 * browser move on inside the dialog. It wraps at both ends, and pulls focus back in when it is
 * outside (which a modal `<dialog>` should prevent, but the browser's own UI can take it).
 */
export function wrapTarget(tabbables: readonly HTMLElement[], current: Element | null, backwards: boolean): HTMLElement | null {
  if (tabbables.length === 0) return null;
  const first = tabbables[0];
  const last = tabbables[tabbables.length - 1];
  const at = current ? tabbables.indexOf(current as HTMLElement) : -1;
  if (at < 0) return backwards ? last : first;
  if (backwards && at === 0) return last;
  if (!backwards && at === tabbables.length - 1) return first;
  return null;
}

/** Ctrl+Enter, or Cmd+Enter on a Mac: "send this form" wherever the caret is in it. */
export function isSubmitShortcut(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** Whether focus can usefully go back to `element`: still in the page, and not the page itself. */
function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  if (!element || !element.isConnected) return false;
  const { body, documentElement } = element.ownerDocument;
  return element !== body && element !== documentElement && typeof (element as HTMLElement).focus === "function";
}

/**
 * Where focus may go when a dialog closes, best first: the element the user was on when it opened
 * if it is still there; else the caller's fallback (e.g. the segment's editor, re-rendered
 * meanwhile); else the page's main landmark — never `<body>`, where a keyboard user loses their place.
 * The caller focuses the first that actually takes focus.
 */
export function returnCandidates(previous: Element | null, fallback: (() => Element | null | undefined) | undefined, doc: Document): HTMLElement[] {
  const candidates: HTMLElement[] = [];
  if (canTakeFocus(previous)) candidates.push(previous);
  const chosen = fallback?.();
  if (canTakeFocus(chosen)) candidates.push(chosen);
  const main = doc.querySelector<HTMLElement>("main");
  if (main) {
    // A landmark takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (!main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1");
    candidates.push(main);
  }
  return candidates;
}
