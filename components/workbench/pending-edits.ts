import { openDB, type DBSchema } from "idb";
import type { SaveJournal } from "./save-queue";

/**
 * Edits the server has not acknowledged yet, kept in the browser's IndexedDB so that neither an
 * unreachable server nor a reload loses typed text. One entry per segment: its latest text.
 */
export interface PendingEdit {
  segmentId: string;
  documentId: string;
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

export const PENDING_EDITS_DB = "lisiere-pending-edits";

export interface PendingEdits {
  /** Keeps the latest text of a segment (replacing an older one). */
  put(edit: PendingEdit): Promise<void>;
  /**
   * The server saved `change` at `version`. If it is still the stored text, the entry goes; if the
   * user typed on since, the entry stays and now builds on `version` (else a reload would make it
   * conflict with the user's own save).
   */
  acknowledge(segmentId: string, change: { targetText: string; status?: string }, version: number): Promise<void>;
  remove(segmentId: string): Promise<void>;
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
    async acknowledge(segmentId, change, version) {
      const tx = (await opening).transaction("edits", "readwrite");
      const stored = await tx.store.get(segmentId);
      if (stored && stored.targetText === change.targetText && stored.status === change.status) await tx.store.delete(segmentId);
      else if (stored && stored.baseVersion < version) await tx.store.put({ ...stored, baseVersion: version });
      await tx.done;
    },
    async remove(segmentId) {
      await (await opening).delete("edits", segmentId);
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
export function journalInto(store: PendingEdits, documentId: string, onError: (error: unknown) => void): SaveJournal {
  return {
    record: (entry) => void store.put({ ...entry, documentId, editedAt: Date.now() }).catch(onError),
    acknowledge: (segmentId, change, version) => void store.acknowledge(segmentId, change, version).catch(onError),
    forget: (segmentId) => void store.remove(segmentId).catch(onError),
  };
}
