import type { SavedSegment } from "../segments/segment-view";

/**
 * What people working on the same document tell each other while they work (issue 16): published
 * on the document's channel once the change is committed, sent to every open grid by the events
 * route (server-sent events), and merged there without touching anyone's unsaved text.
 */

/** A segment as stored after a change: what the grid shows of it (its French too, for source corrections). */
export type LiveSegment = SavedSegment & { sourceText?: string };

interface Envelope {
  /** Unique, for the SSE `id:` line (and Last-Event-ID, should a client send it). */
  id: string;
  /** Server time of the commit, ms since the epoch. */
  at: number;
  /** Who made the change (null: the system). */
  by: string | null;
}

export type LiveEvent =
  | (Envelope & {
      /** One segment saved: "segment.saved" when its English changed, "segment.status" when only its status did. */
      type: "segment.saved" | "segment.status";
      segment: LiveSegment;
      /** The text was left out to fit a PostgreSQL notification: the client fetches the row. */
      partial?: true;
    })
  | (Envelope & {
      /** A batch (pre-translation, replace all, an aligned translation…) changed many segments at once. */
      type: "segments.changed";
      count: number;
      /** Server time just before the batch's first write: fetch what changed since. */
      since: number;
    })
  | (Envelope & {
      /** Segments were merged, split, moved or inserted: positions changed, reload the part. */
      type: "segments.restructured";
      /** The rows written (a few), so the page that made the change knows it has them; absent for big rewrites. */
      rows?: { id: string; version: number }[];
    })
  | (Envelope & {
      /** Events may have been lost (the server's link to the database was down): fetch what changed. */
      type: "resync";
    })
  | (Envelope & {
      /** Someone is on a segment (segmentId), or left the document (null). */
      type: "presence";
      userId: string;
      name: string;
      segmentId: string | null;
    });

/** Any event without its envelope: what publishers describe. */
export type LiveEventBody = LiveEvent extends infer E ? (E extends LiveEvent ? Omit<E, "id" | "at"> : never) : never;
