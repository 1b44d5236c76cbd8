import type { PendingEdit, PendingEdits } from "./pending-edits";

interface LoadedSegment {
  id: string;
  targetText: string;
  status: string;
}

/**
 * On page load: the edits of this document left in the browser by an earlier page (server down,
 * reload, crash). Those the server already has (same text, and same status if one was chosen) are
 * dropped; the others are handed to `resend`, which puts them back on screen and in the save queue
 * with the version they were typed on — so a segment changed meanwhile by someone else ends in the
 * usual conflict showing both texts. Entries of segments no longer in the document (merged away
 * elsewhere) stay stored, untouched: they are not guessed into another segment.
 */
export async function restorePendingEdits(store: PendingEdits, documentId: string, segments: readonly LoadedSegment[], resend: (edit: PendingEdit) => void): Promise<PendingEdit[]> {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const resent: PendingEdit[] = [];
  for (const edit of await store.listForDocument(documentId)) {
    const loaded = byId.get(edit.segmentId);
    if (!loaded) continue;
    if (loaded.targetText === edit.targetText && (edit.status === undefined || edit.status === loaded.status)) {
      await store.remove(edit.segmentId);
      continue;
    }
    resend(edit);
    resent.push(edit);
  }
  return resent;
}
