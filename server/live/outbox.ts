import type { Db } from "../db/client";
import type { SegmentRow, Tx } from "../segments/write-segment";
import { toSavedSegment } from "../segments/segment-view";
import { getEventBus, stamp, type EventBus } from "./event-bus";
import type { LiveEvent } from "./live-event";

/**
 * Live events wait in the transaction's outbox until it commits: the one segment writer notes
 * what it stored (noteSegmentWrites, noteRestructure), and `commitThenPublish`, which opened the
 * transaction, publishes once it has committed — so a rolled-back change is never announced.
 */

/** Above this many segments of one document, one "segments.changed" event replaces theirs. */
export const MAX_SINGLE_EVENTS = 20;

interface DocumentChanges {
  /** The first and latest stored state of each segment written, by id. */
  rows: Map<string, { before: SegmentRow; after: SegmentRow }>;
  restructured: boolean;
  /** Rows inserted by a restructure (they are not "written" by writeSegments). */
  inserted: Map<string, number>;
  /** Time of the earliest write (what a client catching up asks from). */
  since: number;
}

/** What one transaction (or a use case of several) changed, per document, until it is published. */
export class LiveChanges {
  readonly documents = new Map<string, DocumentChanges>();
  constructor(readonly by: string | null) {}

  of(documentId: string, at: number): DocumentChanges {
    let changes = this.documents.get(documentId);
    if (!changes) this.documents.set(documentId, (changes = { rows: new Map(), restructured: false, inserted: new Map(), since: at }));
    changes.since = Math.min(changes.since, at);
    return changes;
  }

  noteRow(before: SegmentRow, after: SegmentRow, at: number): void {
    const rows = this.of(after.documentId, at).rows;
    rows.set(after.id, { before: rows.get(after.id)?.before ?? before, after });
  }

  /** Adds a committed transaction's changes (a use case that commits in chunks publishes once at the end). */
  merge(other: LiveChanges): void {
    for (const [documentId, changes] of other.documents) {
      const mine = this.of(documentId, changes.since);
      mine.restructured ||= changes.restructured;
      for (const [id, version] of changes.inserted) mine.inserted.set(id, version);
      for (const { before, after } of changes.rows.values()) this.noteRow(before, after, changes.since);
    }
  }

  /** Publishes what was committed; a failure is logged, never thrown at the use case. */
  async publish(bus: EventBus = getEventBus()): Promise<void> {
    for (const { documentId, event } of eventsOf(this))
      await bus.publish(documentId, event).catch((error: unknown) => console.warn("A live event failed:", error));
    this.documents.clear();
  }
}

const outboxes = new WeakMap<object, LiveChanges>();

/** Called by the segment writer for the rows it stored (before → after) in `tx`. */
export function noteSegmentWrites(tx: Tx, writes: readonly { before: SegmentRow; after: SegmentRow }[], at: Date): void {
  const outbox = outboxes.get(tx);
  if (!outbox) return;
  for (const write of writes) outbox.noteRow(write.before, write.after, at.getTime());
}

/** Called by the segment writer when it inserts or reorders rows of a document (positions move). */
export function noteRestructure(tx: Tx, documentId: string, inserted?: { id: string; version: number }): void {
  const outbox = outboxes.get(tx);
  if (!outbox) return;
  const changes = outbox.of(documentId, Date.now());
  changes.restructured = true;
  if (inserted) changes.inserted.set(inserted.id, inserted.version);
}

/** Rows a restructure event lists at most; beyond, every open grid reloads. */
const MAX_RESTRUCTURED_ROWS = 50;

/** The events a committed outbox announces, per document. */
export function eventsOf(outbox: Pick<LiveChanges, "documents" | "by">, at = Date.now()): { documentId: string; event: LiveEvent }[] {
  const events: { documentId: string; event: LiveEvent }[] = [];
  for (const [documentId, changes] of outbox.documents) {
    const by = outbox.by;
    if (changes.restructured) {
      const rows = [
        ...[...changes.rows.values()].map(({ after }) => ({ id: after.id, version: after.version })),
        ...[...changes.inserted].map(([id, version]) => ({ id, version })),
      ];
      events.push({ documentId, event: stamp({ type: "segments.restructured", by, ...(rows.length <= MAX_RESTRUCTURED_ROWS ? { rows } : {}) }, at) });
    } else if (changes.rows.size > MAX_SINGLE_EVENTS)
      events.push({ documentId, event: stamp({ type: "segments.changed", by, count: changes.rows.size, since: changes.since }, at) });
    else
      for (const { before, after } of changes.rows.values()) {
        const type = after.targetText === before.targetText && after.sourceText === before.sourceText ? "segment.status" : "segment.saved";
        const segment = { ...toSavedSegment(after), ...(after.sourceText !== before.sourceText ? { sourceText: after.sourceText } : {}) };
        events.push({ documentId, event: stamp({ type, by, segment }, at) });
      }
  }
  return events;
}

/**
 * Runs `work` in a transaction and, once it has committed, publishes what the segment writer
 * stored in it — or, given `into`, adds it there for the caller to publish after its last chunk.
 * Every use case that writes segments opens its transaction here (publish-after-commit.test.ts
 * checks it). Publishing never fails the use case.
 */
export async function commitThenPublish<T>(
  db: Db,
  by: string | null,
  work: (tx: Tx) => Promise<T>,
  options: { timeout?: number; into?: LiveChanges; bus?: EventBus } = {},
): Promise<T> {
  const changes = new LiveChanges(by);
  const result = await db.$transaction(
    async (tx) => {
      // On PostgreSQL a transaction aborted by a serialization failure runs again (postgres-transactions.ts): start its outbox afresh.
      changes.documents.clear();
      outboxes.set(tx, changes);
      return work(tx);
    },
    options.timeout ? { timeout: options.timeout } : undefined,
  );
  if (options.into) options.into.merge(changes);
  else await changes.publish(options.bus);
  return result;
}
