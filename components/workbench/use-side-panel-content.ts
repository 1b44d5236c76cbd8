"use client";

import type { RevisionView } from "@/server/segments/list-revisions";
import type { CardContext } from "./AnnotationCard";
import { offeredTerms } from "./offered-terms";
import type { RowInfo } from "./SegmentRow";
import type { SidePanelData } from "./side-panel-context";
import type { useAnnotations } from "./use-annotations";

interface Options {
  /** The segment the panel is about (use-side-panel.ts), and the one whose editor is open. */
  focusId: string | null;
  activeId: string | null;
  allRows: readonly RowInfo[];
  editable: boolean;
  notes: ReturnType<typeof useAnnotations>;
  insertTerm: (text: string) => void;
  cardContext: CardContext;
  comments: Omit<SidePanelData["comments"], "onChanged"> & { refresh: (segmentId: string) => unknown };
  restore: (segmentId: string, revision: RevisionView) => Promise<string | null>;
  memory: SidePanelData["memory"];
  qa: SidePanelData["qa"];
}

/** What the side panel's tabs read (side-panel-context.ts), for the focused segment. */
export function useSidePanelContent({
  focusId,
  activeId,
  allRows,
  editable,
  notes,
  insertTerm,
  cardContext,
  comments,
  restore,
  memory,
  qa,
}: Options): SidePanelData {
  const { index, entries } = notes;
  const focusRow = focusId ? allRows.find((r) => r.segment.id === focusId) : undefined;
  const sourceText = focusRow?.segment.sourceText;
  // Depends on the source text, not the row (the React Compiler memoises it): typing never changes the terms.
  const offered = sourceText === undefined ? null : offeredTerms(index, entries, sourceText);
  const { refresh, ...commentRights } = comments;
  return {
    focus: focusRow
      ? { segmentId: focusRow.segment.id, number: focusRow.number, version: focusRow.segment.version, editing: editable && focusRow.segment.id === activeId }
      : null,
    offered,
    insertTerm,
    annotations: (focusRow && notes.bySegment.get(focusRow.segment.id)) ?? [],
    cardContext,
    comments: { ...commentRights, onChanged: (segmentId) => void refresh(segmentId) },
    history: { canRestore: editable, restore },
    memory,
    qa,
  };
}
