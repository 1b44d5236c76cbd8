import type { EventBus } from "./event-bus";
import type { LiveEvent } from "./live-event";
import type { PresenceView } from "./list-presence";

/** A comment line this often keeps proxies and the browser from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How often an open stream checks that its reader may still read the document. */
export const RECHECK_MS = 60_000;
/** What the browser waits before reconnecting (the SSE `retry:` field). */
export const RETRY_MS = 3_000;

/** The first message of a stream: the server's clock (to catch up from) and who is there. */
export interface HelloMessage {
  type: "hello";
  now: number;
  presence: PresenceView[];
}

/** One server-sent event: its id, and the JSON on one `data:` line (JSON never holds a raw newline). */
export function formatEvent(event: LiveEvent | HelloMessage): string {
  return `${"id" in event ? `id: ${event.id}\n` : ""}data: ${JSON.stringify(event)}\n\n`;
}

/**
 * A document's live events as a text/event-stream body: a `retry:` hint and the hello first, then
 * every event of the bus, a heartbeat comment every 15 s; it unsubscribes when the client goes
 * (abort or cancel) or when `stillAllowed` says the reader lost access (checked every minute).
 */
export function liveEventStream(options: {
  documentId: string;
  bus: EventBus;
  hello: HelloMessage;
  signal: AbortSignal;
  stillAllowed: () => Promise<boolean>;
  heartbeatMs?: number;
  recheckMs?: number;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop: () => void = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = options.bus.subscribe(options.documentId, (event) => send(formatEvent(event)));
      const heartbeat = setInterval(() => send(`: ping ${Date.now()}\n\n`), options.heartbeatMs ?? HEARTBEAT_MS);
      const recheck = setInterval(() => {
        options.stillAllowed().then(
          (allowed) => allowed || stop(),
          () => stop(),
        );
      }, options.recheckMs ?? RECHECK_MS);
      stop = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        clearInterval(recheck);
        options.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      options.signal.addEventListener("abort", stop);
      if (options.signal.aborted) return stop();
      send(`retry: ${RETRY_MS}\n\n`);
      send(formatEvent(options.hello));
    },
    cancel() {
      stop();
    },
  });
}
