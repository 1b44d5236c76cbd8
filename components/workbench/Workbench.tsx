"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Workbench as WorkbenchData } from "@/server/documents/get-workbench";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { ConflictDialog } from "./ConflictDialog";
import { ExportMenu } from "./ExportMenu";
import { useDocumentFigures } from "./use-document-figures";
import { SaveIndicator } from "./SaveIndicator";
import { SegmentRow, type RowInfo } from "./SegmentRow";
import { filterCounts, segmentsWithNotes, type RowFilter } from "./row-filter";
import { sourceCaret, structureCommandOf } from "./structure-keys";
import { WorkbenchHelp } from "./WorkbenchHelp";
import { HistoryPanel } from "./HistoryPanel";
import { RejectDialog, rejectWithReason, type Rejection } from "./RejectDialog";
import { FindBar } from "./FindBar";
import { GoToSegmentDialog } from "./GoToSegmentDialog";
import { NavMessage } from "./NavMessage";
import { ShortcutHelp } from "./ShortcutHelp";
import { useGridNavigation } from "./use-grid-navigation";
import { useNavigationKeys } from "./use-navigation-keys";
import { useBatchEdits } from "./use-batch-edits";
import { useRestructure } from "./use-restructure";
import { Typeahead } from "./typeahead";
import { useSegmentStore } from "./use-segment-store";
import { settleTrackedChangeAction } from "@/app/[lng]/projects/[projectId]/documents/[documentId]/review-actions";
import { CommentsPanel } from "@/components/comments/CommentsPanel";
import { useCommentCounts } from "@/components/comments/use-comment-counts";
import { roleAllows } from "@/server/access/permissions";
import { AnnotateDialog } from "./AnnotateDialog";
import { offeredTerms } from "./offered-terms";
import { useActiveRow } from "./use-active-row";
import { useEditorHandlers } from "./use-editor-handlers";
import { useSegmentJump } from "./use-segment-jump";
import { OrphanList } from "./OrphanList";
import { sourceOverlay, useCardContext } from "./source-overlay";
import { useAnnotations } from "./use-annotations";
import { useSourceInteractions } from "./use-source-interactions";

/** The side-by-side translation grid of one document. */
export function Workbench({ data, editable, canAnnotate, canReview, lng }: { data: WorkbenchData; editable: boolean; canAnnotate: boolean; canReview: boolean; lng: string }) {
  const { t } = useTranslation(["workbench", "common"]);
  const [typeahead] = useState(() => new Typeahead());
  const scrollRef = useRef<HTMLDivElement>(null);
  const { segments, setSegments, patchSegment, ask, queue, state, conflict, keepMine, takeTheirs } = useSegmentStore({ documentId: data.document.id, userId: data.userId }, data.segments, { reviews: canReview });

  const structure = useRestructure({ segments, setSegments, queue });
  const notes = useAnnotations({ documentId: data.document.id, terms: data.terms, annotations: data.annotations, structureEpoch: structure.epoch });
  const source = useSourceInteractions({ segments, annotations: notes, canAnnotate });
  const targetEditor = useRef<Editor | null>(null);
  const [filter, setFilter] = useState<RowFilter>("all");

  const allRows: RowInfo[] = useMemo(() => {
    const paragraphs = new Map(data.paragraphs.map((p) => [p.id, p]));
    return segments.map((segment, index) => {
      const paragraph = paragraphs.get(segment.paragraphId);
      return {
        segment,
        number: data.part.offset + index + 1,
        heading: paragraph?.kind === "heading" ? { level: paragraph.level ?? 2 } : null,
        paragraphStart: index === 0 || segments[index - 1].paragraphId !== segment.paragraphId,
      };
    });
  }, [segments, data.paragraphs, data.part.offset]);
  const withNotes = useMemo(() => segmentsWithNotes(notes.all), [notes.all]);
  const comments = useCommentCounts(data.document.id, data.openComments);
  const marks = useMemo(() => ({ notes: withNotes, comments: comments.withOpen }), [withNotes, comments.withOpen]);
  const filters = useMemo(() => filterCounts(segments, marks), [segments, marks]);
  const { rows, virtualizer, active, activeSegment, goTo, activateNumber, close, closeIfOpen } = useActiveRow({ allRows, filter, marks, queue, typeahead, scrollRef });
  const offered = useMemo(() => (activeSegment ? offeredTerms(notes.index, notes.entries, activeSegment.sourceText) : null), [activeSegment, notes.index, notes.entries]);
  const insertTerm = useCallback((text: string) => void targetEditor.current?.chain().focus().insertContent(text).run(), []);

  const [rejecting, setRejecting] = useState<Rejection | null>(null);

  const jumpTo = useSegmentJump({ offset: data.part.offset, part: data.part.part, rows, allRows, segments, showAllRows: () => setFilter("all"), virtualizer, scrollRef });
  // ── nav: keyboard navigation (Ctrl+Enter target, Ctrl+G, Ctrl+F, first/last, flagged, ? / F1) ──
  const rootRef = useRef<HTMLDivElement>(null);
  const navigation = useGridNavigation({ rows, active, goTo, activateNumber, part: data.part, marks, virtualizer, scrollRef, jumpTo });
  const [findToken, setFindToken] = useState<number | null>(null);
  const [goToOpen, setGoToOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useNavigationKeys(rootRef, {
    find: () => setFindToken((token) => (token ?? 0) + 1),
    goTo: () => setGoToOpen(true),
    help: () => setHelpOpen(true),
    first: navigation.first,
    last: navigation.last,
    nextFlagged: navigation.nextFlagged,
    previousFlagged: navigation.previousFlagged,
  });
  // ── end nav ──

  const handlers = useEditorHandlers({ active, rows, canReview, offered, ask, goTo, structure, setRejecting, editorRef: targetEditor, advance: navigation.advance });

  /** Structural shortcuts pressed outside the editor, e.g. after placing a caret in the source text. */
  function onGridKeyDown(event: React.KeyboardEvent) {
    if (!activeSegment || !editable || (event.target as HTMLElement).closest(".target-editor")) return;
    const command = structureCommandOf(event);
    if (!command) return;
    event.preventDefault();
    structure.run(command, activeSegment.id, { source: sourceCaret(activeSegment.id) });
  }

  const { progress, gaps } = useDocumentFigures(data, segments);

  const [history, setHistory] = useState<{ segmentId: string; number: number } | null>(null);
  const openHistory = useCallback((segmentId: string, number: number) => setHistory({ segmentId, number }), []);
  const [commenting, setCommenting] = useState<{ segmentId: string; number: number } | null>(null);
  const openComments = useCallback((segmentId: string, number: number) => setCommenting({ segmentId, number }), []);
  const batch = useBatchEdits({ documentId: data.document.id, segments, queue, patchSegment, closeEditor: close });
  // Rows are memoised: they get one stable callback, which reaches the current batch helpers.
  const batchRef = useRef(batch);
  useEffect(() => {
    batchRef.current = batch;
  });
  const [settleProblem, setSettleProblem] = useState<string | null>(null);
  const settleTracked = useCallback(
    (segmentId: string, decision: "accept" | "revert") =>
      void batchRef.current.single(segmentId, (baseVersion) => settleTrackedChangeAction({ segmentId, baseVersion, decision })).then(setSettleProblem),
    [],
  );

  const cardContext = useCardContext(notes, { canAnnotate, userId: data.userId, role: data.role, projectId: data.document.projectId, lng });

  return (
    <div className="workbench" ref={rootRef}>
      <div className="workbench__toolbar">
        <ProgressBar progress={progress} label={t("common:progress.label")} summary={t("common:progress.summary", { ...progress })} />
        <SaveIndicator state={state} />
        <ExportMenu documentId={data.document.id} gaps={gaps} />
        <button type="button" className="button button--small" aria-expanded={findToken !== null} onClick={() => setFindToken((token) => (token === null ? 1 : null))} data-testid="search-toggle">
          {t("workbench:find.open")}
        </button>
        <button type="button" className="button button--small" title={t("workbench:shortcuts.openTitle")} onClick={() => setHelpOpen(true)} data-testid="shortcuts-open">
          {t("workbench:shortcuts.open")}
        </button>
      </div>
      {findToken !== null ? (
        <FindBar segments={segments} offset={data.part.offset} editable={editable} focusToken={findToken} gridRef={scrollRef} reveal={navigation.reveal}
          onClose={(segmentId) => (setFindToken(null), navigation.open(segmentId))} onReplace={batch.replaceAll} onUndo={batch.undoReplaceAll} />
      ) : null}
      <WorkbenchHelp editable={editable} canReview={canReview} canAnnotate={canAnnotate} filters={filters} filter={filter} setFilter={setFilter} notice={structure.notice} />
      <OrphanList orphans={notes.orphans} selection={source.selection} editable={canAnnotate} onReattach={(a, range) => notes.reattach(a.id, range)} onDelete={(a) => notes.remove(a.id)} />
      {settleProblem ? <p className="form-error" role="alert">{settleProblem}</p> : null}
      <div className="grid-header" aria-hidden="true">
        <span />
        <span>{t("workbench:columns.source")}</span>
        <span>{t("workbench:columns.target")}</span>
        <span />
      </div>
      <div ref={scrollRef} className="grid-scroll" role="list" onKeyDown={onGridKeyDown} aria-label={t("workbench:grid.label", { title: data.document.title })} data-testid="segment-grid">
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div key={item.key} role="listitem" data-index={item.index} data-row-number={row.number} data-row-position={item.index + 1} ref={virtualizer.measureElement} className="grid-row-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <SegmentRow
                  row={row}
                  active={active === item.index + 1}
                  editable={editable}
                  handlers={active === item.index + 1 ? handlers : null}
                  onActivate={activateNumber}
                  typeahead={typeahead}
                  editorEpoch={structure.epoch}
                  termIndex={notes.index}
                  annotations={notes.bySegment.get(row.segment.id)}
                  source={source.api}
                  overlay={sourceOverlay(row.segment.id, source, canAnnotate, cardContext)}
                  offered={active === item.index + 1 ? offered : null}
                  onInsertTerm={insertTerm}
                  onHistory={openHistory}
                  openComments={comments.open[row.segment.id] ?? 0}
                  onComments={openComments}
                  onSettle={editable ? settleTracked : null}
                />
              </div>
            );
          })}
        </div>
      </div>
      {history ? (
        <HistoryPanel
          key={history.segmentId}
          segmentId={history.segmentId}
          number={history.number}
          canRestore={editable}
          onRestore={(revision) => batch.restore(history.segmentId, revision)}
          onClose={() => setHistory(null)}
          formatDate={cardContext.formatDate}
        />
      ) : null}
      {commenting ? (
        <CommentsPanel
          key={commenting.segmentId}
          documentId={data.document.id}
          segmentId={commenting.segmentId}
          number={commenting.number}
          canWrite={roleAllows(data.role, "comment.write")}
          userId={data.userId}
          isOwner={data.role === "owner"}
          onChanged={() => void comments.refresh(commenting.segmentId)}
          onClose={() => setCommenting(null)}
        />
      ) : null}
      {rejecting ? (
        <RejectDialog
          number={rejecting.number}
          onClose={() => setRejecting(null)}
          onSubmit={(reason) =>
            rejectWithReason(rejecting, reason, {
              comment: comments.add,
              save: (id, text) => void ask(id, text, "rejected"),
            })
          }
        />
      ) : null}
      {source.request ? (
        <AnnotateDialog
          key={`${source.request.kind}-${source.request.range.segmentId}-${source.request.range.start}`}
          request={source.request}
          onSubmit={(fields, body) => notes.create(source.request!.range, source.request!.kind, body, fields ?? undefined)}
          onClose={() => source.setRequest(null)}
        />
      ) : null}
      {goToOpen ? <GoToSegmentDialog total={data.part.total} onGo={navigation.goToNumber} onClose={() => setGoToOpen(false)} /> : null}
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}
      <NavMessage message={navigation.message} />
      {/* Their text replaces the open editor's, which would otherwise keep showing (and saving) mine. */}
      {conflict ? <ConflictDialog key={conflict.segmentId} conflict={conflict} onKeepMine={keepMine} onTakeTheirs={() => (takeTheirs(), closeIfOpen(conflict.segmentId))} /> : null}
    </div>
  );
}
