/**
 * The autosave engine of the grid and review mode, free of React so it can be tested with fake timers.
 *
 * Guarantees: an edit is never dropped — it stays pending until the server acknowledges that exact
 * text; network failures are retried with backoff; every save names the version it edited, and a
 * conflict stops that segment and hands both texts to the UI instead of overwriting anything.
 * The phase it reports never says "saved" while any text it was given differs from what the server
 * acknowledged (see `phaseOf`).
 */

import type { PendingChange, SavedSegmentState, SavePhase, SaveQueueOptions, SaveQueueState, SaveResult } from "./save-types";

export type { PendingChange, SaveJournal, SavedSegmentState, SavePhase, SaveQueueOptions, SaveQueueState, SaveRequest, SaveResult } from "./save-types";

interface Change extends PendingChange {
  /** The status was carried over from an earlier, unacknowledged change rather than chosen. */
  inherited: boolean;
}

export class SaveQueue {
  private readonly knownVersions = new Map<string, number>();
  /** The latest change of every segment the server has not acknowledged, oldest edit first. */
  private readonly unacked = new Map<string, Change>();
  /** Segments stopped by a conflict or a refusal until the user edits them again or resolves. */
  private readonly blocked = new Set<string>();
  private inFlight: { segmentId: string; change: Change } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest edit not yet sent was made (for maxWaitMs). */
  private waitingSince: number | null = null;
  private failures = 0;
  /** The failures are the server refusing to write (storage), not the network: shown as an error, retried all the same. */
  private storageTrouble = false;
  private details: Record<string, unknown> | undefined;
  private everSaved = false;
  private message: string | undefined;
  private state: SaveQueueState = { phase: "idle", pending: 0 };
  private settleWaiters: ((settled: boolean) => void)[] = [];

  constructor(private readonly options: SaveQueueOptions) {}

  /** Records the version the client holds for a segment (from the page data or a resolved conflict). */
  setVersion(segmentId: string, version: number): void {
    this.knownVersions.set(segmentId, version);
  }

  /** Queues a change; later edits of the same segment replace earlier unsent ones. */
  edit(segmentId: string, targetText: string, status?: string, immediate = false): void {
    const previous = this.unacked.get(segmentId);
    const change: Change =
      status === undefined ? { targetText, status: previous?.status, inherited: previous?.status !== undefined } : { targetText, status, inherited: false };
    this.unacked.delete(segmentId); // re-inserted last: the queue sends the longest-waiting edit first
    this.unacked.set(segmentId, change);
    this.blocked.delete(segmentId);
    this.options.journal?.record({ segmentId, baseVersion: this.baseVersion(segmentId), targetText, status: change.status });
    this.waitingSince ??= Date.now();
    this.emit();
    if (immediate) this.schedule(0);
    else if (this.failures === 0)
      this.schedule(Math.min(this.options.debounceMs ?? 700, Math.max(0, this.waitingSince + (this.options.maxWaitMs ?? 3000) - Date.now())));
    // While offline the backoff timer stays: typing must not hammer an unreachable server.
  }

  /** Sends everything queued now (on leaving a segment, on confirm). */
  flush(): void {
    this.schedule(0);
  }

  /** Tries again at once after network failures (the browser says it is online again). */
  retryNow(): void {
    if (this.failures > 0) this.schedule(0);
  }

  /** Drops a segment's change after the user chose the saved version in a conflict. */
  discard(segmentId: string): void {
    this.unacked.delete(segmentId);
    this.blocked.delete(segmentId);
    this.options.journal?.forget(segmentId);
    this.emit();
  }

  /**
   * Sends everything now and resolves true once the server has confirmed it all, or false as soon
   * as something cannot be saved (conflict, refusal) — so structural edits start from saved text.
   */
  settle(): Promise<boolean> {
    if (this.unacked.size === 0) return Promise.resolve(true);
    if (this.blocked.size > 0) return Promise.resolve(false);
    const settled = new Promise<boolean>((resolve) => this.settleWaiters.push(resolve));
    this.flush();
    return settled;
  }

  /** The version the client last saw of each segment (what the next save will name). */
  versions(): Record<string, number> {
    return Object.fromEntries(this.knownVersions);
  }

  hasPending(): boolean {
    return this.unacked.size > 0;
  }

  /** The version the next save of this segment will name, if the queue knows one. */
  versionOf(segmentId: string): number | undefined {
    return this.knownVersions.get(segmentId);
  }

  /** Whether text given for this segment is not yet acknowledged (queued, in flight, or stopped by a conflict). */
  isPending(segmentId: string): boolean {
    return this.unacked.has(segmentId);
  }

  getState(): SaveQueueState {
    return this.state;
  }

  private baseVersion(segmentId: string): number {
    return this.knownVersions.get(segmentId) ?? 1;
  }

  /** Changes waiting to be sent: not acknowledged, not stopped, and not the very change in flight. */
  private due(): [string, Change][] {
    return [...this.unacked].filter(([id, change]) => !this.blocked.has(id) && this.inFlight?.change !== change);
  }

  /** The one rule of the indicator: "saved" only when nothing given to the queue is unacknowledged. */
  private phaseOf(): SavePhase {
    if (this.blocked.size > 0) return "error";
    if (this.unacked.size === 0) return this.everSaved ? "saved" : "idle";
    if (this.failures > 0) return this.storageTrouble ? "error" : "offline";
    return this.inFlight ? "saving" : "unsaved";
  }

  private emit(): void {
    const phase = this.phaseOf();
    const troubled = phase === "error" || phase === "offline";
    const next = {
      phase,
      pending: this.unacked.size,
      message: troubled ? this.message : undefined,
      ...(troubled && this.details ? { details: this.details } : {}),
    };
    if (next.phase !== this.state.phase || next.pending !== this.state.pending || next.message !== this.state.message) {
      this.state = next;
      this.options.onStateChange(next);
    }
    const outcome = this.unacked.size === 0 ? true : this.blocked.size > 0 ? false : null;
    if (outcome !== null && this.settleWaiters.length > 0) {
      const waiters = this.settleWaiters;
      this.settleWaiters = [];
      for (const resolve of waiters) resolve(outcome);
    }
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    if (this.inFlight) return; // the running request picks up new work when it ends
    const next = this.due()[0];
    if (!next) return;
    const [segmentId, change] = next;
    this.inFlight = { segmentId, change };
    this.waitingSince = this.due().length > 0 ? this.waitingSince : null;
    this.emit();
    let result: SaveResult;
    try {
      result = await this.options.send({ segmentId, baseVersion: this.baseVersion(segmentId), targetText: change.targetText, status: change.status });
    } catch (error) {
      // Unreachable server: the change stays unacknowledged (and journalled); try again later.
      this.inFlight = null;
      this.retryLater(error instanceof Error ? error.message : String(error), false);
      return;
    }
    this.inFlight = null;
    if (!result.ok && isStorageFailure(result.code)) {
      // The server is there but could not write (disk full, database busy or read-only): nothing
      // was changed, so the same change is sent again later, like after a network failure.
      this.retryLater(result.message, true, result.details);
      return;
    }
    this.failures = 0;
    this.storageTrouble = false;
    this.details = undefined;
    const theirs = result.ok ? null : sameTextSaved(change, result);
    if (result.ok) this.acknowledged(segmentId, change, result.value);
    else if (theirs) this.acknowledged(segmentId, change, { id: segmentId, ...theirs });
    else if (isRefusedDecision(result.code) && change.status !== undefined && this.unacked.get(segmentId) === change) {
      // The decision was refused, not the words: the text is saved on its own (the server then
      // answers with the status it keeps), and the refusal is told. Nothing typed is lost.
      const textOnly: Change = { targetText: change.targetText, inherited: false };
      this.unacked.set(segmentId, textOnly);
      this.options.journal?.record({ segmentId, baseVersion: this.baseVersion(segmentId), targetText: change.targetText });
      this.options.onRefused?.(segmentId, { code: result.code, message: result.message, details: result.details });
    } else if (result.code === "CONFLICT") {
      this.blocked.add(segmentId);
      this.message = result.message;
      this.options.onConflict(segmentId, this.unacked.get(segmentId) ?? change, result.details ?? {});
    } else if (this.unacked.get(segmentId) === change) {
      // Refused for good (permission, validation): keep it visible as unsaved, do not hammer the
      // server. A newer edit typed meanwhile is still sent.
      this.blocked.add(segmentId);
      this.message = result.message;
    }
    this.emit();
    // Edits typed meanwhile keep their pause timer; one whose timer fired during the request goes now.
    if (this.due().length > 0 && !this.timer) this.schedule(0);
  }

  /** Keeps everything queued and tries again after a growing pause (at once on `retryNow`). */
  private retryLater(message: string, storageTrouble: boolean, details?: Record<string, unknown>): void {
    const delays = this.options.retryDelaysMs ?? [1000, 2000, 5000, 10000];
    const delay = delays[Math.min(this.failures, delays.length - 1)];
    this.failures++;
    this.storageTrouble = storageTrouble;
    this.message = message;
    this.details = details;
    this.emit();
    this.schedule(delay);
  }

  private acknowledged(segmentId: string, change: Change, segment: SavedSegmentState): void {
    this.knownVersions.set(segmentId, segment.version);
    this.everSaved = true;
    const latest = this.unacked.get(segmentId);
    if (latest === change) this.unacked.delete(segmentId);
    this.options.journal?.acknowledge(segmentId, change, segment.version);
    // A newer edit that only carried this change's status over need not repeat it: the server has it.
    if (latest && latest !== change && latest.inherited && latest.status === change.status) {
      this.unacked.set(segmentId, { targetText: latest.targetText, inherited: false });
      this.options.journal?.record({ segmentId, baseVersion: segment.version, targetText: latest.targetText });
    }
    this.options.onSaved(segment);
  }
}

/** Refusals of a status decision that leave the text worth saving (approving with QA errors). */
function isRefusedDecision(code: string): boolean {
  return code === "QA_ERRORS";
}

/** Coded storage failures (server/db/storage-failure.ts): the write did not happen and may later. */
function isStorageFailure(code: string): boolean {
  return code.startsWith("STORAGE_");
}

/**
 * A conflict whose saved text is exactly the one sent (and its status, if one was chosen) is no
 * conflict: the server has it already — e.g. the request of a page reloaded mid-save landed just
 * before the same edit, restored from the journal, was sent again. The version it is at, then.
 */
function sameTextSaved(change: PendingChange, result: { code: string; details?: Record<string, unknown> }): Omit<SavedSegmentState, "id"> | null {
  const details = result.details ?? {};
  if (result.code !== "CONFLICT" || details.theirs !== change.targetText || typeof details.currentVersion !== "number") return null;
  if (change.status !== undefined && details.theirStatus !== change.status) return null;
  return { targetText: change.targetText, status: String(details.theirStatus ?? change.status ?? "draft"), version: details.currentVersion };
}
