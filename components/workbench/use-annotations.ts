"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { compileTermIndex } from "@/core/terms/match-terms";
import { toTermEntries, type TermbaseEntry } from "@/core/terms/termbase-entry";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { StoredTermEntry } from "@/server/glossary/load-termbase";
import { createAnnotationAction, deleteAnnotationAction, listAnnotationsAction, reattachAnnotationAction, updateAnnotationAction } from "@/actions/annotations";
import type { ActionResult } from "@/actions/_lib/action-result";

export interface SourceRange {
  segmentId: string;
  start: number;
  end: number;
  text: string;
}

type Entry = TermbaseEntry & { id: string };

/**
 * The document's glosses and notes and the project's termbase, as client state kept in step with
 * the server: every change goes through a server action and is applied here only once it succeeded.
 */
export function useAnnotations(options: { documentId: string; terms: StoredTermEntry[]; annotations: AnnotationView[]; structureEpoch: number }) {
  const [terms, setTerms] = useState<Entry[]>(options.terms);
  const [annotations, setAnnotations] = useState(options.annotations);
  const { documentId, structureEpoch } = options;

  const index = useMemo(() => compileTermIndex(toTermEntries(terms)), [terms]);
  const entries = useMemo(() => new Map(terms.map((t) => [t.id, t])), [terms]);
  const bySegment = useMemo(() => {
    const map = new Map<string, AnnotationView[]>();
    for (const a of annotations) {
      if (a.status !== "anchored" || !a.segmentId) continue;
      map.set(a.segmentId, [...(map.get(a.segmentId) ?? []), a]);
    }
    return map;
  }, [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => a.status === "orphaned"), [annotations]);

  // Merges and splits move annotations on the server; reload them after each structural edit.
  useEffect(() => {
    if (structureEpoch === 0) return;
    let live = true;
    void listAnnotationsAction({ documentId }).then((result) => live && result.ok && setAnnotations(result.value));
    return () => {
      live = false;
    };
  }, [structureEpoch, documentId]);

  const upsertEntry = useCallback((entry: Entry | null) => {
    if (entry) setTerms((current) => [...current.filter((t) => t.id !== entry.id), entry]);
  }, []);
  const replace = useCallback((view: AnnotationView) => setAnnotations((current) => [...current.filter((a) => a.id !== view.id), view]), []);

  const create = useCallback(
    async (range: SourceRange, kind: "gloss" | "note", body: string, entry?: Record<string, unknown>): Promise<ActionResult<unknown>> => {
      const result = await createAnnotationAction({ segmentId: range.segmentId, start: range.start, end: range.end, kind, body, entry });
      if (result.ok) {
        replace(result.value.annotation);
        upsertEntry(result.value.entry);
      }
      return result;
    },
    [replace, upsertEntry],
  );

  const update = useCallback(
    async (annotation: AnnotationView, body: string) => {
      const result = await updateAnnotationAction({ annotationId: annotation.id, baseUpdatedAt: annotation.updatedAt, body });
      if (result.ok) replace(result.value);
      return result;
    },
    [replace],
  );

  const remove = useCallback(async (annotationId: string) => {
    const result = await deleteAnnotationAction({ annotationId });
    if (result.ok) setAnnotations((current) => current.filter((a) => a.id !== annotationId));
    return result;
  }, []);

  const reattach = useCallback(
    async (annotationId: string, range: SourceRange) => {
      const result = await reattachAnnotationAction({ annotationId, segmentId: range.segmentId, start: range.start, end: range.end });
      if (result.ok) replace(result.value);
      return result;
    },
    [replace],
  );

  return { index, entries, all: annotations, bySegment, orphans, create, update, remove, reattach };
}
