import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { listDocuments } from "@/server/documents/list-documents";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
let segmentIds: string[];

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Press" })).id;
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Une phrase. Une autre phrase.\n\nUn troisième paragraphe." });
  segmentIds = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
});
afterAll(() => db.$disconnect());

describe("saveSegment", () => {
  it("saves text as a draft, bumps the version and records a revision", async () => {
    const saved = await saveSegment(db, { actor: owner, segmentId: segmentIds[0], baseVersion: 1, targetText: "A sentence." });
    expect(saved).toMatchObject({ targetText: "A sentence.", status: "draft", version: 2 });
    const confirmed = await saveSegment(db, { actor: owner, segmentId: segmentIds[0], baseVersion: 2, targetText: "A sentence.", status: "translated" });
    expect(confirmed).toMatchObject({ status: "translated", version: 3 });
    const revisions = await db.segmentRevision.findMany({ where: { segmentId: segmentIds[0] }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.targetText, r.status, r.authorId])).toEqual([
      [2, "A sentence.", "draft", owner.userId],
      [3, "A sentence.", "translated", owner.userId],
    ]);
    const segment = await db.segment.findUniqueOrThrow({ where: { id: segmentIds[0] } });
    expect(segment.updatedById).toBe(owner.userId);
  });

  it("does not create a revision when nothing changed", async () => {
    const before = await db.segmentRevision.count();
    const saved = await saveSegment(db, { actor: owner, segmentId: segmentIds[0], baseVersion: 3, targetText: "A sentence." });
    expect(saved.version).toBe(3);
    expect(await db.segmentRevision.count()).toBe(before);
  });

  it("refuses a stale version with both texts and keeps the saved one", async () => {
    await saveSegment(db, { actor: owner, segmentId: segmentIds[1], baseVersion: 1, targetText: "Tab one" });
    const error = await errorOf(saveSegment(db, { actor: owner, segmentId: segmentIds[1], baseVersion: 1, targetText: "Tab two" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toMatchObject({ yours: "Tab two", theirs: "Tab one", currentVersion: 2 });
    expect((await db.segment.findUniqueOrThrow({ where: { id: segmentIds[1] } })).targetText).toBe("Tab one");
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const results = await Promise.allSettled([
      saveSegment(db, { actor: owner, segmentId: segmentIds[2], baseVersion: 1, targetText: "First writer" }),
      saveSegment(db, { actor: owner, segmentId: segmentIds[2], baseVersion: 1, targetText: "Second writer" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as AppError).code).toBe("CONFLICT");
    const saved = await db.segment.findUniqueOrThrow({ where: { id: segmentIds[2] } });
    expect(saved.version).toBe(2);
    expect(saved.targetText).toBe((won[0] as PromiseFulfilledResult<{ targetText: string }>).value.targetText);
  });

  it("refuses review statuses from a translator and any edit from a viewer or stranger", async () => {
    const translator = await createUser(db, { projectId, role: "translator" });
    const viewer = await createUser(db, { projectId, role: "viewer" });
    const stranger = await createUser(db);
    const segment = await db.segment.findUniqueOrThrow({ where: { id: segmentIds[0] } });
    expect(
      (await errorOf(saveSegment(db, { actor: translator, segmentId: segment.id, baseVersion: segment.version, targetText: "x", status: "approved" }))).code,
    ).toBe("FORBIDDEN");
    expect((await errorOf(saveSegment(db, { actor: viewer, segmentId: segment.id, baseVersion: segment.version, targetText: "x" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(saveSegment(db, { actor: stranger, segmentId: segment.id, baseVersion: segment.version, targetText: "x" }))).code).toBe("NOT_FOUND");
    expect((await db.segment.findUniqueOrThrow({ where: { id: segment.id } })).targetText).toBe("A sentence.");
  });

  it("reports progress in words and segments", async () => {
    const { documents } = await listDocuments(db, { actor: owner, projectId });
    const progress = documents[0].progress;
    expect(progress.segments).toBe(3);
    expect(progress.segmentsDone).toBe(1);
    expect(progress.wordsDone).toBe(2); // « Une phrase. »
    expect(progress.words).toBe(8);
  });
});
