"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/core";
import { useTranslation } from "react-i18next";
import type { Workbench as WorkbenchData } from "@/server/documents/get-workbench";
import { editSourceAction, settleTrackedChangeAction } from "@/actions/review";
import { CommentThreads } from "@/components/comments/CommentThreads";
import {
  ConflictDialog,
  filterCounts,
  HistoryPanel,
  LiveNotice,
  matchesFilter,
  RejectDialog,
  rejectWithReason,
  RowFilterSelect,
  SaveIndicator,
  ReloadableSegmentStore,
  segmentsWithNotes,
  useBatchEdits,
  useLiveUpdates,
  useSaveConflict,
  useSaveState,
  useSegmentActions,
  useSegments,
  type RowFilter,
  type Rejection,
} from "@/components/workbench";
import { StatusLegend } from "./StatusLegend";
import { ReviewColumns } from "./ReviewColumns";
import { ReviewInspector } from "./ReviewInspector";
import { useReviewKeys } from "./use-review-keys";
import { useDragSelect } from "./use-drag-select";
import { targetSelectionIn, type TargetSelection } from "./text-selection";
import { useCommentCounts } from "@/components/comments/use-comment-counts";

export interface ReviewModeProps {
  data: WorkbenchData;
  canEdit: boolean;
  canReview: boolean;
  canEditSource: boolean;
  canComment: boolean;
  lng: string;
}

/**
 * The whole document side by side for a reviewer: read, filter, select a segment, correct, decide,
 * comment. It shares the grid's segment store (autosave, retries, conflicts) through its provider.
 */
export function ReviewMode(props: ReviewModeProps) {
  return (
    <ReloadableSegmentStore data={props.data} reviews={props.canReview}>
      {(reload) => <ReviewScreen {...props} reload={reload} />}
    </ReloadableSegmentStore>
  );
}

function ReviewScreen({ data, canEdit, canReview, canEditSource, canComment, lng, reload }: ReviewModeProps & { reload: () => void }) {
  const { t } = useTranslation(["review", "workbench"]);
  const segments = useSegments();
  const { patchSegment, ask, queue } = useSegmentActions();
  const saveState = useSaveState();
  const { conflict, keepMine, takeTheirs } = useSaveConflict();
  const [filter, setFilter] = useState<RowFilter>("all");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editorEpoch, setEditorEpoch] = useState(0);
  const [rejecting, setRejecting] = useState<Rejection | null>(null);
  const [history, setHistory] = useState(false);
  const [selection, setSelection] = useState<TargetSelection | null>(null);
  const [revealNonce, setRevealNonce] = useState(0);
  const comments = useCommentCounts(data.document.id, data.openComments);
  const editorRef = useRef<Editor | null>(null);
  // Others' saves and status changes as they happen, as in the grid (review mode never restructures).
  const live = useLiveUpdates({
    documentId: data.document.id,
    userId: data.userId,
    readAt: data.readAt,
    activeSegmentId: selectedId,
    editorRef,
    reload,
    restructuring: false,
  });

  const withNotes = useMemo(() => segmentsWithNotes(data.annotations), [data.annotations]);
  const marks = useMemo(() => ({ notes: withNotes, comments: comments.withOpen }), [withNotes, comments.withOpen]);
  const counts = useMemo(() => filterCounts(segments, marks), [segments, marks]);
  const kept = useMemo(
    () => (filter === "all" ? null : new Set(segments.filter((s) => matchesFilter(s, filter, marks)).map((s) => s.id))),
    [segments, filter, marks],
  );
  const order = useMemo(() => segments.filter((s) => !kept || kept.has(s.id)).map((s) => s.id), [segments, kept]);
  const index = selectedId ? segments.findIndex((s) => s.id === selectedId) : -1;
  const selected = index >= 0 ? segments[index] : null;

  const select = useCallback(
    (segmentId: string | null, scroll = false) => {
      queue.flush();
      setSelectedId(segmentId);
      // Selecting words ends with a click on their segment: keep the words, they are what to comment on.
      const words = targetSelectionIn(window.getSelection());
      setSelection(words && words.segmentId === segmentId ? words : null);
      if (segmentId && scroll) setRevealNonce((n) => n + 1);
    },
    [queue],
  );
  const step = useCallback(
    (delta: 1 | -1) => {
      const at = selectedId ? order.indexOf(selectedId) : -1;
      const next = order[at < 0 ? (delta > 0 ? 0 : order.length - 1) : at + delta];
      if (next) select(next, true);
    },
    [order, selectedId, select],
  );

  const decide = useCallback(
    (status: "reviewed" | "approved" | "rejected") => {
      if (!selected || !canReview) return;
      if (status === "rejected") {
        // Nothing to reject in an empty segment (the status machine refuses it): no dialog.
        if (selected.targetText.trim()) setRejecting({ segmentId: selected.id, number: data.part.offset + index + 1, text: selected.targetText });
        return;
      }
      ask(selected.id, selected.targetText, status);
      step(1);
    },
    [selected, canReview, index, ask, step, data.part.offset],
  );
  const edit = useCallback(() => document.querySelector<HTMLElement>("[data-testid=review-inspector] .target-editor")?.focus(), []);
  useReviewKeys({ step, decide, edit, canReview, hasSelection: !!selected });
  useDragSelect(select);

  useEffect(() => {
    // Words selected in the English column; clicking into the comment box (which moves the selection
    // out of the column) must not forget them, so only a new selection in the column replaces them.
    const onSelect = () => {
      const current = window.getSelection();
      const words = targetSelectionIn(current);
      if (words) setSelection(words);
      else if (current?.anchorNode && document.querySelector("[data-testid=review-target]")?.contains(current.anchorNode)) setSelection(null);
    };
    document.addEventListener("selectionchange", onSelect);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, []);

  // Saves made outside the queue restart the editor, which shows the text it was mounted with.
  const batch = useBatchEdits({ documentId: data.document.id, segments, queue, patchSegment, closeEditor: () => setEditorEpoch((epoch) => epoch + 1) });

  return (
    <div className="review-mode">
      <div className="review-toolbar">
        <RowFilterSelect filters={counts} filter={filter} setFilter={setFilter} testId="review-filter" />
        <span className="hint">{t("review:toolbar.keys")}</span>
        <SaveIndicator state={saveState} />
        <StatusLegend />
      </div>
      <div className="review">
        <ReviewColumns
          offset={data.part.offset}
          paragraphs={data.paragraphs}
          segments={segments}
          kept={kept}
          openComments={comments.open}
          commentSpans={comments.spans}
          selectedId={selectedId}
          onSelect={(id) => select(id)}
          revealNonce={revealNonce}
          sourceLanguage={data.document.sourceLanguage}
          targetLanguage={data.document.targetLanguage}
        />
        {selected ? (
          <ReviewInspector
            key={selected.id}
            segment={selected}
            number={data.part.offset + index + 1}
            editorKey={`${selected.id}-${editorEpoch}`}
            editorRef={editorRef}
            canEdit={canEdit}
            canReview={canReview}
            canEditSource={canEditSource}
            sourceLanguage={data.document.sourceLanguage}
            targetLanguage={data.document.targetLanguage}
            handlers={{
              onChange: (text) => void ask(selected.id, text),
              onConfirm: (text) => {
                queue.edit(selected.id, text, undefined, true);
                step(1);
              },
              onReview: (verdict) => (canReview ? (decide(verdict), true) : false),
              onPrevious: () => step(-1),
              onNext: () => step(1),
              // Esc hands the keys back to navigation (J/K), keeping the segment selected.
              onLeave: () => (document.activeElement as HTMLElement | null)?.blur(),
            }}
            onDecide={decide}
            onSettle={(decision) => batch.single(selected.id, (baseVersion) => settleTrackedChangeAction({ segmentId: selected.id, baseVersion, decision }))}
            onEditSource={(sourceText) => batch.single(selected.id, (baseVersion) => editSourceAction({ segmentId: selected.id, baseVersion, sourceText }))}
            onHistory={() => setHistory(true)}
          >
            <CommentThreads
              documentId={data.document.id}
              segmentId={selected.id}
              canWrite={canComment}
              userId={data.userId}
              isOwner={data.role === "owner"}
              selection={selection && selection.segmentId === selected.id ? selection : null}
              onChanged={() => void comments.refresh(selected.id)}
            />
          </ReviewInspector>
        ) : (
          <aside className="review-inspector hint" data-testid="review-inspector-empty">
            {t("review:inspector.empty")}
          </aside>
        )}
      </div>
      {history && selected ? (
        <HistoryPanel
          key={selected.id}
          segmentId={selected.id}
          number={data.part.offset + index + 1}
          canRestore={canEdit}
          onRestore={(revision) => batch.restore(selected.id, revision)}
          onClose={() => setHistory(false)}
          formatDate={(iso) => new Date(iso).toLocaleString(lng, { dateStyle: "medium", timeStyle: "short" })}
        />
      ) : null}
      {rejecting ? (
        <RejectDialog
          number={rejecting.number}
          segmentId={rejecting.segmentId}
          onClose={() => setRejecting(null)}
          onSubmit={async (reason) => {
            const problem = await rejectWithReason(rejecting, reason, {
              comment: comments.add,
              save: (id, text) => void ask(id, text, "rejected"),
            });
            if (!problem) step(1);
            return problem;
          }}
        />
      ) : null}
      {live.stale ? <LiveNotice onReload={live.reloadNow} /> : null}
      {conflict ? (
        <ConflictDialog key={conflict.segmentId} conflict={conflict} onKeepMine={keepMine} onTakeTheirs={() => (takeTheirs(), setEditorEpoch((e) => e + 1))} />
      ) : null}
    </div>
  );
}
