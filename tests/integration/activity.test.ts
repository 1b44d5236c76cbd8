import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { insertRows } from "@/server/db/insert-rows";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { listActivity, type ActivityEvent } from "@/server/documents/list-activity";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { restoreRevision } from "@/server/segments/restore-revision";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let viewer: Actor;
let stranger: Actor;
let projectId: string;
let documentId: string;
let ids: string[];
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Activity" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  viewer = await createUser(db, { projectId, role: "viewer" });
  stranger = await createUser(db);
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: "Le DoD parle. Le DoD agit. Rien ne change." }));
  ids = (await getWorkbench(db, { actor: owner, documentId })).segments.map((s) => s.id);
  // An authorless first revision, as an import writes: not an event.
  await db.segmentRevision.create({ data: { segmentId: ids[2], documentId, version: 1, targetText: "", status: "new" } });
  await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 1, targetText: "The DoD talks." });
  await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 2, targetText: "The DoD speaks.", status: "translated" });
  await saveSegment(db, { actor: owner, segmentId: ids[0], baseVersion: 3, targetText: "The DoD speaks.", status: "approved" });
  await saveSegment(db, { actor: translator, segmentId: ids[1], baseVersion: 1, targetText: "The DoD acts." });
  await replaceInTargets(db, { actor: owner, documentId, changes: [{ segmentId: ids[1], baseVersion: 2, targetText: "The Pentagon acts." }] });
  const oldest = (await db.segmentRevision.findFirstOrThrow({ where: { segmentId: ids[0], version: 2 } })).id;
  await restoreRevision(db, { actor: translator, segmentId: ids[0], revisionId: oldest, baseVersion: 4 });
  const comment = await db.comment.create({ data: { documentId, segmentId: ids[1], body: "<b>Pentagon</b>, really?", authorId: translator.userId } });
  await db.comment.update({ where: { id: comment.id }, data: { resolvedAt: new Date(Date.now() + 1_000), resolvedById: owner.userId } });
  await db.annotation.create({
    data: { documentId, segmentId: ids[0], kind: "note", body: "Department of Defense", start: 3, end: 6, exact: "DoD", authorId: owner.userId },
  });
});

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
  );
const byKind = (events: ActivityEvent[], kind: string) => events.filter((e) => e.kind === kind);

describe("document activity", () => {
  it("lists edits, status changes, replacements, comments, resolutions and notes, newest first", async () => {
    const { events, nextCursor, people } = await listActivity(db, { actor: viewer, documentId });
    expect(nextCursor).toBeNull();
    expect(events.map((e) => e.kind).sort()).toEqual(["annotation", "comment", "edit", "edit", "edit", "edit", "replace", "resolve", "status"]);
    expect(events[0].kind).toBe("resolve");
    expect([...events].sort((a, b) => (a.at < b.at ? 1 : -1)).map((e) => e.at)).toEqual(events.map((e) => e.at));
    const edit = byKind(events, "edit").find((e) => e.detail.after === "The DoD speaks.")!;
    expect(edit).toMatchObject({
      authorName: translator.userId,
      segmentId: ids[0],
      segmentPosition: 1,
      sourceExcerpt: "Le DoD parle.",
      detail: { before: "The DoD talks.", fromStatus: "draft", toStatus: "translated" },
    });
    expect(byKind(events, "status")[0]).toMatchObject({ authorName: owner.userId, detail: { fromStatus: "translated", toStatus: "approved" } });
    expect(byKind(events, "replace")[0]).toMatchObject({ segmentPosition: 2, detail: { before: "The DoD acts.", after: "The Pentagon acts." } });
    expect(byKind(events, "edit").find((e) => e.detail.restored)).toMatchObject({
      detail: { before: "The DoD speaks.", after: "The DoD talks.", fromStatus: "approved", toStatus: "draft" },
    });
    expect(byKind(events, "comment")[0]).toMatchObject({ authorName: translator.userId, detail: { body: "<b>Pentagon</b>, really?" } });
    expect(byKind(events, "resolve")[0]).toMatchObject({ authorName: owner.userId, segmentPosition: 2 });
    expect(byKind(events, "annotation")[0]).toMatchObject({ detail: { body: "Department of Defense", quote: "DoD" } });
    expect(events.some((e) => e.segmentId === ids[2])).toBe(false);
    expect(people.map((p) => p.id).sort()).toEqual([owner.userId, translator.userId, viewer.userId].sort());
  });

  it("filters by person and by kind", async () => {
    const mine = await listActivity(db, { actor: owner, documentId, authorId: translator.userId! });
    expect(mine.events.map((e) => e.kind).sort()).toEqual(["comment", "edit", "edit", "edit", "edit"]);
    const statuses = await listActivity(db, { actor: owner, documentId, kinds: ["status"] });
    expect(statuses.events.map((e) => e.kind)).toEqual(["status"]);
    const edits = await listActivity(db, { actor: owner, documentId, kinds: ["edit"], authorId: owner.userId! });
    expect(edits.events).toEqual([]);
    const talk = await listActivity(db, { actor: owner, documentId, kinds: ["replace", "resolve"] });
    expect(talk.events.map((e) => e.kind)).toEqual(["resolve", "replace"]);
  });

  it("pages with a cursor, without losing or repeating events saved in the same millisecond", async () => {
    const all = (await listActivity(db, { actor: owner, documentId })).events;
    await db.segmentRevision.updateMany({ where: { segment: { documentId } }, data: { createdAt: new Date("2026-01-01T00:00:00.000Z") } });
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listActivity(db, { actor: owner, documentId, limit: 2, before });
      expect(result.events.length).toBeLessThanOrEqual(2);
      seen.push(...result.events.map((e) => e.id));
      if (!result.nextCursor) break;
      before = result.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((e) => e.id).sort());
    expect(await code(listActivity(db, { actor: owner, documentId, before: "yesterday" }))).toBe("INVALID_INPUT");
  });

  it("is for members only", async () => {
    expect(await code(listActivity(db, { actor: stranger, documentId }))).toBe("NOT_FOUND");
    expect(await code(listActivity(db, { actor: owner, documentId: "nope" }))).toBe("NOT_FOUND");
  });

  it("pages and filters a long history correctly (timings are in npm run bench)", async () => {
    const doc = await db.document.create({ data: { projectId, title: "Book" } });
    const paragraph = await db.paragraph.create({ data: { documentId: doc.id, position: 0, kind: "paragraph" } });
    const start = Date.parse("2025-01-01T00:00:00Z");
    const segments = Array.from({ length: 1_100 }, (_, i) => ({
      id: randomUUID(),
      documentId: doc.id,
      paragraphId: paragraph.id,
      position: i,
      sourceText: `Phrase numéro ${i}.`,
      createdAt: new Date(start),
      updatedAt: new Date(start),
    }));
    const revisions = segments.flatMap((s, i) => [
      { id: randomUUID(), segmentId: s.id, documentId: doc.id, version: 1, targetText: "", status: "new", authorId: null, createdAt: new Date(start) },
      {
        id: randomUUID(),
        segmentId: s.id,
        documentId: doc.id,
        version: 2,
        targetText: `Sentence ${i}.`,
        status: "draft",
        authorId: translator.userId,
        createdAt: new Date(start + i * 1_000),
      },
      ...(i % 100 === 0
        ? []
        : [
            {
              id: randomUUID(),
              segmentId: s.id,
              documentId: doc.id,
              version: 3,
              targetText: `Sentence number ${i}.`,
              status: "translated",
              authorId: translator.userId,
              createdAt: new Date(start + 2_000_000 + i * 1_000),
            },
          ]),
    ]);
    await db.$transaction(
      async (tx) => {
        await insertRows(tx, "Segment", ["id", "documentId", "paragraphId", "position", "sourceText", "createdAt", "updatedAt"], segments);
        await insertRows(tx, "SegmentRevision", ["id", "segmentId", "documentId", "version", "targetText", "status", "authorId", "createdAt"], revisions);
      },
      { timeout: 60_000 },
    );
    const timed = async (options: Partial<Parameters<typeof listActivity>[1]>) => ({
      result: await listActivity(db, { actor: owner, documentId: doc.id, ...options }),
    });
    const first = await timed({ limit: 200 });
    expect(first.result.events).toHaveLength(200);
    expect(first.result.events[0].segmentPosition).toBe(1_100);
    const deep = await timed({ limit: 200, before: new Date(start + 500_000).toISOString() });
    expect(deep.result.events[0]).toMatchObject({ kind: "edit", detail: { before: "", after: "Sentence 499." } });
    // No revision is a status change alone: the worst case, every revision scanned and classified.
    const scan = await timed({ kinds: ["status"] });
    expect(scan.result.events).toEqual([]);
    const source = await timed({ kinds: ["source"] });
    expect(source.result.events).toEqual([]);
  });
});
