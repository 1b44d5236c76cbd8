import { EventEmitter } from "node:events";
import type { EventBus, LiveListener } from "./event-bus";

// One emitter per process, on globalThis: Next.js may load this module more than once (route
// handlers and server actions live in different bundles), and they must share their listeners.
const globalForEmitter = globalThis as unknown as { lisiereLiveEmitter?: EventEmitter };

function sharedEmitter(): EventEmitter {
  if (!globalForEmitter.lisiereLiveEmitter) {
    const emitter = new EventEmitter();
    // One listener per open grid: hundreds are normal, not a leak.
    emitter.setMaxListeners(0);
    globalForEmitter.lisiereLiveEmitter = emitter;
  }
  return globalForEmitter.lisiereLiveEmitter;
}

/** Delivers a document's events to this process's listeners (SQLite: one app server). */
export function memoryBus(emitter: EventEmitter = sharedEmitter()): EventBus {
  return {
    async publish(documentId, event) {
      deliver(emitter, documentId, event);
    },
    subscribe(documentId, listener: LiveListener) {
      emitter.on(documentId, listener);
      return () => void emitter.off(documentId, listener);
    },
  };
}

/** Calls each listener; one that throws (a stream closed meanwhile) does not stop the others. */
export function deliver(emitter: EventEmitter, documentId: string, event: unknown): void {
  for (const listener of emitter.listeners(documentId)) {
    try {
      listener(event);
    } catch (error) {
      console.warn("A live listener failed:", error);
    }
  }
}
