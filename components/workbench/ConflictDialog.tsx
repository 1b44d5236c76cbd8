"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { segmentFocusTarget } from "./segment-focus";

export interface Conflict {
  segmentId: string;
  number: number;
  mine: { targetText: string; status?: string };
  theirs: string;
  theirStatus: string;
  currentVersion: number;
}

/**
 * Shows both texts of a conflicting save; nothing is written until the user picks one. Ctrl+Enter
 * keeps mine (the primary choice). Esc closes it without choosing — the choice decides which text
 * survives, so it is never made silently: a reminder stays on screen and reopens it.
 */
export function ConflictDialog({ conflict, onKeepMine, onTakeTheirs }: { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useTranslation("workbench");
  // Deferring is per conflict: a new conflict (another save refused) opens the dialog again.
  const [deferred, setDeferred] = useState<Conflict | null>(null);
  if (deferred === conflict) {
    return (
      <div className="conflict-reminder" role="status">
        <button type="button" className="button button--small" onClick={() => setDeferred(null)} data-testid="conflict-reminder">
          {t("dialogs.conflictPending", { n: conflict.number })}
        </button>
      </div>
    );
  }
  return (
    <ModalDialog
      labelledBy="conflict-title"
      onClose={() => setDeferred(conflict)}
      onSubmitShortcut={onKeepMine}
      returnFocus={() => segmentFocusTarget(conflict.segmentId)}
      testId="conflict-dialog"
    >
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>{t("conflict.explanation", { n: conflict.number })}</p>
      <div className="conflict-texts">
        <section>
          <h3>{t("conflict.theirs")}</h3>
          <p className="conflict-text" lang="en" data-testid="conflict-theirs">
            {conflict.theirs || t("conflict.empty")}
          </p>
        </section>
        <section>
          <h3>{t("conflict.yours")}</h3>
          <p className="conflict-text" lang="en" data-testid="conflict-mine">
            {conflict.mine.targetText || t("conflict.empty")}
          </p>
        </section>
      </div>
      <p className="hint">{t("dialogs.conflictLater")}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t("conflict.takeTheirs")}
        </button>
        <button type="button" className="button button--primary" onClick={onKeepMine} aria-keyshortcuts="Control+Enter Meta+Enter">
          {t("conflict.keepMine")}
        </button>
      </div>
    </ModalDialog>
  );
}
