"use client";

import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "@/components/ui/Announcer";
import type { StructureNotice as Notice } from "./use-restructure";

/** The outcome of the last merge/split/move, shown in the toolbar and said through the page's live region. */
export function StructureNotice({ notice }: { notice: Notice | null }) {
  const { t } = useTranslation("workbench");
  const announce = useAnnounce();
  const text = !notice
    ? null
    : notice.kind === "done"
      ? `${t(`structure.done.${notice.command}`)}${notice.command === "undo" ? "" : ` ${t("structure.undoHint")}`}`
      : notice.message === "unsaved"
        ? t("structure.unsaved")
        : t("structure.failed", { message: notice.message ?? "" });
  // Once per notice (a new object each time), so a repeated outcome is said again.
  useEffect(() => {
    if (notice && text) announce(text);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text follows the notice
  }, [notice, announce]);
  if (!notice) return null;
  return (
    <p className={`structure-notice structure-notice--${notice.kind}`} data-testid="structure-notice">
      {text}
    </p>
  );
}
