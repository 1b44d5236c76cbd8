import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { backfillMemory } from "@/server/tm/backfill-memory";
import { findMatches } from "@/server/tm/find-matches";
import { createTestDb, createUser } from "./test-db";

// A database whose segments were confirmed before translation memory existed: start-up gives the
// memory what it lacks, once, through the same recorder as a confirm.

const { db } = createTestDb();
afterAll(() => db.$disconnect());
let owner: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Old project" })).id;
});

it("adds confirmed segments that give no unit, leaves drafts out, and does nothing the second time", async () => {
  const { documentId } = await importDocument(db, {
    actor: owner,
    projectId,
    content: "Le chat dort. Le chien aboie. Il pleut.",
    title: "Old",
    segmentation: "sentence",
  });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  const save = async (index: number, targetText: string, status?: "translated" | "approved") =>
    saveSegment(db, {
      actor: owner,
      segmentId: segments[index].id,
      baseVersion: (await db.segment.findUniqueOrThrow({ where: { id: segments[index].id } })).version,
      targetText,
      status,
    });
  await save(0, "The cat sleeps.", "translated");
  await save(1, "The dog barks.", "approved");
  await save(2, "It rains.");
  // As before the memory existed.
  await db.tmUnit.deleteMany({ where: { projectId } });

  expect(await backfillMemory(db)).toBe(2);
  const units = await db.tmUnit.findMany({ where: { projectId }, orderBy: { sourceText: "asc" } });
  expect(units.map((u) => [u.sourceText, u.targetText, u.status, u.segmentId])).toEqual([
    ["Le chat dort.", "The cat sleeps.", "translated", segments[0].id],
    ["Le chien aboie.", "The dog barks.", "approved", segments[1].id],
  ]);
  const [match] = await findMatches(db, { projectId, sourceText: "Le chien aboie." });
  expect(match).toMatchObject({ score: 100, target: "The dog barks." });
  expect(await backfillMemory(db)).toBe(0);
});
