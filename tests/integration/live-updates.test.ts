import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { getEventBus } from "@/server/live/event-bus";
import type { LiveEvent } from "@/server/live/live-event";
import { listChangedSegments, MAX_CHANGED_SEGMENTS } from "@/server/live/list-changed-segments";
import { listPresence } from "@/server/live/list-presence";
import { commitThenPublish } from "@/server/live/outbox";
import { updatePresence } from "@/server/live/update-presence";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { requireWriter, writeSegment } from "@/server/segments/write-segment";
import { errorOf } from "./error-of";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let stranger: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Live" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  stranger = await createUser(db);
});

async function newDocument(content = "Une phrase. Une autre phrase.\n\nUn troisième paragraphe.") {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return { documentId, segments };
}

/** Records a document's events; each also notes the segment's version then in the database. */
function listen(documentId: string) {
  const events: LiveEvent[] = [];
  const seenInDb: Promise<number | null>[] = [];
  const stop = getEventBus().subscribe(documentId, (event) => {
    events.push(event);
    if (event.type === "segment.saved" || event.type === "segment.status")
      seenInDb.push(db.segment.findUnique({ where: { id: event.segment.id }, select: { version: true } }).then((r) => r?.version ?? null));
  });
  return { events, seenInDb, stop };
}

describe("live events from the segment writer", () => {
  it("announces a save once it is committed, with the stored text, status, version and author", async () => {
    const { documentId, segments } = await newDocument();
    const live = listen(documentId);
    await saveSegment(db, { actor: translator, segmentId: segments[0].id, baseVersion: 1, targetText: "A sentence." });
    expect(live.events).toHaveLength(1);
    expect(live.events[0]).toMatchObject({
      type: "segment.saved",
      by: translator.userId,
      segment: { id: segments[0].id, targetText: "A sentence.", status: "draft", version: 2 },
    });
    expect(typeof live.events[0].id).toBe("string");
    // When a listener hears of it, the row is already there for anyone to read.
    expect(await Promise.all(live.seenInDb)).toEqual([2]);
    live.stop();
  });

  it("calls a confirmation with the same text a status change", async () => {
    const { documentId, segments } = await newDocument();
    await saveSegment(db, { actor: translator, segmentId: segments[0].id, baseVersion: 1, targetText: "Text." });
    const live = listen(documentId);
    await saveSegment(db, { actor: translator, segmentId: segments[0].id, baseVersion: 2, targetText: "Text.", status: "translated" });
    expect(live.events.map((e) => [e.type, e.type === "segment.status" && e.segment.status])).toEqual([["segment.status", "translated"]]);
    live.stop();
  });

  it("announces nothing for a refused (stale) save or a save that changes nothing", async () => {
    const { documentId, segments } = await newDocument();
    await saveSegment(db, { actor: owner, segmentId: segments[1].id, baseVersion: 1, targetText: "Theirs." });
    const live = listen(documentId);
    expect((await errorOf(saveSegment(db, { actor: translator, segmentId: segments[1].id, baseVersion: 1, targetText: "Mine." }))).code).toBe("CONFLICT");
    await saveSegment(db, { actor: owner, segmentId: segments[1].id, baseVersion: 2, targetText: "Theirs." });
    expect(live.events).toEqual([]);
    live.stop();
  });

  it("announces nothing when the transaction rolls back after the writer stored the row", async () => {
    const { documentId, segments } = await newDocument();
    const writer = await requireWriter(db, translator, documentId);
    const live = listen(documentId);
    const failed = commitThenPublish(db, translator.userId, async (tx) => {
      const row = await tx.segment.findUniqueOrThrow({ where: { id: segments[0].id } });
      await writeSegment(tx, writer, row, { action: "edit", targetText: "Never committed." });
      throw new Error("later step failed");
    });
    await expect(failed).rejects.toThrow("later step failed");
    expect(live.events).toEqual([]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: segments[0].id } })).targetText).toBe("");
    live.stop();
  });

  it("announces a replace-all over many segments as one event, and each changed row can be fetched since then", async () => {
    const { documentId, segments } = await newDocument(Array.from({ length: 30 }, (_, i) => `Phrase numéro ${i + 1}.`).join(" "));
    expect(segments.length).toBe(30);
    const live = listen(documentId);
    const before = Date.now() - 1;
    await replaceInTargets(db, {
      actor: translator,
      documentId,
      changes: segments.map((s) => ({ segmentId: s.id, baseVersion: 1, targetText: `Sentence ${s.position + 1}.` })),
    });
    expect(live.events).toHaveLength(1);
    expect(live.events[0]).toMatchObject({ type: "segments.changed", count: 30, by: translator.userId });
    const since = live.events[0].type === "segments.changed" ? live.events[0].since : 0;
    expect(since).toBeGreaterThanOrEqual(before);
    const changed = await listChangedSegments(db, { actor: translator, documentId, since: since - 1, fromPosition: 5, toPosition: 9 });
    expect(changed.segments.map((s) => [s.position, s.targetText, s.version])).toEqual([5, 6, 7, 8, 9].map((p) => [p, `Sentence ${p + 1}.`, 2]));
    expect(changed.truncated).toBe(false);
    expect((await listChangedSegments(db, { actor: translator, documentId, since: changed.now })).segments).toEqual([]);
    live.stop();
  });

  it("pages a catch-up longer than one answer in document order, each changed row once", async () => {
    const count = MAX_CHANGED_SEGMENTS + 250;
    const since = Date.now() - 1;
    const { documentId, segments } = await newDocument(Array.from({ length: count }, (_, i) => `Ligne ${i + 1}.`).join("\n\n"));
    expect(segments.length).toBe(count);
    const seen: number[] = [];
    let after: { position: number; id: string } | undefined;
    for (let page = 0; page < 5; page++) {
      const answer = await listChangedSegments(db, { actor: translator, documentId, since, fromPosition: 10, toPosition: count - 1, after });
      seen.push(...answer.segments.map((s) => s.position));
      if (!answer.truncated) break;
      const last = answer.segments.at(-1)!;
      after = { position: last.position, id: last.id };
    }
    expect(seen).toEqual(Array.from({ length: count - 10 }, (_, i) => i + 10));
  });

  it("announces a merge as a restructure (positions moved), not as row saves", async () => {
    const { documentId, segments } = await newDocument();
    const live = listen(documentId);
    await restructureSegments(db, { actor: translator, op: { kind: "merge", segmentId: segments[0].id }, versions: {} });
    expect(live.events.map((e) => e.type)).toEqual(["segments.restructured"]);
    live.stop();
  });

  it("lets only the document's readers catch up", async () => {
    const { documentId } = await newDocument();
    expect((await errorOf(listChangedSegments(db, { actor: stranger, documentId, since: 0 }))).code).toBe("NOT_FOUND");
  });
});

describe("presence", () => {
  it("records who is on which segment, tells the others with the name, and forgets who left", async () => {
    const { documentId, segments } = await newDocument();
    const live = listen(documentId);
    await updatePresence(db, { actor: translator, documentId, segmentId: segments[1].id });
    expect(live.events).toMatchObject([{ type: "presence", userId: translator.userId, name: translator.userId, segmentId: segments[1].id }]);
    expect(await listPresence(db, { actor: owner, documentId })).toMatchObject([{ userId: translator.userId, segmentId: segments[1].id }]);
    await updatePresence(db, { actor: translator, documentId, segmentId: null });
    expect(live.events[1]).toMatchObject({ type: "presence", userId: translator.userId, segmentId: null });
    expect(await listPresence(db, { actor: owner, documentId })).toEqual([]);
    live.stop();
  });

  it("leaves out a presence not refreshed for a minute", async () => {
    const { documentId, segments } = await newDocument();
    await updatePresence(db, { actor: translator, documentId, segmentId: segments[0].id });
    expect(await listPresence(db, { actor: owner, documentId, now: new Date(Date.now() + 30_000) })).toHaveLength(1);
    expect(await listPresence(db, { actor: owner, documentId, now: new Date(Date.now() + 61_000) })).toEqual([]);
    // A browser that vanished leaves a stale row; the next presence written on the document clears it.
    await db.presence.update({ where: { documentId_userId: { documentId, userId: translator.userId! } }, data: { updatedAt: new Date(Date.now() - 120_000) } });
    await updatePresence(db, { actor: owner, documentId, segmentId: segments[1].id });
    expect((await db.presence.findMany({ where: { documentId } })).map((p) => p.userId)).toEqual([owner.userId]);
  });

  it("refuses strangers and segments of another document", async () => {
    const { documentId, segments } = await newDocument();
    const other = await newDocument();
    expect((await errorOf(updatePresence(db, { actor: stranger, documentId, segmentId: segments[0].id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(updatePresence(db, { actor: translator, documentId, segmentId: other.segments[0].id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(listPresence(db, { actor: stranger, documentId }))).code).toBe("NOT_FOUND");
    expect(await db.presence.count({ where: { documentId } })).toBe(0);
  });
});
