"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { Workbench as WorkbenchData } from "@/server/documents/get-workbench";
import { ConflictDialog } from "./ConflictDialog";
import { useDocumentFigures } from "./use-document-figures";
import { filterCounts, segmentsWithNotes, type RowFilter } from "./row-filter";
import { sourceCaret, structureCommandOf } from "./structure-keys";
import { shortcutOf } from "@/core/work/shortcuts";
import { RejectDialog, rejectWithReason, type Rejection } from "./RejectDialog";
import { FindBar } from "./FindBar";
import { GoToSegmentDialog } from "./GoToSegmentDialog";
import { NavMessage } from "./NavMessage";
import { ShortcutHelp } from "./ShortcutHelp";
import { useWorkbenchKeys } from "./use-workbench-keys";
import { useMemoryTools } from "./use-memory-tools";
import { PretranslateDialog } from "@/components/memory/PretranslateDialog";
import { RepetitionNotice } from "@/components/memory/RepetitionNotice";
import { usePretranslate } from "./use-pretranslate";
import { ReloadableSegmentStore } from "./ReloadableSegmentStore";
import { useSettleTracked } from "./use-settle-tracked";
import { useGridRows } from "./use-grid-rows";
import { useBatchEdits } from "./use-batch-edits";
import { useRestructure } from "./use-restructure";
import { Typeahead } from "./typeahead";
import { useRepetitionNotice, useSaveConflict, useSegmentActions, useSegments } from "./segment-store-context";
import { useWorkbenchQa } from "./use-workbench-qa";
import { useQaReport } from "@/components/qa/use-qa-report";
import { useCommentCounts } from "@/components/comments/use-comment-counts";
import { roleAllows } from "@/core/access/permissions";
import { AnnotateDialog } from "./AnnotateDialog";
import { offeredTerms } from "./offered-terms";
import { useActiveRow } from "./use-active-row";
import { useEditorHandlers } from "./use-editor-handlers";
import { useSegmentJump } from "./use-segment-jump";
import { OrphanList } from "./OrphanList";
import { SourceOverlayContext, useCardContext } from "./source-overlay";
import { useAnnotations } from "./use-annotations";
import { useSourceInteractions } from "./use-source-interactions";
import { GridContexts, type RowServices } from "./grid-context";
import { SidePanelContext } from "./side-panel-context";
import { useSidePanelContent } from "./use-side-panel-content";
import { SidePanel } from "./SidePanel";
import { useSidePanel } from "./use-side-panel";
import { WorkbenchGrid } from "./WorkbenchGrid";
import { WorkbenchToolbar } from "./WorkbenchToolbar";
import { QaReportButton } from "@/components/qa/QaReportButton";
import { useLiveUpdates } from "./use-live-updates";
import { PresenceContext } from "./presence-context";
import { LiveNotice } from "./LiveNotice";

interface WorkbenchProps {
  data: WorkbenchData;
  editable: boolean;
  canAnnotate: boolean;
  canReview: boolean;
  lng: string;
}

/** The side-by-side translation grid of one document, its toolbar and its side panel. */
export function Workbench(props: WorkbenchProps) {
  return (
    <ReloadableSegmentStore data={props.data} reviews={props.canReview}>
      {(reload) => <WorkbenchScreen {...props} reload={reload} />}
    </ReloadableSegmentStore>
  );
}

function WorkbenchScreen({ data, editable, canAnnotate, canReview, lng, reload }: WorkbenchProps & { reload: () => void }) {
  const [typeahead] = useState(() => new Typeahead());
  const scrollRef = useRef<HTMLDivElement>(null);
  const segments = useSegments();
  const { setSegments, patchSegment, ask, queue } = useSegmentActions();
  const { conflict, keepMine, takeTheirs } = useSaveConflict();

  const structure = useRestructure({ segments, setSegments, queue });
  const notes = useAnnotations({ documentId: data.document.id, terms: data.terms, annotations: data.annotations, structureEpoch: structure.epoch });
  const source = useSourceInteractions({ segments, annotations: notes, canAnnotate });
  const targetEditor = useRef<Editor | null>(null);
  const [filter, setFilter] = useState<RowFilter>("all");

  const allRows = useGridRows(segments, data.paragraphs, data.part.offset);
  const withNotes = useMemo(() => segmentsWithNotes(notes.all), [notes.all]);
  const comments = useCommentCounts(data.document.id, data.openComments);
  // A long document's report covers the open part, as the grid's filters do.
  const qaReport = useQaReport(data.document.id, data.part.parts > 1 ? data.part.part : undefined);
  const marks = useMemo(() => ({ notes: withNotes, comments: comments.withOpen, qa: qaReport.bySegment }), [withNotes, comments.withOpen, qaReport.bySegment]);
  // Every filter over every row of the part (~15,000 tests on a part of a book) on each save: counted
  // in a deferred render, after the keystroke or the move has been drawn, not before.
  const countedSegments = useDeferredValue(segments);
  const filters = useMemo(() => filterCounts(countedSegments, marks), [countedSegments, marks]);
  const { rows, virtualizerRef, scroller, active, activeSegment, goTo, activateNumber, close, closeIfOpen } = useActiveRow({
    allRows,
    filter,
    marks,
    queue,
    typeahead,
    scrollRef,
  });
  const offered = useMemo(
    () => (activeSegment ? offeredTerms(notes.index, notes.entries, activeSegment.sourceText) : null),
    [activeSegment, notes.index, notes.entries],
  );
  const insertTerm = useCallback((text: string) => void targetEditor.current?.chain().focus().insertContent(text).run(), []);

  const [rejecting, setRejecting] = useState<Rejection | null>(null);

  const jumpTo = useSegmentJump({
    offset: data.part.offset,
    part: data.part.part,
    rows,
    allRows,
    segments,
    showAllRows: () => setFilter("all"),
    scroller,
    scrollRef,
  });
  const panel = useSidePanel(activeSegment?.id ?? null);
  const memory = useMemoryTools({
    focusId: panel.focusId,
    activeId: activeSegment?.id ?? null,
    allRows,
    editorRef: targetEditor,
    openTab: (tab) => (panel.setTab(tab), panel.setHidden(false)),
  });
  const qa = useWorkbenchQa({
    documentId: data.document.id,
    role: data.role,
    focusId: panel.focusId,
    activeId: activeSegment?.id ?? null,
    allRows,
    editorRef: targetEditor,
    jumpTo,
    showPanel: panel.show,
    report: qaReport,
    setFilter,
  });
  const {
    rootRef,
    navigation,
    find,
    goTo: goToDialog,
    help,
  } = useWorkbenchKeys({
    rows,
    active,
    goTo,
    activateNumber,
    part: data.part,
    marks,
    scroller,
    scrollRef,
    jumpTo,
    insertMatch: memory.matches.insert,
    concordance: memory.openConcordance,
  });

  const handlers = useEditorHandlers({
    active,
    rows,
    canReview,
    offered,
    ask,
    goTo,
    structure,
    setRejecting,
    editorRef: targetEditor,
    advance: navigation.advance,
    mayConfirm: qa.mayConfirm,
  });

  /**
   * Keys pressed in the grid outside the editor: the structural shortcuts (e.g. after placing a caret in
   * the source text), and Alt+↑/↓ on the open row while its editor mounts — the focus waits on the row's
   * English cell then (segment-focus.ts), and a move typed right after a click would otherwise be lost.
   */
  function onGridKeyDown(event: React.KeyboardEvent) {
    const target = event.target as HTMLElement;
    if (!activeSegment || !editable || target.closest(".target-editor")) return;
    const move = target.closest(".seg-row--active") ? shortcutOf(event, ["next", "previous"]) : null;
    if (move && handlers) {
      event.preventDefault();
      return void (move === "next" ? handlers.onNext() : handlers.onPrevious());
    }
    const command = structureCommandOf(event);
    if (!command) return;
    event.preventDefault();
    structure.run(command, activeSegment.id, { source: sourceCaret(activeSegment.id) });
  }

  const { progress, gaps } = useDocumentFigures(data, segments);
  const pretranslate = usePretranslate({ documentId: data.document.id, queue, reload });
  const repetitions = useRepetitionNotice();

  const batch = useBatchEdits({ documentId: data.document.id, segments, queue, patchSegment, closeEditor: close });
  const { settle: settleTracked, problem: settleProblem } = useSettleTracked(batch);
  // Others' saves and presence, as they happen (issue 16).
  const live = useLiveUpdates({
    documentId: data.document.id,
    userId: data.userId,
    readAt: data.readAt,
    activeSegmentId: activeSegment?.id ?? null,
    editorRef: targetEditor,
    reload,
    restructuring: structure.busy,
  });

  const cardContext = useCardContext(notes, { canAnnotate, userId: data.userId, role: data.role, projectId: data.document.projectId, lng });

  const { show: showPanel } = panel;
  // activateNumber changes with every move and every save (it reads the rows and the open one); the
  // rows get a stable function that calls the latest, or every row on screen re-rendered each time.
  const latestActivate = useRef(activateNumber);
  useEffect(() => {
    latestActivate.current = activateNumber;
  });
  const activate = useCallback((number: number, insert?: string) => latestActivate.current(number, insert), []);
  const services: RowServices = useMemo(
    () => ({ editable, typeahead, source: source.api, activate, settle: editable ? settleTracked : null, showPanel }),
    [editable, typeahead, source.api, activate, settleTracked, showPanel],
  );
  const rowData = useMemo(
    () => ({ termIndex: notes.index, annotationsBySegment: notes.bySegment, openComments: comments.open, editorEpoch: structure.epoch }),
    [notes.index, notes.bySegment, comments.open, structure.epoch],
  );
  const overlay = useMemo(() => ({ source, canAnnotate, context: cardContext }), [source, canAnnotate, cardContext]);

  const sidePanelData = useSidePanelContent({
    focusId: panel.focusId,
    activeId: activeSegment?.id ?? null,
    allRows,
    editable,
    notes,
    insertTerm,
    cardContext,
    comments: {
      documentId: data.document.id,
      canWrite: roleAllows(data.role, "comment.write"),
      userId: data.userId,
      isOwner: data.role === "owner",
      refresh: comments.refresh,
    },
    restore: batch.restore,
    memory: { ...memory, projectId: data.document.projectId },
    qa: qa.panel,
  });

  return (
    <div className="workbench" ref={rootRef}>
      <WorkbenchToolbar
        documentId={data.document.id}
        progress={progress}
        gaps={gaps}
        filters={filters}
        filter={filter}
        setFilter={setFilter}
        notice={structure.notice}
        findOpen={find.token !== null}
        onToggleFind={find.toggle}
        onShortcuts={help.show}
        panelShown={!panel.hidden}
        onTogglePanel={() => panel.setHidden(!panel.hidden)}
        permissions={{ editable, canReview, canAnnotate }}
        onPretranslate={pretranslate.open}
      />
      <QaReportButton onOpen={qa.openSummary} />
      <div className="workbench__main">
        {find.token !== null ? (
          <FindBar
            documentId={data.document.id}
            segments={segments}
            part={data.part}
            editable={editable}
            focusToken={find.token}
            gridRef={scrollRef}
            reveal={navigation.reveal}
            onClose={find.close}
            onReplace={batch.replaceAll}
            onUndo={batch.undoReplaceAll}
          />
        ) : null}
        <OrphanList
          orphans={notes.orphans}
          selection={source.selection}
          editable={canAnnotate}
          onReattach={(a, range) => notes.reattach(a.id, range)}
          onDelete={(a) => notes.remove(a.id)}
        />
        {repetitions.notice ? (
          <RepetitionNotice
            notice={repetitions.notice}
            onFill={() => void repetitions.fill(repetitions.notice!.segmentId, repetitions.notice!.n)}
            onDismiss={repetitions.dismiss}
          />
        ) : null}
        {qa.notices}
        {live.stale ? <LiveNotice onReload={live.reloadNow} /> : null}
        {settleProblem ? (
          <p className="form-error" role="alert">
            {settleProblem}
          </p>
        ) : null}
        <div className="workbench__body">
          <GridContexts services={services} data={rowData} handlers={handlers}>
            <SourceOverlayContext.Provider value={overlay}>
              <PresenceContext.Provider value={live.presence}>
                <WorkbenchGrid
                  title={data.document.title}
                  rows={rows}
                  active={active}
                  virtualizerRef={virtualizerRef}
                  scrollRef={scrollRef}
                  onKeyDown={onGridKeyDown}
                />
              </PresenceContext.Provider>
            </SourceOverlayContext.Provider>
          </GridContexts>
          {panel.hidden ? null : (
            <SidePanelContext.Provider value={sidePanelData}>
              <SidePanel tab={panel.tab} onTab={panel.setTab} width={panel.width} onWidth={panel.setWidth} onHide={() => panel.setHidden(true)} />
            </SidePanelContext.Provider>
          )}
        </div>
      </div>
      {rejecting ? (
        <RejectDialog
          number={rejecting.number}
          segmentId={rejecting.segmentId}
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
      {goToDialog.open ? <GoToSegmentDialog total={data.part.total} onGo={navigation.goToNumber} onClose={goToDialog.close} /> : null}
      {help.open ? <ShortcutHelp onClose={help.close} /> : null}
      {qa.summary}
      {pretranslate.isOpen ? <PretranslateDialog onRun={pretranslate.run} onClose={pretranslate.close} /> : null}
      <NavMessage message={navigation.message} />
      {/* Their text replaces the open editor's, which would otherwise keep showing (and saving) mine. */}
      {conflict ? (
        <ConflictDialog
          key={conflict.segmentId}
          conflict={conflict}
          onKeepMine={keepMine}
          onTakeTheirs={() => (takeTheirs(), closeIfOpen(conflict.segmentId))}
        />
      ) : null}
    </div>
  );
}
