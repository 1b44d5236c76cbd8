import { afterAll, describe, expect, it } from "vitest";
import { getEventBus, stamp } from "@/server/live/event-bus";
import type { LiveEvent } from "@/server/live/live-event";
import { postgresBus } from "@/server/live/postgres-bus";
import { createTestDb, testDatabaseKind } from "./test-db";

// The bus follows the database: on PostgreSQL, events cross app servers through LISTEN/NOTIFY (two
// buses here are two servers, each with its own connection); on SQLite they stay in the process.
const { db, url } = createTestDb();
const onPostgres = testDatabaseKind === "postgres";

const saved = (targetText: string) =>
  stamp({
    type: "segment.saved",
    by: "u",
    segment: {
      id: "s",
      targetText,
      status: "draft",
      version: 2,
      updatedAt: new Date().toISOString(),
      trackedBaseText: null,
      previousSourceText: null,
      reviewedVersion: null,
      translatedById: "u",
    },
  });

async function until(check: () => boolean, tries = 25) {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  return check();
}

describe(`live bus on ${onPostgres ? "PostgreSQL (LISTEN/NOTIFY)" : "SQLite (in-process)"}`, () => {
  const buses: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await db.$disconnect();
  });

  it("delivers an event published on one server to the document's listeners on another", async () => {
    const serverA = onPostgres ? postgresBus(url) : getEventBus();
    const serverB = onPostgres ? postgresBus(url) : getEventBus();
    if (onPostgres) buses.push(serverA as ReturnType<typeof postgresBus>, serverB as ReturnType<typeof postgresBus>);
    const heard: LiveEvent[] = [];
    const elsewhere: LiveEvent[] = [];
    serverB.subscribe("live-bus-doc", (e) => heard.push(e));
    serverB.subscribe("live-bus-other", (e) => elsewhere.push(e));
    const event = saved("Across servers");
    // The first notifications may go out before B's LISTEN is in place: publish until heard.
    for (let i = 0; i < 20 && heard.length === 0; i++) {
      await serverA.publish("live-bus-doc", event);
      await until(() => heard.length > 0);
    }
    expect(heard[0]).toEqual(event);
    expect(elsewhere).toEqual([]);
  });

  it("keeps a text too long for a notification out of it (partial), or whole in the process", async () => {
    const bus = onPostgres ? postgresBus(url) : getEventBus();
    if (onPostgres) buses.push(bus as ReturnType<typeof postgresBus>);
    const heard: LiveEvent[] = [];
    bus.subscribe("live-bus-long", (e) => heard.push(e));
    const long = "x".repeat(20_000);
    for (let i = 0; i < 20 && heard.length === 0; i++) {
      await bus.publish("live-bus-long", saved(long));
      await until(() => heard.length > 0);
    }
    const [event] = heard;
    if (event.type !== "segment.saved") throw new Error(`unexpected ${event.type}`);
    expect(event.segment.version).toBe(2);
    expect(event.segment.targetText).toBe(onPostgres ? undefined : long);
    expect(event.partial).toBe(onPostgres ? true : undefined);
  });
});
