import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { saveSegment } from "@/server/segments/save-segment";
import { undoReplace } from "@/server/segments/undo-replace";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let viewer: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Replace" })).id;
  viewer = await createUser(db, { projectId, role: "viewer" });
});

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
  );

async function translated() {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le DoD parle. Le DoD agit. Rien." });
  const segments = (await getWorkbench(db, { actor: owner, documentId })).segments;
  await saveSegment(db, { actor: owner, segmentId: segments[0].id, baseVersion: 1, targetText: "The DoD speaks.", status: "approved" });
  await saveSegment(db, { actor: owner, segmentId: segments[1].id, baseVersion: 1, targetText: "The DoD acts." });
  return { documentId, segments: (await getWorkbench(db, { actor: owner, documentId })).segments };
}

describe("search and replace in targets", () => {
  it("applies a previewed batch as revisions, and one undo takes it all back, statuses included", async () => {
    const { documentId, segments } = await translated();
    const changes = segments.slice(0, 2).map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: s.targetText.replace("DoD", "Pentagon") }));
    const { batchId, segments: saved } = await replaceInTargets(db, { actor: owner, documentId, changes });
    // A replacement changes the words an approval was given to: the approval goes with them.
    expect(saved.map((s) => [s.targetText, s.status])).toEqual([
      ["The Pentagon speaks.", "draft"],
      ["The Pentagon acts.", "draft"],
    ]);
    const undone = await undoReplace(db, { actor: owner, documentId, batchId });
    expect(undone.segments.map((s) => [s.targetText, s.status])).toEqual([
      ["The DoD speaks.", "approved"],
      ["The DoD acts.", "draft"],
    ]);
    const after = (await getWorkbench(db, { actor: owner, documentId })).segments;
    expect(after.slice(0, 2).map((s) => s.version)).toEqual([4, 4]);
  });

  it("refuses a batch if any segment changed since the preview, changing nothing", async () => {
    const { documentId, segments } = await translated();
    await saveSegment(db, { actor: owner, segmentId: segments[1].id, baseVersion: segments[1].version, targetText: "The DoD acts now." });
    const changes = segments.slice(0, 2).map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: "X" }));
    expect(await code(replaceInTargets(db, { actor: owner, documentId, changes }))).toBe("CONFLICT");
    const after = (await getWorkbench(db, { actor: owner, documentId })).segments;
    expect(after[0].targetText).toBe("The DoD speaks.");
  });

  it("refuses to undo over later edits, and refuses viewers", async () => {
    const { documentId, segments } = await translated();
    const { batchId, segments: saved } = await replaceInTargets(db, {
      actor: owner,
      documentId,
      changes: [{ segmentId: segments[0].id, baseVersion: segments[0].version, targetText: "Changed." }],
    });
    await saveSegment(db, { actor: owner, segmentId: segments[0].id, baseVersion: saved[0].version, targetText: "Edited after." });
    expect(await code(undoReplace(db, { actor: owner, documentId, batchId }))).toBe("CONFLICT");
    expect((await getWorkbench(db, { actor: owner, documentId })).segments[0].targetText).toBe("Edited after.");
    expect(
      await code(
        replaceInTargets(db, { actor: viewer, documentId, changes: [{ segmentId: segments[1].id, baseVersion: segments[1].version, targetText: "No." }] }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("replaces in 5,000 segments at once and undoes them in one step (found by the bench: long id lists broke SQLite's parameter limit)", async () => {
    const french = Array.from({ length: 1_000 }, (_, p) => Array.from({ length: 5 }, (_, k) => `Phrase ${p * 5 + k}.`).join(" ")).join("\n\n");
    const { documentId, segments: count } = await importDocument(db, { actor: owner, projectId, content: french });
    expect(count).toBe(5_000);
    const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
    const { batchId, segments: saved } = await replaceInTargets(db, {
      actor: owner,
      documentId,
      changes: segments.map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: "Done." })),
    });
    expect(saved).toHaveLength(5_000);
    expect(await db.segment.count({ where: { documentId, targetText: "Done.", status: "draft" } })).toBe(5_000);
    await undoReplace(db, { actor: owner, documentId, batchId });
    expect(await db.segment.count({ where: { documentId, targetText: "", status: "new" } })).toBe(5_000);
  });
});
