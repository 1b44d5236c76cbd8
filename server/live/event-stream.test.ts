import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { stamp } from "./event-bus";
import { liveEventStream } from "./event-stream";
import { memoryBus } from "./memory-bus";

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string, sofar = ""): Promise<string> {
  const decoder = new TextDecoder();
  while (!sofar.includes(text)) {
    const { value, done } = await reader.read();
    if (done) return sofar;
    sofar += decoder.decode(value);
  }
  return sofar;
}

describe("live event stream", () => {
  const hello = { type: "hello" as const, now: 1, presence: [] };

  it("sends the retry hint, the hello, the document's events with ids, and heartbeats", async () => {
    const emitter = new EventEmitter();
    const bus = memoryBus(emitter);
    const abort = new AbortController();
    const stream = liveEventStream({ documentId: "doc", bus, hello, signal: abort.signal, stillAllowed: async () => true, heartbeatMs: 10 });
    const reader = stream.getReader();
    const start = await readUntil(reader, '"type":"hello"');
    expect(start).toMatch(/^retry: \d+\n\n/);
    const event = stamp({ type: "segments.restructured", by: "u1" });
    await bus.publish("doc", event);
    await bus.publish("other", stamp({ type: "segments.restructured", by: "u2" }));
    const more = await readUntil(reader, ": ping");
    expect(more).toContain(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
    expect(more).not.toContain('"by":"u2"');
    abort.abort();
    expect(emitter.listenerCount("doc")).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });

  it("closes and unsubscribes when the reader loses access", async () => {
    const emitter = new EventEmitter();
    const stream = liveEventStream({
      documentId: "doc",
      bus: memoryBus(emitter),
      hello,
      signal: new AbortController().signal,
      stillAllowed: async () => false,
      recheckMs: 10,
    });
    const reader = stream.getReader();
    await readUntil(reader, "hello");
    expect(emitter.listenerCount("doc")).toBe(1);
    expect(await readUntil(reader, "never sent")).not.toContain("never sent");
    expect(emitter.listenerCount("doc")).toBe(0);
  });

  it("unsubscribes when the client cancels the body", async () => {
    const emitter = new EventEmitter();
    const stream = liveEventStream({ documentId: "doc", bus: memoryBus(emitter), hello, signal: new AbortController().signal, stillAllowed: async () => true });
    await stream.cancel();
    expect(emitter.listenerCount("doc")).toBe(0);
  });
});
