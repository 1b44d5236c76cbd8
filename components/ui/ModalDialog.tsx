"use client";

import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { isSubmitShortcut, returnCandidates, tabbablesIn, wrapTarget } from "./dialog-focus";

export interface ModalDialogProps {
  /** Id of the element naming the dialog (its heading). */
  labelledBy: string;
  /** Esc from anywhere inside, or the browser closing it: the parent unmounts the dialog. */
  onClose: () => void;
  /** What Ctrl+Enter (Cmd+Enter) does when the dialog has no form to submit. */
  onSubmitShortcut?: () => void;
  /** A CSS selector for the control to focus on opening; the first control otherwise. */
  initialFocus?: string;
  /** Where focus goes on close if the element the user was on has gone (e.g. a re-rendered row). */
  returnFocus?: () => Element | null | undefined;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * The one modal dialog of the app, on a native `<dialog>` opened with `showModal()` (the page
 * behind becomes inert and the dialog sits in the top layer). On top of that it traps Tab and
 * Shift+Tab, closes on Esc from any control inside, submits its form on Ctrl+Enter (Cmd+Enter on a
 * Mac) from any field, and on close returns focus to where the user was — never to `<body>`.
 * The dialog is open while it is mounted: the parent renders it to open it and drops it to close it.
 */
export function ModalDialog({ labelledBy, onClose, onSubmitShortcut, initialFocus, returnFocus, className, testId, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef({ onClose, onSubmitShortcut, returnFocus });
  const mounted = useRef(true);
  useEffect(() => {
    latest.current = { onClose, onSubmitShortcut, returnFocus };
  });

  // A layout effect: the dialog is open and focused before the browser paints it, and on close the
  // focus goes back before the next paint, so there is no frame with focus on <body>.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const previous = dialog.ownerDocument.activeElement;
    mounted.current = true;
    // React (StrictMode) can run this twice: showModal() throws on an already open dialog.
    if (!dialog.open) dialog.showModal();
    const first = (initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null) ?? tabbablesIn(dialog)[0] ?? dialog;
    first.focus();
    return () => {
      mounted.current = false;
      if (dialog.open) dialog.close();
      for (const candidate of returnCandidates(previous, latest.current.returnFocus, dialog.ownerDocument)) {
        candidate.focus({ preventScroll: true });
        if (dialog.ownerDocument.activeElement === candidate) break;
      }
    };
    // Opening happens once per mount; later changes of initialFocus do not move the user's focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: React.KeyboardEvent<HTMLDialogElement>) {
    const dialog = event.currentTarget;
    // A control inside that already acted on the key (a comment box sending on Ctrl+Enter, an
    // inline edit cancelled by Esc) keeps it: the dialog does not act a second time.
    if (event.defaultPrevented) return;
    if (event.key === "Escape") {
      // Handled here rather than by the browser's cancel: Chromium stops honouring a prevented
      // cancel after repeated Esc presses without user activation (close watchers).
      event.preventDefault();
      event.stopPropagation();
      latest.current.onClose();
    } else if (event.key === "Tab") {
      const target = wrapTarget(tabbablesIn(dialog), dialog.ownerDocument.activeElement, event.shiftKey);
      if (!target) return;
      event.preventDefault();
      target.focus();
    } else if (isSubmitShortcut(event.nativeEvent)) {
      event.preventDefault();
      event.stopPropagation();
      if (latest.current.onSubmitShortcut) return latest.current.onSubmitShortcut();
      const active = dialog.ownerDocument.activeElement;
      const form = (active && dialog.contains(active) ? active.closest("form") : null) ?? dialog.querySelector("form");
      form?.requestSubmit();
    }
  }

  return (
    <dialog
      ref={ref}
      className={className ?? "dialog"}
      aria-labelledby={labelledBy}
      // The dialog itself takes focus only as a last resort (a dialog without controls).
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        latest.current.onClose();
      }}
      // The browser may close it on its own (a forced close request): keep React's state in step.
      onClose={() => mounted.current && ref.current && !ref.current.open && latest.current.onClose()}
    >
      {children}
    </dialog>
  );
}
