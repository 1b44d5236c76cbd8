"use client";

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalDialog } from "@/components/ui/ModalDialog";

/** Asks why a QA issue is not a mistake; the reason is kept with the ignore and shown to the reviewer. */
export function IgnoreIssueDialog({
  message,
  onSubmit,
  onClose,
}: {
  /** The issue, in words, so the user knows what they are ignoring. */
  message: string;
  /** Resolves to an error message, or null once the ignore is kept. */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation("qa");
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} initialFocus="[name=reason]" className="annotate-dialog" testId="qa-ignore-dialog">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
          if (!reason) return setError(t("ignoreDialog.required"));
          setBusy(true);
          const problem = await onSubmit(reason);
          setBusy(false);
          if (problem) setError(problem);
          else onClose();
        }}
      >
        <h2 id={`${id}-title`}>{t("ignoreDialog.title")}</h2>
        <p className="qa-ignore__issue">{message}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("ignoreDialog.reason")}</label>
          <textarea id={`${id}-reason`} name="reason" rows={3} required maxLength={500} />
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
            {t("ignoreDialog.submit")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("ignoreDialog.cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
