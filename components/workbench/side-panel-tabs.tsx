"use client";

import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { CommentThreads } from "@/components/comments/CommentThreads";
import { ConcordancePanel } from "@/components/memory/ConcordancePanel";
import { MatchesPanel } from "@/components/memory/MatchesPanel";
import { QaTab as QaPanelTab } from "@/components/qa/QaTab";
import { AnnotationCard } from "./AnnotationCard";
import { HistoryPanel } from "./HistoryPanel";
import { useSidePanelData, type SidePanelFocus } from "./side-panel-context";
import { TermsPanel } from "./TermsPanel";

/**
 * The side panel's tabs, in order. A new panel (translation memory matches, QA warnings) is one more
 * entry here: an id, its label key under `workspace.tabs`, and a component that reads the focused
 * segment and what else it needs from `useSidePanelData()`.
 */
export const SIDE_PANEL_TABS = [
  { id: "terms", Panel: TermsTab },
  { id: "matches", Panel: MatchesTab },
  // Searches the memory, not the segment: shown even when no segment is focused.
  { id: "concordance", Panel: ConcordanceTab, withoutSegment: true },
  { id: "notes", Panel: NotesTab },
  { id: "history", Panel: HistoryTab },
  { id: "qa", Panel: QaTab },
] as const satisfies readonly { id: string; Panel: ComponentType<{ focus: SidePanelFocus }>; withoutSegment?: boolean }[];

export type SidePanelTabId = (typeof SIDE_PANEL_TABS)[number]["id"];

export const isSidePanelTab = (id: string): id is SidePanelTabId => SIDE_PANEL_TABS.some((tab) => tab.id === id);

function TermsTab() {
  const { t } = useTranslation("workbench");
  const { offered, insertTerm, focus } = useSidePanelData();
  if (!offered || offered.length === 0)
    return (
      <p className="hint" data-testid="terms-empty">
        {t("workspace.terms.empty")}
      </p>
    );
  return (
    <>
      <TermsPanel offered={offered} onInsert={insertTerm} />
      <p className="hint">{focus?.editing ? t("workspace.terms.insertHint") : t("workspace.terms.openHint")}</p>
    </>
  );
}

function MatchesTab() {
  const { memory, cardContext } = useSidePanelData();
  const { state, threshold, setThreshold, canInsert, insert } = memory.matches;
  return (
    <MatchesPanel state={state} threshold={threshold} onThreshold={setThreshold} canInsert={canInsert} onInsert={insert} formatDate={cardContext.formatDate} />
  );
}

function ConcordanceTab() {
  const { memory, cardContext } = useSidePanelData();
  return (
    <ConcordancePanel projectId={memory.projectId} request={memory.concordance.request} onTaken={memory.concordance.take} formatDate={cardContext.formatDate} />
  );
}

function NotesTab({ focus }: { focus: SidePanelFocus }) {
  const { t } = useTranslation("workbench");
  const { annotations, cardContext, comments } = useSidePanelData();
  const marks = annotations.map((a) => ({ type: a.kind === "gloss" && a.termEntryId ? ("gloss" as const) : ("annotation" as const), id: a.id }));
  return (
    <div data-testid="comments-panel">
      <h3 className="side-panel__heading">{t("workspace.notes.annotations")}</h3>
      {marks.length > 0 ? <AnnotationCard items={marks} context={cardContext} /> : <p className="hint">{t("workspace.notes.noAnnotations")}</p>}
      <h3 className="side-panel__heading">{t("workspace.notes.comments")}</h3>
      <CommentThreads
        key={focus.segmentId}
        documentId={comments.documentId}
        segmentId={focus.segmentId}
        canWrite={comments.canWrite}
        userId={comments.userId}
        isOwner={comments.isOwner}
        onChanged={() => comments.onChanged(focus.segmentId)}
      />
    </div>
  );
}

function HistoryTab({ focus }: { focus: SidePanelFocus }) {
  const { history, cardContext } = useSidePanelData();
  return (
    <HistoryPanel
      key={focus.segmentId}
      segmentId={focus.segmentId}
      number={focus.number}
      version={focus.version}
      canRestore={history.canRestore}
      onRestore={(revision) => history.restore(focus.segmentId, revision)}
      formatDate={cardContext.formatDate}
    />
  );
}

function QaTab() {
  const { qa } = useSidePanelData();
  return <QaPanelTab qa={qa} />;
}
