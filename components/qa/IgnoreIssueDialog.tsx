"use client";

import { useTranslation } from "react-i18next";
import { ReasonDialog } from "@/components/ui/ReasonDialog";

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
  return (
    <ReasonDialog
      title={t("ignoreDialog.title")}
      label={t("ignoreDialog.reason")}
      submitLabel={t("ignoreDialog.submit")}
      cancelLabel={t("ignoreDialog.cancel")}
      emptyMessage={t("ignoreDialog.required")}
      maxLength={500}
      testId="qa-ignore-dialog"
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <p className="qa-ignore__issue">{message}</p>
    </ReasonDialog>
  );
}
