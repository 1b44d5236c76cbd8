"use client";

import { memo, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { matchTerms, type TermIndex } from "@/core/terms/match-terms";
import type { TermEntry } from "@/core/terms/types";
import type { SourceHighlight } from "@/editor/source-doc";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { SourceEditor, type MarkRef } from "./SourceEditor";
import { wordDiff } from "@/core/diff/word-diff";
import { MatchMark } from "@/components/memory/MatchMark";
import { DiffText } from "@/components/ui/DiffText";
import { SourceChangedFlag } from "./SourceChangedFlag";
import { TargetEditor } from "./TargetEditor";
import { useActiveHandlers, useRowData, useRowServices } from "./grid-context";
import { RowSourceOverlay } from "./source-overlay";
import { PresenceChips } from "./presence-context";

import { LOW_CONFIDENCE } from "@/core/model/document";

export interface RowInfo {
  segment: WorkbenchSegment;
  number: number;
  heading: { level: number } | null;
  paragraphStart: boolean;
}

/** The grid's handlers for source editors, keyed by segment (stable, so rows stay memoised). */
export interface SourceApi {
  onGloss: (segmentId: string, range: { start: number; end: number }) => void;
  onAnnotate: (segmentId: string, range: { start: number; end: number }) => void;
  onSelect: (segmentId: string, range: { start: number; end: number } | null) => void;
  /** Marks under the caret or pointer; null means the pointer is on the open card (keep it). */
  onMarks: (segmentId: string, marks: MarkRef[] | null, via: "caret" | "pointer") => void;
  onContextMenu: (segmentId: string) => boolean;
}

/** Term occurrences (from the shared matcher) and stored annotations, as editor highlights. */
function highlightsOf(text: string, index: TermIndex<TermEntry>, annotations: AnnotationView[] | undefined): SourceHighlight[] {
  const terms: SourceHighlight[] = matchTerms(index, text).map((m) => ({
    type: "term",
    start: m.start,
    end: m.end,
    entryId: m.entryId,
    equivalent: index.entries.get(m.entryId)?.equivalents?.[0] ?? "",
  }));
  const notes: SourceHighlight[] = (annotations ?? []).map((a) =>
    a.kind === "gloss" && a.termEntryId
      ? { type: "gloss", start: a.start, end: a.end, annotationId: a.id, entryId: a.termEntryId }
      : { type: "annotation", start: a.start, end: a.end, annotationId: a.id },
  );
  return [...terms, ...notes];
}

/** The marks under the pointer: every highlight span from the target up to the editor. */
function marksAt(target: EventTarget | null): MarkRef[] {
  const marks: MarkRef[] = [];
  for (let node = target instanceof Element ? target.closest("[data-type]") : null; node; node = node.parentElement?.closest("[data-type]") ?? null) {
    const type = node.getAttribute("data-type");
    const id = type === "term" ? node.getAttribute("data-entry-id") : node.getAttribute("data-annotation-id");
    if ((type === "term" || type === "gloss" || type === "annotation") && id && !marks.some((m) => m.type === type && m.id === id)) marks.push({ type, id });
  }
  return marks;
}

/** A printable key pressed on a row starts editing with that character, as in a spreadsheet. */
function printableKey(event: React.KeyboardEvent): string | undefined {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== " " ? event.key : undefined;
}

/** The open row's editor: the only part of the grid that re-renders as its handlers change while typing. */
function ActiveTarget({ text, label }: { text: string; label: string }) {
  const handlers = useActiveHandlers();
  const { typeahead } = useRowServices();
  return handlers ? <TargetEditor initialText={text} typeahead={typeahead} label={label} handlers={handlers} /> : null;
}

/**
 * One source | target pair. Only the active row mounts an editor; others show text. What a row needs
 * beyond its own segment comes from the grid's contexts (grid-context.tsx), so the list passes two props.
 */
export const SegmentRow = memo(SegmentRowView, sameRowProps);

/**
 * The grid builds its rows afresh whenever any segment changes (a keystroke's save, a status): a row
 * whose segment and place are unchanged skips its render, so only the changed one re-renders — each
 * row's labels go through i18next, and re-rendering every row on screen slowed typing and Ctrl+Enter.
 */
function sameRowProps(a: { row: RowInfo; active: boolean }, b: { row: RowInfo; active: boolean }): boolean {
  return (
    a.active === b.active &&
    a.row.segment === b.row.segment &&
    a.row.number === b.row.number &&
    a.row.paragraphStart === b.row.paragraphStart &&
    a.row.heading?.level === b.row.heading?.level
  );
}

function SegmentRowView({ row, active }: { row: RowInfo; active: boolean }) {
  const { t } = useTranslation(["workbench", "common", "comments"]);
  const { segment, number, heading } = row;
  const { editable, source, activate: onActivate, settle: onSettle, showPanel } = useRowServices();
  const { termIndex, annotations, openComments, editorEpoch } = useRowData(segment.id);
  const label = t("workbench:grid.editLabel", { n: number });
  const targetId = useId();
  const highlights = useMemo(() => highlightsOf(segment.sourceText, termIndex, annotations), [segment.sourceText, termIndex, annotations]);
  const sourceHandlers = useMemo(
    () => ({
      onGloss: (range: { start: number; end: number }) => source.onGloss(segment.id, range),
      onAnnotate: (range: { start: number; end: number }) => source.onAnnotate(segment.id, range),
      onSelect: (range: { start: number; end: number } | null) => source.onSelect(segment.id, range),
      onCaretMarks: (marks: MarkRef[]) => source.onMarks(segment.id, marks, "caret"),
    }),
    [source, segment.id],
  );
  return (
    <div
      className={`seg-row${row.paragraphStart ? " seg-row--paragraph-start" : ""}${active ? " seg-row--active" : ""}${heading ? " seg-row--heading" : ""}`}
      data-testid="segment-row"
      data-segment-id={segment.id}
      data-status={segment.status}
    >
      <div className="seg-row__number" role="rowheader" aria-label={t("workbench:grid.segmentNumber", { n: number })}>
        {number}
        <PresenceChips segmentId={segment.id} />
      </div>
      <div
        className="seg-row__source"
        role="cell"
        lang="fr"
        data-source-text={segment.id}
        onPointerOver={(event) => source.onMarks(segment.id, (event.target as Element).closest(".annotation-card") ? null : marksAt(event.target), "pointer")}
        onPointerLeave={() => source.onMarks(segment.id, [], "pointer")}
        // Focus moving from the text into its card keeps the card; leaving both closes it.
        onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && source.onMarks(segment.id, [], "caret")}
        onContextMenu={(event) => source.onContextMenu(segment.id) && event.preventDefault()}
      >
        {segment.sourceText ? (
          <div
            className={heading ? "seg-heading" : "seg-text"}
            role={heading ? "heading" : undefined}
            aria-level={heading ? Math.min(6, heading.level + 1) : undefined}
          >
            <SourceEditor text={segment.sourceText} highlights={highlights} label={t("workbench:grid.sourceLabel", { n: number })} handlers={sourceHandlers} />
          </div>
        ) : (
          <p className="seg-text seg-text--missing" lang={undefined}>
            {t("workbench:structure.noSource")}
          </p>
        )}
        {segment.alignScore !== null && segment.alignScore < LOW_CONFIDENCE ? (
          <span
            className="align-flag"
            title={t("workbench:structure.lowConfidenceTitle", { score: Math.round(segment.alignScore * 100) })}
            data-testid="low-confidence"
          >
            {t("workbench:structure.lowConfidence")}
          </span>
        ) : null}
        {segment.previousSourceText !== null ? <SourceChangedFlag before={segment.previousSourceText} after={segment.sourceText} /> : null}
        <RowSourceOverlay segmentId={segment.id} />
      </div>
      {/* Focusable from script only: it holds the focus while this row's editor mounts (segment-focus.ts). */}
      <div className="seg-row__target" role="cell" tabIndex={-1}>
        {/* The button's name is this label then what it shows (the translation, its tracked change or
            "Not translated yet"), so a screen reader reads the text and speech input can say it. */}
        <span id={`${targetId}-label`} hidden>
          {label}
        </span>
        {active && editable ? (
          <ActiveTarget key={editorEpoch} text={segment.targetText} label={label} />
        ) : (
          <button
            type="button"
            className={`seg-target${segment.targetText ? "" : " seg-target--empty"}`}
            lang="en"
            id={targetId}
            aria-labelledby={`${targetId}-label ${targetId}`}
            disabled={!editable}
            onClick={() => onActivate(number)}
            onKeyDown={(event) => {
              const key = editable ? printableKey(event) : undefined;
              if (key) {
                event.preventDefault();
                onActivate(number, key);
              }
            }}
            data-testid="segment-target"
          >
            {segment.trackedBaseText !== null ? (
              <DiffText parts={wordDiff(segment.trackedBaseText, segment.targetText)} />
            ) : (
              segment.targetText || t("workbench:grid.empty")
            )}
          </button>
        )}
      </div>
      <div className="seg-row__status" role="cell">
        <span className={`status-badge status-badge--${segment.status}`} data-testid="segment-status">
          {t(`common:status.${segment.status as "new"}`)}
        </span>
        <MatchMark segment={segment} />
        <button
          type="button"
          className="history-button"
          onClick={() => showPanel("history", segment.id)}
          aria-label={t("workbench:history.openLabel", { n: number })}
          title={t("workbench:history.openLabel", { n: number })}
        >
          {t("workbench:history.open")}
        </button>
        {segment.trackedBaseText !== null && onSettle ? (
          <span className="tracked-actions" data-testid="tracked-actions">
            <button type="button" className="history-button" onClick={() => onSettle(segment.id, "accept")}>
              {t("workbench:tracked.accept")}
            </button>
            <button type="button" className="history-button" onClick={() => onSettle(segment.id, "revert")}>
              {t("workbench:tracked.revert")}
            </button>
          </span>
        ) : null}
        <button
          type="button"
          className={`history-button${openComments ? " history-button--alert" : ""}`}
          onClick={() => showPanel("notes", segment.id)}
          aria-label={t("comments:panel.openLabel", { action: t("comments:panel.open", { count: openComments }), n: number })}
          data-testid="comments-button"
        >
          {t("comments:panel.open", { count: openComments })}
        </button>
      </div>
    </div>
  );
}
