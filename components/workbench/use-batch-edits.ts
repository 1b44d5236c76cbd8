"use client";

import { useTranslation } from "react-i18next";
import type { RevisionView } from "@/server/segments/list-revisions";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { replaceInTargetsAction, restoreRevisionAction, undoReplaceAction } from "@/actions/segments";
import type { SaveQueue } from "./save-queue";
import type { Replacement } from "./search-results";

type SavedState = Pick<WorkbenchSegment, "id" | "targetText" | "status" | "version"> &
  Partial<Pick<WorkbenchSegment, "sourceText" | "sourceWords" | "trackedBaseText" | "previousSourceText" | "reviewedVersion">>;
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Edits made on the server for the user — restoring a revision, replacing or un-replacing a batch —
 * each after pending saves have landed, then applied to the grid and to the save queue's versions.
 * The open editor is closed afterwards: it shows the text it was mounted with.
 */
export function useBatchEdits(options: {
  documentId: string;
  segments: WorkbenchSegment[];
  queue: SaveQueue;
  patchSegment: (id: string, patch: Partial<WorkbenchSegment>) => void;
  closeEditor: () => void;
}) {
  const { t } = useTranslation("workbench");
  const { documentId, segments, queue, patchSegment, closeEditor } = options;

  function applySaved(saved: SavedState[]) {
    for (const segment of saved) {
      queue.setVersion(segment.id, segment.version);
      patchSegment(segment.id, segment);
    }
    closeEditor();
  }

  /** One segment saved on the server outside the queue (restore, accept/revert, source edit). */
  async function single(segmentId: string, call: (baseVersion: number) => Promise<Outcome<SavedState>>): Promise<string | null> {
    if (!(await queue.settle())) return t("history.pending");
    const segment = segments.find((s) => s.id === segmentId);
    const result = await call(queue.versions()[segmentId] ?? segment?.version ?? 1);
    if (!result.ok) return result.message;
    applySaved([result.value]);
    return null;
  }

  const restore = (segmentId: string, revision: RevisionView) =>
    single(segmentId, (baseVersion) => restoreRevisionAction({ segmentId, revisionId: revision.id, baseVersion }));

  async function replaceAll(changes: Replacement[]): Promise<{ error: string } | { batchId: string }> {
    if (!(await queue.settle())) return { error: t("find.pending") };
    const result = await replaceInTargetsAction({
      documentId,
      changes: changes.map(({ segmentId, baseVersion, targetText }) => ({ segmentId, baseVersion, targetText })),
    });
    if (!result.ok) return { error: result.message };
    applySaved(result.value.segments);
    return { batchId: result.value.batchId };
  }

  async function undoReplaceAll(batchId: string): Promise<string | null> {
    if (!(await queue.settle())) return t("find.pending");
    const result = await undoReplaceAction({ documentId, batchId });
    if (!result.ok) return result.message;
    applySaved(result.value.segments);
    return null;
  }

  return { restore, single, replaceAll, undoReplaceAll };
}
