"use client";

import { useTranslation } from "react-i18next";
import { CommentThreads } from "./CommentThreads";

interface CommentsPanelProps {
  documentId: string;
  segmentId: string;
  number: number;
  canWrite: boolean;
  userId: string | null;
  isOwner: boolean;
  onChanged: () => void;
  onClose: () => void;
}

/** A segment's comment threads beside the grid, like its history. */
export function CommentsPanel({ number, onClose, ...threads }: CommentsPanelProps) {
  const { t } = useTranslation("comments");
  return (
    <div className="annotate-dialog history-panel" role="dialog" aria-labelledby="comments-panel-title" data-testid="comments-panel" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <h2 id="comments-panel-title">{t("panel.title", { n: number })}</h2>
      <button type="button" className="button button--small history-panel__close" onClick={onClose} autoFocus>{t("panel.close")}</button>
      <CommentThreads {...threads} />
    </div>
  );
}
