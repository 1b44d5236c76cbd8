import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/client";
import { createTestDb } from "@/tests/integration/test-db";
import { createProgressBoard } from "./progress-board";

const TOKEN = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
const OTHER = "2c5f39cb-3fb2-12e3-994f-1127e4ddb538";

const { db, url } = createTestDb();
// A second client on the same database: what another app server behind the load balancer has.
const otherServerDb = openDatabase(url);
afterAll(async () => {
  await db.$disconnect();
  await otherServerDb.$disconnect();
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the progress board", () => {
  it("keeps the last report under a page's token, for its own user only, until the operation ends", async () => {
    const board = createProgressBoard(() => db, { throttleMs: 20 });
    const report = board.reporter(TOKEN, "ana")!;
    report({ stage: "segmenting", done: 256, total: 1000 });
    report({ stage: "writing", done: 500, total: 2000 });
    await settle(60);
    expect(await board.read(TOKEN, "ana")).toEqual({ stage: "writing", done: 500, total: 2000 });
    expect(await board.read(TOKEN, "ben")).toBeNull();
    await board.end(TOKEN);
    expect(await board.read(TOKEN, "ana")).toBeNull();
    expect(await db.jobProgress.count({ where: { token: TOKEN } })).toBe(0);
  });

  it("ignores tokens that are not UUIDs", async () => {
    const board = createProgressBoard(() => db);
    expect(board.reporter("../../etc", "ana")).toBeUndefined();
    expect(board.reporter("", "ana")).toBeUndefined();
    expect(await board.read("../../etc", "ana")).toBeNull();
  });

  it("is shared by app servers: what one server's operation reports, another server's poll reads", async () => {
    const running = createProgressBoard(() => db, { throttleMs: 10 });
    const polled = createProgressBoard(() => otherServerDb, { throttleMs: 10 });
    const report = running.reporter(OTHER, "ana")!;
    report({ stage: "reading", done: 0, total: 0 });
    await settle(40);
    expect(await polled.read(OTHER, "ana")).toEqual({ stage: "reading", done: 0, total: 0 });
    report({ stage: "writing", done: 10, total: 20 });
    await settle(40);
    expect(await polled.read(OTHER, "ana")).toEqual({ stage: "writing", done: 10, total: 20 });
    await running.end(OTHER);
    expect(await polled.read(OTHER, "ana")).toBeNull();
  });

  it("writes a job's row at most once per throttle period, and its last report last", async () => {
    const writes: unknown[] = [];
    // Counts the upserts the board makes, without changing what they do.
    const counted = new Proxy(db, {
      get: (target, property) =>
        property === "jobProgress"
          ? new Proxy(target.jobProgress, {
              get: (table, method) =>
                method === "upsert"
                  ? (args: Parameters<typeof table.upsert>[0]) => {
                      writes.push(args);
                      return table.upsert(args);
                    }
                  : Reflect.get(table, method),
            })
          : Reflect.get(target, property),
    });
    const board = createProgressBoard(() => counted, { throttleMs: 100 });
    const report = board.reporter(TOKEN, "ana")!;
    for (let done = 1; done <= 1_000; done++) report({ stage: "writing", done, total: 1_000 });
    await settle(250);
    expect(writes.length).toBe(2);
    expect(await board.read(TOKEN, "ana")).toEqual({ stage: "writing", done: 1_000, total: 1_000 });
    await board.end(TOKEN);
  });

  it("a report still waiting for its turn is not written after the operation ended", async () => {
    const board = createProgressBoard(() => db, { throttleMs: 50 });
    const report = board.reporter(TOKEN, "ana")!;
    report({ stage: "reading", done: 0, total: 0 });
    report({ stage: "writing", done: 1, total: 2 });
    await board.end(TOKEN);
    await settle(100);
    expect(await db.jobProgress.count({ where: { token: TOKEN } })).toBe(0);
  });

  it("does not show, and prunes, the progress of an operation whose server stopped midway", async () => {
    let clock = Date.now();
    const board = createProgressBoard(() => db, { throttleMs: 0, keepMs: 60_000, now: () => clock });
    board.reporter(OTHER, "ana")!({ stage: "writing", done: 3, total: 9 });
    await settle(30);
    expect(await board.read(OTHER, "ana")).toEqual({ stage: "writing", done: 3, total: 9 });
    clock += 61_000;
    expect(await board.read(OTHER, "ana")).toBeNull();
    // The next operation's start prunes it.
    board.reporter(TOKEN, "ben");
    await settle(30);
    expect(await db.jobProgress.count({ where: { token: OTHER } })).toBe(0);
  });
});
