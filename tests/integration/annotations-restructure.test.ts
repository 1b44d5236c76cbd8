import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { editSource } from "@/server/segments/edit-source";
import { restructureSegments } from "@/server/segments/restructure-segments";
import { createTestDb, createUser } from "./test-db";

// Found by the segment property test: a merge after a source correction moved notes by their
// stored offsets, which the correction had made stale, and crashed on an empty span (a 500).

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Notes" })).id;
});

async function setUp() {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le DoD parle. Le DoD agit." });
  const [first, second] = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return { first, second };
}

describe("notes follow their words through a merge after the source changed", () => {
  it("a note whose word moved is found by its quote and placed on it", async () => {
    const { first, second } = await setUp();
    const start = second.sourceText.indexOf("agit");
    const { annotation: note } = await createAnnotation(db, { actor: owner, segmentId: second.id, start, end: start + 4, kind: "note", body: "acts" });
    const edited = await editSource(db, { actor: owner, segmentId: second.id, baseVersion: second.version, sourceText: "Depuis lundi, le ministère agit." });
    await restructureSegments(db, {
      actor: owner,
      op: { kind: "merge", segmentId: first.id },
      versions: { [first.id]: first.version, [second.id]: edited.version },
    });
    const moved = await db.annotation.findUniqueOrThrow({ where: { id: note.id } });
    const merged = await db.segment.findUniqueOrThrow({ where: { id: first.id } });
    expect([moved.status, moved.segmentId, merged.sourceText.slice(moved.start, moved.end)]).toEqual(["anchored", first.id, "agit"]);
  });

  it("a note whose words are gone is orphaned, not moved elsewhere and not a crash", async () => {
    const { first, second } = await setUp();
    const { annotation: note } = await createAnnotation(db, { actor: owner, segmentId: second.id, start: 7, end: 11, kind: "note", body: "verb" });
    const edited = await editSource(db, { actor: owner, segmentId: second.id, baseVersion: second.version, sourceText: "Rien." });
    await restructureSegments(db, {
      actor: owner,
      op: { kind: "merge", segmentId: first.id },
      versions: { [first.id]: first.version, [second.id]: edited.version },
    });
    expect(await db.annotation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ status: "orphaned", segmentId: first.id, exact: "agit" });
  });
});
