import { openDB, type DBSchema } from "idb";
import type { SaveJournal } from "./save-queue";

/**
 * Edits the server has not acknowledged yet, kept in the browser's IndexedDB so that neither an
 * unreachable server nor a reload loses typed text. One entry per segment: the latest text typed
 * on it in this browser, with the page (tab) that typed it.
 */
export interface PendingEdit {
  segmentId: string;
  documentId: string;
  /** The page that typed it (page-lock.ts): only that page acknowledges it while it is open. */
  pageId: string;
  /** The account that typed it: restored only for that account (another may sign in on this browser). */
  userId: string | null;
  /** The version of the segment the text was typed on: the save names it, so the version check still applies. */
  baseVersion: number;
  targetText: string;
  status?: string;
  /** When it was typed (ms since the epoch). */
  editedAt: number;
}

interface PendingEditsSchema extends DBSchema {
  edits: { key: string; value: PendingEdit; indexes: { byDocument: string } };
}

/** Whose edits of which document a page journals and restores. */
export type EditScope = Pick<PendingEdit, "documentId" | "userId">;

export const PENDING_EDITS_DB = "lisiere-pending-edits";

export interface PendingEdits {
  /** Keeps the latest text of a segment (replacing an older one). */
  put(edit: PendingEdit): Promise<void>;
  /**
   * The server saved `change`, sent by page `pageId`, at `version`. If the entry is that page's and
   * still holds that text, it goes; if the user typed on since, it stays and now builds on
   * `version` (else a reload would make it conflict with the user's own save). Another tab's entry
   * for the same segment is left alone: its base version is not ours to move.
   */
  acknowledge(segmentId: string, change: { targetText: string; status?: string }, version: number, pageId: string): Promise<void>;
  /** Removes a segment's entry; with `pageId`, only if that page wrote it. */
  remove(segmentId: string, pageId?: string): Promise<void>;
  listForDocument(documentId: string): Promise<PendingEdit[]>;
  close(): Promise<void>;
}

/**
 * Opens the store. Calls are applied in the order they are made (each waits for the same open
 * database, then opens its own transaction), so an acknowledgement never overtakes the edit before it.
 */
export function openPendingEdits(name = PENDING_EDITS_DB): PendingEdits {
  const opening = openDB<PendingEditsSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore("edits", { keyPath: "segmentId" }).createIndex("byDocument", "documentId");
    },
  });
  return {
    async put(edit) {
      await (await opening).put("edits", edit);
    },
    async acknowledge(segmentId, change, version, pageId) {
      const tx = (await opening).transaction("edits", "readwrite");
      const stored = await tx.store.get(segmentId);
      if (stored?.pageId !== pageId) return tx.done;
      if (stored.targetText === change.targetText && stored.status === change.status) await tx.store.delete(segmentId);
      else if (stored.baseVersion < version) await tx.store.put({ ...stored, baseVersion: version });
      await tx.done;
    },
    async remove(segmentId, pageId) {
      const tx = (await opening).transaction("edits", "readwrite");
      if (pageId === undefined || (await tx.store.get(segmentId))?.pageId === pageId) await tx.store.delete(segmentId);
      await tx.done;
    },
    async listForDocument(documentId) {
      return (await opening).getAllFromIndex("edits", "byDocument", documentId);
    },
    async close() {
      (await opening).close();
    },
  };
}

/**
 * The save queue's journal, written to the store for one document. Storage failures (private
 * browsing without IndexedDB, a full disk) are reported, not thrown: saving to the server goes on.
 */
export function journalInto(store: PendingEdits, scope: EditScope, pageId: string, onError: (error: unknown) => void): SaveJournal {
  return {
    record: (entry) => void store.put({ ...entry, ...scope, pageId, editedAt: Date.now() }).catch(onError),
    acknowledge: (segmentId, change, version) => void store.acknowledge(segmentId, change, version, pageId).catch(onError),
    forget: (segmentId) => void store.remove(segmentId, pageId).catch(onError),
  };
}
