"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { segmentFocusTarget } from "./segment-focus";

/** Asks why a segment is rejected; the reason is kept as a comment on the segment for the translator. */
export function RejectDialog({
  number,
  segmentId,
  onSubmit,
  onClose,
}: {
  number: number;
  segmentId: string;
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation("workbench");
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog
      labelledBy={`${id}-title`}
      onClose={onClose}
      initialFocus="[name=reason]"
      returnFocus={() => segmentFocusTarget(segmentId)}
      className="annotate-dialog"
      testId="reject-dialog"
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          const problem = await onSubmit(String(new FormData(event.currentTarget).get("reason") ?? "").trim());
          setBusy(false);
          if (problem) setError(problem);
          else onClose();
        }}
      >
        <h2 id={`${id}-title`}>{t("review.rejectTitle", { n: number })}</h2>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("review.reason")}</label>
          <textarea id={`${id}-reason`} name="reason" rows={3} required maxLength={4000} />
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
            {t("review.reject")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("review.cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

export interface Rejection {
  segmentId: string;
  number: number;
  /** The translation as it stands when the reviewer rejects it. */
  text: string;
}

/**
 * Rejects a segment: the reason first becomes a comment on it (so the translator sees why, and can
 * answer in the thread), then the status is saved. Resolves to an error message, or null.
 */
export async function rejectWithReason(
  rejection: Rejection,
  reason: string,
  deps: {
    comment: (segmentId: string, body: string) => Promise<string | null>;
    save: (segmentId: string, text: string) => void;
  },
): Promise<string | null> {
  const problem = await deps.comment(rejection.segmentId, reason);
  if (problem) return problem;
  deps.save(rejection.segmentId, rejection.text);
  return null;
}
