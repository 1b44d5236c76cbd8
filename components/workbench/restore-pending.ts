import type { EditScope, PendingEdit, PendingEdits } from "./pending-edits";

interface LoadedSegment {
  id: string;
  targetText: string;
  status: string;
}

interface Options {
  /** The page's segments as they are now (restoring may wait a moment for a reloading page to go). */
  segments: () => readonly LoadedSegment[];
  /** Puts an edit back on screen and in the save queue (which records it as this page's). */
  resend: (edit: PendingEdit) => void;
  /** Whether the page that typed the edits is gone (page-lock.ts); an open page saves its own. */
  isGone: (pageId: string) => Promise<boolean>;
}

/**
 * On page load: the edits of this document left in the browser by this account's pages that are gone (server
 * down, then a reload or a closed tab). Those the server already has (same text, and same status if
 * one was chosen) are dropped; the others are resent with the version they were typed on — so a
 * segment changed meanwhile by someone else ends in the usual conflict showing both texts. Entries
 * of segments no longer in the document (merged away elsewhere) stay stored, untouched: they are
 * not guessed into another segment.
 */
export async function restorePendingEdits(
  store: PendingEdits,
  { documentId, userId }: EditScope,
  { segments, resend, isGone }: Options,
): Promise<PendingEdit[]> {
  const mine = async () => (await store.listForDocument(documentId)).filter((e) => e.userId === userId);
  const owners = new Set((await mine()).map((e) => e.pageId));
  const resent: PendingEdit[] = [];
  await Promise.all(
    [...owners].map(async (owner) => {
      if (!(await isGone(owner))) return;
      // Read again after the wait: this page may have typed on the same segments meanwhile (its
      // entries then replaced the gone page's).
      const edits = (await mine()).filter((e) => e.pageId === owner);
      const byId = new Map(segments().map((s) => [s.id, s]));
      for (const edit of edits) {
        const loaded = byId.get(edit.segmentId);
        if (!loaded) continue;
        if (loaded.targetText === edit.targetText && (edit.status === undefined || edit.status === loaded.status)) {
          await store.remove(edit.segmentId, owner);
          continue;
        }
        resend(edit);
        resent.push(edit);
      }
    }),
  );
  return resent;
}
