/**
 * The autosave engine of the grid, free of React so it can be tested with fake timers.
 *
 * Guarantees: an edit is never dropped — it stays queued until the server confirms it; network
 * failures are retried with backoff; every save names the version it edited, and a conflict stops
 * that segment's queue and hands both texts to the UI instead of overwriting anything.
 */

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
}

export type SaveResult =
  | { ok: true; segment: SavedSegmentState }
  | { ok: false; code: string; message: string; details?: Record<string, unknown> };

export type SavePhase = "idle" | "saving" | "saved" | "retrying" | "error";

export interface SaveQueueState {
  phase: SavePhase;
  /** Changes not yet confirmed by the server (queued, in flight, failed or in conflict). */
  pending: number;
  message?: string;
}

export interface SaveQueueOptions {
  /** Sends one save. Throws on network failure; resolves with a coded error otherwise. */
  send: (request: SaveRequest) => Promise<SaveResult>;
  onSaved: (segment: SavedSegmentState) => void;
  onConflict: (segmentId: string, mine: { targetText: string; status?: string }, details: Record<string, unknown>) => void;
  onStateChange: (state: SaveQueueState) => void;
  /** Quiet time after the last keystroke before saving. @default 700 */
  debounceMs?: number;
  /** Waits between retries after network failures; the last one repeats. @default [1000, 2000, 5000, 10000] */
  retryDelaysMs?: number[];
}

interface Change {
  targetText: string;
  status?: string;
}

export class SaveQueue {
  private readonly knownVersions = new Map<string, number>();
  private readonly queued = new Map<string, Change>();
  private readonly blocked = new Map<string, Change>();
  private inFlight: { segmentId: string; change: Change } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private state: SaveQueueState = { phase: "idle", pending: 0 };
  private settleWaiters: ((settled: boolean) => void)[] = [];

  constructor(private readonly options: SaveQueueOptions) {}

  /** Records the version the client holds for a segment (from the page data or a resolved conflict). */
  setVersion(segmentId: string, version: number): void {
    this.knownVersions.set(segmentId, version);
  }

  /** Queues a change; later edits of the same segment replace earlier unsent ones. */
  edit(segmentId: string, targetText: string, status?: string, immediate = false): void {
    const previous = this.queued.get(segmentId) ?? this.blocked.get(segmentId);
    this.blocked.delete(segmentId);
    this.queued.set(segmentId, { targetText, status: status ?? previous?.status });
    this.schedule(immediate ? 0 : (this.options.debounceMs ?? 700));
  }

  /** Sends everything queued now (on leaving a segment, on confirm). */
  flush(): void {
    this.schedule(0);
  }

  /** Drops a segment's change after the user chose the saved version in a conflict. */
  discard(segmentId: string): void {
    this.queued.delete(segmentId);
    this.blocked.delete(segmentId);
    this.emit(this.pendingCount() === 0 ? { phase: "idle" } : {});
  }

  /**
   * Sends everything now and resolves true once the server has confirmed it all, or false as soon
   * as something cannot be saved (conflict, refusal) — so structural edits start from saved text.
   */
  settle(): Promise<boolean> {
    if (this.pendingCount() === 0) return Promise.resolve(true);
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
    return this.pendingCount() > 0;
  }

  getState(): SaveQueueState {
    return this.state;
  }

  private pendingCount(): number {
    return this.queued.size + this.blocked.size + (this.inFlight ? 1 : 0);
  }

  private emit(patch: Partial<SaveQueueState>): void {
    this.state = { ...this.state, ...patch, pending: this.pendingCount() };
    this.options.onStateChange(this.state);
    const outcome = this.state.pending === 0 ? true : this.blocked.size > 0 ? false : null;
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
    if (this.inFlight) return; // the running loop picks up new work when its request ends
    const next = this.queued.entries().next();
    if (next.done) return;
    const [segmentId, change] = next.value;
    this.queued.delete(segmentId);
    this.inFlight = { segmentId, change };
    this.emit({ phase: this.failures > 0 ? "retrying" : "saving", message: undefined });
    let result: SaveResult;
    try {
      result = await this.options.send({ segmentId, baseVersion: this.knownVersions.get(segmentId) ?? 1, ...change });
    } catch (error) {
      this.inFlight = null;
      // Keep the change unless a newer edit already replaced it, then retry later.
      if (!this.queued.has(segmentId)) this.queued.set(segmentId, change);
      const delays = this.options.retryDelaysMs ?? [1000, 2000, 5000, 10000];
      const delay = delays[Math.min(this.failures, delays.length - 1)];
      this.failures++;
      this.emit({ phase: "retrying", message: error instanceof Error ? error.message : String(error) });
      this.schedule(delay);
      return;
    }
    this.inFlight = null;
    this.failures = 0;
    if (result.ok) {
      this.knownVersions.set(segmentId, result.segment.version);
      this.options.onSaved(result.segment);
      this.emit({ phase: this.queued.size > 0 ? "saving" : this.blocked.size > 0 ? "error" : "saved" });
    } else if (result.code === "CONFLICT") {
      const newer = this.queued.get(segmentId);
      this.queued.delete(segmentId);
      this.blocked.set(segmentId, newer ?? change);
      this.emit({ phase: "error", message: result.message });
      this.options.onConflict(segmentId, newer ?? change, result.details ?? {});
    } else {
      // Refused for good (permission, validation): keep it visible as unsaved, do not hammer the server.
      if (!this.queued.has(segmentId)) this.blocked.set(segmentId, change);
      this.emit({ phase: "error", message: result.message });
    }
    if (this.queued.size > 0) this.schedule(0);
  }
}
