import type { ActionResult } from "@/actions/_lib/action-result";

/** The save queue's vocabulary, shared with the server action that answers it and the journal. */

export interface SaveRequest {
  segmentId: string;
  baseVersion: number;
  targetText: string;
  status?: string;
}

export interface SavedSegmentState {
  id: string;
  targetText: string;
  status: string;
  version: number;
  /** Review bookkeeping the save may have changed (tracked change, source flag, review version). */
  trackedBaseText?: string | null;
  previousSourceText?: string | null;
  reviewedVersion?: number | null;
  translatedById?: string | null;
  /** The translation memory's mark ("tm", "repetition") and score, cleared when someone edits the text. */
  matchOrigin?: string | null;
  matchScore?: number | null;
  /** After a confirm: repetitions filled at once (the project auto-propagates), or how many could be. */
  repetitions?: { filled: SavedSegmentState[]; offered: number };
}

/** What the save action answers (the one result shape of server actions). */
export type SaveResult = ActionResult<SavedSegmentState>;

/**
 * idle: nothing edited since the page loaded · unsaved: typed, not sent yet · saving: a request is
 * out · saved: the server has every edit · offline: the server cannot be reached (edits wait, kept
 * by the journal) · error: a conflict or a refusal stopped a segment.
 */
export type SavePhase = "idle" | "unsaved" | "saving" | "saved" | "offline" | "error";

export interface SaveQueueState {
  phase: SavePhase;
  /** Segments whose latest text the server has not acknowledged (queued, in flight, failed or in conflict). */
  pending: number;
  message?: string;
  /** What the server said about a refusal it coded (details.reason), for the interface's own words. */
  details?: Record<string, unknown>;
}

export interface PendingChange {
  targetText: string;
  status?: string;
}

/** Where unacknowledged edits are kept outside the page (IndexedDB in the browser), so a reload or a crash loses nothing. */
export interface SaveJournal {
  /** An edit as soon as it is made, with the version it was made on. */
  record(entry: { segmentId: string; baseVersion: number } & PendingChange): void;
  /** The server acknowledged `change` at `version`: drop the entry if it is still the latest, else move its base version on. */
  acknowledge(segmentId: string, change: PendingChange, version: number): void;
  /** The user gave their text up (took the saved version in a conflict). */
  forget(segmentId: string): void;
}

export interface SaveQueueOptions {
  /** Sends one save. Throws (rejects) on network failure; resolves with a coded error otherwise. */
  send: (request: SaveRequest) => Promise<SaveResult>;
  onSaved: (segment: SavedSegmentState) => void;
  onConflict: (segmentId: string, mine: PendingChange, details: Record<string, unknown>) => void;
  onStateChange: (state: SaveQueueState) => void;
  /** A status decision refused while its text is fine (QA errors): the text is saved alone, the refusal told here. */
  onRefused?: (segmentId: string, refusal: { code: string; message: string; details?: Record<string, unknown> }) => void;
  journal?: SaveJournal;
  /** Quiet time after the last keystroke before saving. @default 700 */
  debounceMs?: number;
  /** Longest an edit waits while the user keeps typing without a pause. @default 3000 */
  maxWaitMs?: number;
  /** Waits between retries after network failures; the last one repeats. @default [1000, 2000, 5000, 10000] */
  retryDelaysMs?: number[];
}
