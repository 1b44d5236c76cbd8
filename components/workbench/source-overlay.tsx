"use client";

import { createContext, useContext, useMemo } from "react";
import { AnnotationCard, type CardContext } from "./AnnotationCard";
import { SelectionToolbar } from "./SelectionToolbar";
import type { useAnnotations } from "./use-annotations";
import type { useSourceInteractions } from "./use-source-interactions";

interface Viewer {
  canAnnotate: boolean;
  userId: string | null;
  role: string;
  projectId: string;
  lng: string;
}

/** What an annotation card needs: the termbase, the annotations, and what this user may do with them. */
export function useCardContext(notes: ReturnType<typeof useAnnotations>, viewer: Viewer): CardContext {
  const { entries, all, update, remove } = notes;
  const { canAnnotate, userId, role, projectId, lng } = viewer;
  return useMemo(
    () => ({
      entries,
      annotations: new Map(all.map((a) => [a.id, a])),
      canChange: (a) => canAnnotate && (a.author === null || a.author.id === userId || role === "owner"),
      onUpdate: update,
      onDelete: (a) => remove(a.id),
      glossaryHref: `/${lng}/projects/${projectId}/glossary`,
      formatDate: (iso) => new Date(iso).toLocaleString(lng, { dateStyle: "medium", timeStyle: "short" }),
    }),
    [entries, all, update, remove, canAnnotate, userId, role, projectId, lng],
  );
}

/**
 * The selection toolbar and the card that belong to one row, or null for every other row (so the
 * memoised rows without them do not re-render).
 */
export function sourceOverlay(segmentId: string, source: ReturnType<typeof useSourceInteractions>, canAnnotate: boolean, context: CardContext) {
  const toolbar = canAnnotate && source.selection?.segmentId === segmentId;
  const card = source.card?.segmentId === segmentId ? source.card : null;
  if (!toolbar && !card) return null;
  return (
    <>
      {toolbar ? (
        <SelectionToolbar
          onGloss={() => source.openForSelection("gloss")}
          onNote={() => source.openForSelection("note")}
          focusFirst={source.menuFor === segmentId}
        />
      ) : null}
      {card ? <AnnotationCard items={card.marks} context={context} /> : null}
    </>
  );
}

interface OverlayState {
  source: ReturnType<typeof useSourceInteractions>;
  canAnnotate: boolean;
  context: CardContext;
}

/** The source interactions (selection, hovered marks) for the rows' overlays; changes on every hover. */
export const SourceOverlayContext = createContext<OverlayState | null>(null);

/** The overlay of one row: only this small component re-renders when the pointer moves between marks. */
export function RowSourceOverlay({ segmentId }: { segmentId: string }) {
  const state = useContext(SourceOverlayContext);
  return state ? sourceOverlay(segmentId, state.source, state.canAnnotate, state.context) : null;
}
