import { EventEmitter } from "node:events";
import pg from "pg";
import type { EventBus, LiveListener } from "./event-bus";
import type { LiveEvent } from "./live-event";
import { deliver } from "./memory-bus";

/** The one channel every app server listens on; the payload names the document. */
export const LIVE_CHANNEL = "lisiere_live";
/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; keep a margin. */
export const MAX_PAYLOAD_BYTES = 7_900;
const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];

/** What the bus needs of a `pg` Client (a fake in unit tests). */
export interface ListenClient {
  connect(): Promise<unknown>;
  query(text: string, values?: unknown[]): Promise<unknown>;
  end(): Promise<void>;
  on(event: "notification", listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: "error" | "end", listener: (error?: Error) => void): unknown;
  removeAllListeners(): unknown;
}

interface Options {
  connect?: () => ListenClient;
  delaysMs?: number[];
}

/**
 * The notification for an event, small enough for NOTIFY: a segment's texts are left out (the
 * event says `partial` and the client fetches the row) when they would not fit. Null if even
 * that does not fit (it cannot happen with ids and numbers, but nothing oversized is ever sent).
 */
export function encodeNotification(documentId: string, event: LiveEvent): string | null {
  const full = JSON.stringify({ documentId, event });
  if (Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES) return full;
  if (event.type !== "segment.saved" && event.type !== "segment.status") return null;
  const segment: Record<string, unknown> = { ...event.segment };
  for (const text of ["targetText", "trackedBaseText", "previousSourceText", "sourceText"]) delete segment[text];
  const slim = JSON.stringify({ documentId, event: { ...event, segment, partial: true } });
  return Buffer.byteLength(slim) <= MAX_PAYLOAD_BYTES ? slim : null;
}

/** The document and event of a notification, or null for anything else on the channel. */
export function decodeNotification(payload: string | undefined): { documentId: string; event: LiveEvent } | null {
  try {
    const parsed = JSON.parse(payload ?? "") as { documentId?: unknown; event?: { type?: unknown } };
    return typeof parsed.documentId === "string" && typeof parsed.event?.type === "string" ? (parsed as { documentId: string; event: LiveEvent }) : null;
  } catch {
    return null;
  }
}

/**
 * Events across app servers through PostgreSQL LISTEN/NOTIFY: one dedicated connection per
 * process listens on LIVE_CHANNEL and sends the notifications; what arrives is handed to this
 * process's listeners (its own events included, so each is delivered once, by the database).
 * A lost connection is opened again with growing pauses, and listeners are then told to
 * `resync`, since notifications sent meanwhile are gone.
 */
export function postgresBus(url: string, options: Options = {}): EventBus & { close(): Promise<void> } {
  const connect = options.connect ?? (() => new pg.Client({ connectionString: url }) as unknown as ListenClient);
  const delays = options.delaysMs ?? RECONNECT_DELAYS_MS;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let ready: Promise<ListenClient> | null = null;
  let failures = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  function open(): Promise<ListenClient> {
    const client = connect();
    const opened = (async () => {
      client.on("notification", ({ channel, payload }) => {
        const message = channel === LIVE_CHANNEL ? decodeNotification(payload) : null;
        if (message) deliver(emitter, message.documentId, message.event);
      });
      client.on("error", () => lost(client));
      client.on("end", () => lost(client));
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      const wasDown = failures > 0;
      failures = 0;
      if (wasDown) resyncAll();
      return client;
    })();
    opened.catch(() => lost(client));
    return opened;
  }

  function lost(client: ListenClient): void {
    client.removeAllListeners();
    client.end().catch(() => {});
    if (closed || retry) return;
    ready = null;
    const delay = delays[Math.min(failures, delays.length - 1)];
    failures++;
    retry = setTimeout(() => {
      retry = null;
      if (!closed) ready = open();
    }, delay);
    retry.unref?.();
  }

  function resyncAll(): void {
    const at = Date.now();
    for (const documentId of emitter.eventNames())
      deliver(emitter, String(documentId), { type: "resync", id: `resync-${at}`, at, by: null } satisfies LiveEvent);
  }

  function connection(): Promise<ListenClient> {
    ready ??= open();
    return ready;
  }

  return {
    async publish(documentId, event) {
      const payload = encodeNotification(documentId, event);
      if (!payload) return console.warn(`A live event (${event.type}) is too large for a notification and was not sent.`);
      try {
        const client = await connection();
        await client.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, payload]);
      } catch (error) {
        // Best effort: listeners catch up when the connection is back (resync).
        console.warn("A live event could not be sent:", error instanceof Error ? error.message : error);
      }
    },
    subscribe(documentId, listener: LiveListener) {
      // Listening starts with the first subscriber; a failure is retried in the background.
      connection().catch(() => {});
      emitter.on(documentId, listener);
      return () => void emitter.off(documentId, listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = await ready?.catch(() => null);
      client?.removeAllListeners();
      await client?.end().catch(() => {});
    },
  };
}
