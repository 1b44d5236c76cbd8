"use client";

import { useTranslation } from "react-i18next";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { segmentFocusTarget } from "@/components/workbench/segment-focus";
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

/** A segment's comment threads beside the grid, like its history: a modal dialog, as every dialog. */
export function CommentsPanel({ number, onClose, ...threads }: CommentsPanelProps) {
  const { t } = useTranslation("comments");
  return (
    <ModalDialog labelledBy="comments-panel-title" onClose={onClose} returnFocus={() => segmentFocusTarget(threads.segmentId)} className="annotate-dialog history-panel" testId="comments-panel">
      <h2 id="comments-panel-title">{t("panel.title", { n: number })}</h2>
      <button type="button" className="button button--small history-panel__close" onClick={onClose}>{t("panel.close")}</button>
      <CommentThreads {...threads} />
    </ModalDialog>
  );
}
