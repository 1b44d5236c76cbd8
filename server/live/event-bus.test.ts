import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stamp } from "./event-bus";
import type { LiveEvent } from "./live-event";
import { memoryBus } from "./memory-bus";
import { decodeNotification, encodeNotification, LIVE_CHANNEL, MAX_PAYLOAD_BYTES, postgresBus, type ListenClient } from "./postgres-bus";

const saved = (targetText: string): LiveEvent =>
  stamp({
    type: "segment.saved",
    by: "u1",
    segment: {
      id: "s1",
      targetText,
      status: "draft",
      version: 2,
      updatedAt: "2026-12-09T10:00:00.000Z",
      trackedBaseText: null,
      previousSourceText: null,
      reviewedVersion: null,
      translatedById: "u1",
    },
  });

describe("in-process bus", () => {
  it("delivers a document's events to its subscribers only, until they unsubscribe", async () => {
    const bus = memoryBus(new EventEmitter());
    const a: LiveEvent[] = [];
    const b: LiveEvent[] = [];
    const stopA = bus.subscribe("doc-1", (e) => a.push(e));
    bus.subscribe("doc-2", (e) => b.push(e));
    const first = saved("One");
    await bus.publish("doc-1", first);
    stopA();
    await bus.publish("doc-1", saved("Two"));
    expect(a).toEqual([first]);
    expect(b).toEqual([]);
  });

  it("keeps delivering when one listener throws", async () => {
    const bus = memoryBus(new EventEmitter());
    const seen: string[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    bus.subscribe("doc", () => {
      throw new Error("closed stream");
    });
    bus.subscribe("doc", (e) => seen.push(e.type));
    await bus.publish("doc", saved("x"));
    expect(seen).toEqual(["segment.saved"]);
    warn.mockRestore();
  });
});

describe("PostgreSQL notifications", () => {
  it("round-trips an event with its document", () => {
    const event = saved("A sentence.");
    expect(decodeNotification(encodeNotification("doc", event)!)).toEqual({ documentId: "doc", event });
  });

  it("leaves a long text out (partial) rather than exceed the 8000-byte limit", () => {
    const payload = encodeNotification("doc", saved("é".repeat(6_000)))!;
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const { event } = decodeNotification(payload)!;
    expect(event).toMatchObject({ type: "segment.saved", partial: true, segment: { id: "s1", version: 2 } });
    expect(event.type === "segment.saved" && event.segment.targetText).toBeUndefined();
  });

  it("ignores foreign payloads on the channel", () => {
    expect(decodeNotification("not json")).toBeNull();
    expect(decodeNotification(JSON.stringify({ hello: 1 }))).toBeNull();
    expect(decodeNotification(undefined)).toBeNull();
  });
});

/** A stand-in for pg.Client: NOTIFY reaches every fake connected to the same "server". */
class FakeServer {
  clients: FakeClient[] = [];
  refuse = 0;
  notify(payload: string) {
    for (const c of this.clients) if (c.listening) c.emit("notification", { channel: LIVE_CHANNEL, payload });
  }
}
class FakeClient extends EventEmitter implements ListenClient {
  listening = false;
  queries: string[] = [];
  constructor(private server: FakeServer) {
    super();
  }
  async connect() {
    if (this.server.refuse > 0) {
      this.server.refuse--;
      throw new Error("connection refused");
    }
    this.server.clients.push(this);
  }
  async query(text: string, values?: unknown[]) {
    this.queries.push(text);
    if (text === `LISTEN ${LIVE_CHANNEL}`) this.listening = true;
    else if (text.startsWith("SELECT pg_notify")) this.server.notify(String(values![1]));
    return {};
  }
  async end() {
    this.listening = false;
    this.server.clients = this.server.clients.filter((c) => c !== this);
  }
  drop() {
    this.listening = false;
    this.server.clients = this.server.clients.filter((c) => c !== this);
    this.emit("error", new Error("terminating connection"));
  }
}

describe("PostgreSQL bus (fake connection)", () => {
  const buses: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  const busOn = (server: FakeServer, made: FakeClient[] = []) => {
    const bus = postgresBus("postgres://x", {
      connect: () => {
        const c = new FakeClient(server);
        made.push(c);
        return c;
      },
      delaysMs: [5],
    });
    buses.push(bus);
    return bus;
  };
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(check()).toBe(true);
  };

  it("carries an event from one app server to the listeners of another, once each", async () => {
    const server = new FakeServer();
    const one = busOn(server);
    const two = busOn(server);
    const onOne: LiveEvent[] = [];
    const onTwo: LiveEvent[] = [];
    one.subscribe("doc", (e) => onOne.push(e));
    two.subscribe("doc", (e) => onTwo.push(e));
    await until(() => server.clients.filter((c) => c.listening).length === 2);
    const event = saved("Across servers");
    await one.publish("doc", event);
    expect(onTwo).toEqual([event]);
    expect(onOne).toEqual([event]);
  });

  it("connects again after losing the connection and tells listeners to resync", async () => {
    const server = new FakeServer();
    const made: FakeClient[] = [];
    const bus = busOn(server, made);
    const seen: string[] = [];
    bus.subscribe("doc", (e) => seen.push(e.type));
    await until(() => made[0]?.listening === true);
    server.refuse = 1; // the first attempt to reconnect fails too
    made[0].drop();
    await until(() => made.length === 3 && made[2].listening);
    expect(seen).toEqual(["resync"]);
    await bus.publish("doc", saved("after"));
    expect(seen).toEqual(["resync", "segment.saved"]);
  });

  it("does not throw at the publisher when the database is unreachable", async () => {
    const server = new FakeServer();
    server.refuse = 100;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(busOn(server).publish("doc", saved("lost"))).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
