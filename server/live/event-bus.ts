import { randomUUID } from "node:crypto";
import { databaseKind, databaseUrl } from "../db/database-url";
import type { LiveEvent, LiveEventBody } from "./live-event";
import { memoryBus } from "./memory-bus";
import { postgresBus } from "./postgres-bus";

export type LiveListener = (event: LiveEvent) => void;

/**
 * Where live events go from the server that committed a change to every server holding an open
 * events stream for the document. `publish` is best effort: a lost event costs a client a stale
 * row until its next catch-up (on reconnect), never data — the version check still guards saves.
 */
export interface EventBus {
  publish(documentId: string, event: LiveEvent): Promise<void>;
  /** Calls `listener` with the document's events until the returned function is called. */
  subscribe(documentId: string, listener: LiveListener): () => void;
}

const globalForBus = globalThis as unknown as { lisiereLiveBus?: EventBus };

/** The process's bus, chosen by DATABASE_URL: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
export function getEventBus(): EventBus {
  const url = databaseUrl();
  globalForBus.lisiereLiveBus ??= databaseKind(url) === "postgres" ? postgresBus(url) : memoryBus();
  return globalForBus.lisiereLiveBus;
}

/** Gives an event its id and time. */
export function stamp(body: LiveEventBody, at = Date.now()): LiveEvent {
  return { ...body, id: randomUUID(), at } as LiveEvent;
}
