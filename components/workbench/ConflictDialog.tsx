"use client";

import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface Conflict {
  segmentId: string;
  number: number;
  mine: { targetText: string; status?: string };
  theirs: string;
  theirStatus: string;
  currentVersion: number;
}

/** Shows both texts of a conflicting save; nothing is written until the user picks one. */
export function ConflictDialog({ conflict, onKeepMine, onTakeTheirs }: { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useTranslation("workbench");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    // Escape must not dismiss it silently: the choice decides which text survives.
    <dialog ref={ref} className="dialog" aria-labelledby="conflict-title" onCancel={(event) => event.preventDefault()} data-testid="conflict-dialog">
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>{t("conflict.explanation", { n: conflict.number })}</p>
      <div className="conflict-texts">
        <section>
          <h3>{t("conflict.theirs")}</h3>
          <p className="conflict-text" lang="en" data-testid="conflict-theirs">{conflict.theirs || t("conflict.empty")}</p>
        </section>
        <section>
          <h3>{t("conflict.yours")}</h3>
          <p className="conflict-text" lang="en" data-testid="conflict-mine">{conflict.mine.targetText || t("conflict.empty")}</p>
        </section>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onTakeTheirs}>{t("conflict.takeTheirs")}</button>
        <button type="button" className="button button--primary" onClick={onKeepMine}>{t("conflict.keepMine")}</button>
      </div>
    </dialog>
  );
}
