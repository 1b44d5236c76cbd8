"use client";

import { useId, useState, type ReactNode } from "react";
import { ModalDialog, type ModalDialogProps } from "@/components/ui/ModalDialog";

export interface ReasonDialogProps {
  title: string;
  label: string;
  submitLabel: string;
  cancelLabel: string;
  maxLength: number;
  testId: string;
  /** Shown between the title and the field (what the reason is about). */
  children?: ReactNode;
  /** When given, a reason of only spaces is refused with this message before anything is sent. */
  emptyMessage?: string;
  returnFocus?: ModalDialogProps["returnFocus"];
  /** Resolves to an error message, or null once the reason is kept (the dialog then closes). */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}

/**
 * A dialog that asks why (rejecting a segment, ignoring a QA issue): one required reason, sent
 * trimmed, the server's refusal shown in place, Ctrl+Enter submits like the button.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      onClose={props.onClose}
      initialFocus="[name=reason]"
      returnFocus={props.returnFocus}
      className="annotate-dialog"
      testId={props.testId}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
          if (!reason && props.emptyMessage) return setError(props.emptyMessage);
          setBusy(true);
          const problem = await props.onSubmit(reason);
          setBusy(false);
          if (problem) setError(problem);
          else props.onClose();
        }}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.children}
        <div className="field">
          <label htmlFor={`${id}-reason`}>{props.label}</label>
          <textarea id={`${id}-reason`} name="reason" rows={3} required maxLength={props.maxLength} />
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
            {props.submitLabel}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {props.cancelLabel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
