"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "@/components/ui/Announcer";
import type { SegmentStatus } from "@/core/review/status-machine";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import type { Conflict } from "./ConflictDialog";
import { optimisticSave } from "./optimistic-save";
import { pageGone } from "./page-lock";
import type { EditScope } from "./pending-edits";
import { restorePendingEdits } from "./restore-pending";
import { useSaveQueue } from "./use-save-queue";
import { useRepetitions } from "./use-repetitions";

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The segments of one page, their autosave queue and the conflict a save may run into — shared by
 * the grid and review mode, so both save, retry, keep unsent edits in the browser and resolve
 * conflicts the same way.
 */
export function useSegmentStore(scope: EditScope, initial: WorkbenchSegment[], options: { reviews: boolean }) {
  const { documentId, userId } = scope;
  const { reviews } = options;
  const [segments, setSegments] = useState<WorkbenchSegment[]>(initial);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** The last review decision the server refused while keeping the text (approving with QA errors). */
  const [refusal, setRefusal] = useState<{ segmentId: string; number: number; message: string } | null>(null);
  const { t } = useTranslation("workbench");
  const announce = useAnnounce();

  // Looked up by id in the current list: merges and splits shift positions after load.
  const patchSegment = useCallback(
    (id: string, patch: Partial<WorkbenchSegment>) =>
      setSegments((current) => {
        const index = current.findIndex((s) => s.id === id);
        if (index < 0) return current;
        const next = current.slice();
        next[index] = { ...next[index], ...patch };
        return next;
      }),
    [],
  );

  // Read by the save queue's callbacks, which outlive a render.
  const segmentsRef = useRef(segments);
  useEffect(() => {
    segmentsRef.current = segments;
  });
  const numberOf = (segmentId: string) => segmentsRef.current.findIndex((s) => s.id === segmentId) + 1;

  // Repetitions filled by the server are patched in and their versions given to the queue (below).
  const queueRef = useRef<ReturnType<typeof useSaveQueue>["queue"] | null>(null);
  const repetitions = useRepetitions({ numberOf, patchSegment, setVersion: (id, version) => queueRef.current?.setVersion(id, version) });
  const { queue, state, pendingEdits } = useSaveQueue(scope, initial, {
    // Not the text: the user may have typed on since. Review bookkeeping only when the server sent it.
    onSaved: ({ id, status, version, trackedBaseText, previousSourceText, reviewedVersion, translatedById, matchOrigin, matchScore, repetitions: after }) => {
      patchSegment(id, { status, version, ...definedOnly({ trackedBaseText, previousSourceText, reviewedVersion, translatedById, matchOrigin, matchScore }) });
      if (after) repetitions.afterConfirm(id, after);
    },
    onConflict: (segmentId, mine, details) => {
      const number = numberOf(segmentId);
      setConflict({
        segmentId,
        number,
        mine,
        theirs: String(details.theirs ?? ""),
        theirStatus: String(details.theirStatus ?? "draft"),
        currentVersion: Number(details.currentVersion ?? 1),
      });
      announce(t("announce.conflict", { n: number }));
    },
    onRefused: (segmentId, { message }) => setRefusal({ segmentId, number: numberOf(segmentId), message }),
  });

  // Edits an earlier page could not send (server down, then a reload) come back on screen and are
  // sent again with the version they were typed on; the server's version check still applies.
  useEffect(() => {
    if (!pendingEdits) return;
    restorePendingEdits(
      pendingEdits.store,
      { documentId, userId },
      {
        segments: () => segmentsRef.current,
        resend: (edit) => {
          queue.setVersion(edit.segmentId, edit.baseVersion);
          patchSegment(edit.segmentId, edit.status ? { targetText: edit.targetText, status: edit.status } : { targetText: edit.targetText });
          queue.edit(edit.segmentId, edit.targetText, edit.status, true);
        },
        // A page reloading in this tab lets go within moments; one still open after that saves its own.
        isGone: (pageId) => pageGone(pageId, 3000),
      },
    ).catch((error: unknown) => console.warn("Edits kept in this browser could not be read:", error));
  }, [pendingEdits, documentId, userId, queue, patchSegment]);

  /**
   * Asks for a save from the grid or review mode (typing, Ctrl+Enter, Alt+A/Alt+R): shows the
   * status machine's answer at once and queues the change (at once when a status is asked for).
   * False when the machine refuses (confirming an empty translation…): nothing is queued.
   */
  const ask = useCallback(
    (segmentId: string, targetText: string, status?: SegmentStatus): boolean => {
      const segment = segmentsRef.current.find((s) => s.id === segmentId);
      const patch = segment ? optimisticSave(segment, targetText, status, { userId, reviews }) : null;
      if (!patch) return false;
      segmentsRef.current = segmentsRef.current.map((s) => (s.id === segmentId ? { ...s, ...patch } : s));
      patchSegment(segmentId, patch);
      queue.edit(segmentId, targetText, status, status !== undefined);
      if (status !== undefined) setRefusal((last) => (last?.segmentId === segmentId ? null : last));
      // A review decision changes no text the user is looking at: say it.
      if (status === "approved" || status === "rejected" || status === "reviewed") announce(t(`announce.${status}`, { n: numberOf(segmentId) }));
      return true;
    },
    [userId, reviews, patchSegment, queue, announce, t],
  );

  useEffect(() => {
    queueRef.current = queue;
  }, [queue]);

  const keepMine = useCallback(() => {
    if (!conflict) return;
    queue.setVersion(conflict.segmentId, conflict.currentVersion);
    queue.edit(conflict.segmentId, conflict.mine.targetText, conflict.mine.status, true);
    patchSegment(conflict.segmentId, { targetText: conflict.mine.targetText });
    setConflict(null);
  }, [conflict, queue, patchSegment]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    queue.discard(conflict.segmentId);
    queue.setVersion(conflict.segmentId, conflict.currentVersion);
    patchSegment(conflict.segmentId, { targetText: conflict.theirs, status: conflict.theirStatus, version: conflict.currentVersion });
    setConflict(null);
  }, [conflict, queue, patchSegment]);

  const dismissRefusal = useCallback(() => setRefusal(null), []);

  return { segments, setSegments, patchSegment, ask, queue, state, conflict, keepMine, takeTheirs, repetitions: repetitions.api, refusal, dismissRefusal };
}
