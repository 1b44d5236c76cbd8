"use client";

import { useTranslation } from "react-i18next";
import type { StructureNotice as Notice } from "./use-restructure";

/** The outcome of the last merge/split/move, announced to screen readers. */
export function StructureNotice({ notice }: { notice: Notice | null }) {
  const { t } = useTranslation("workbench");
  if (!notice) return <p role="status" aria-live="polite" className="structure-notice" />;
  const text =
    notice.kind === "done"
      ? `${t(`structure.done.${notice.command}`)}${notice.command === "undo" ? "" : ` ${t("structure.undoHint")}`}`
      : notice.message === "unsaved"
        ? t("structure.unsaved")
        : t("structure.failed", { message: notice.message ?? "" });
  return (
    <p role="status" aria-live="polite" className={`structure-notice structure-notice--${notice.kind}`} data-testid="structure-notice">
      {text}
    </p>
  );
}
