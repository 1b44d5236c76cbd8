import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { listRevisions } from "@/server/segments/list-revisions";
import { restoreRevision } from "@/server/segments/restore-revision";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let viewer: Actor;
let stranger: Actor;
let segmentId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  const projectId = (await createProject(db, { actor: owner, name: "History" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  viewer = await createUser(db, { projectId, role: "viewer" });
  stranger = await createUser(db);
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Anthropic a refusé l’offre." });
  segmentId = (await getWorkbench(db, { actor: owner, documentId })).segments[0].id;
  await saveSegment(db, { actor: translator, segmentId, baseVersion: 1, targetText: "Anthropic refused the offer." });
  await saveSegment(db, { actor: owner, segmentId, baseVersion: 2, targetText: "Anthropic turned the offer down.", status: "approved" });
});

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)),
  );

describe("segment history", () => {
  it("lists every saved state newest first, with authors; members only", async () => {
    const revisions = await listRevisions(db, { actor: viewer, segmentId });
    expect(revisions.map((r) => [r.version, r.targetText, r.status])).toEqual([
      [3, "Anthropic turned the offer down.", "approved"],
      [2, "Anthropic refused the offer.", "draft"],
    ]);
    expect(revisions[1].author).toMatch(/^user-/);
    expect(await code(listRevisions(db, { actor: stranger, segmentId }))).toBe("NOT_FOUND");
  });

  it("restores an older text as a new revision; a stale version is a conflict; viewers cannot", async () => {
    const [, older] = await listRevisions(db, { actor: owner, segmentId });
    expect(await code(restoreRevision(db, { actor: viewer, segmentId, revisionId: older.id, baseVersion: 3 }))).toBe("FORBIDDEN");
    expect(await code(restoreRevision(db, { actor: translator, segmentId, revisionId: older.id, baseVersion: 2 }))).toBe("CONFLICT");
    const restored = await restoreRevision(db, { actor: translator, segmentId, revisionId: older.id, baseVersion: 3 });
    expect(restored).toMatchObject({ targetText: "Anthropic refused the offer.", status: "draft", version: 4 });
    const after = await listRevisions(db, { actor: owner, segmentId });
    expect(after.map((r) => r.version)).toEqual([4, 3, 2]);
  });

  it("a reviewer restoring an approved version brings its status back; a translator gets it as translated", async () => {
    const approved = (await listRevisions(db, { actor: owner, segmentId })).find((r) => r.status === "approved")!;
    const asTranslator = await restoreRevision(db, { actor: translator, segmentId, revisionId: approved.id, baseVersion: 4 });
    expect(asTranslator).toMatchObject({ targetText: "Anthropic turned the offer down.", status: "translated" });
    const asOwner = await restoreRevision(db, { actor: owner, segmentId, revisionId: approved.id, baseVersion: asTranslator.version });
    expect(asOwner).toMatchObject({ status: "approved" });
  });

  it("refuses a revision of another segment", async () => {
    const [latest] = await listRevisions(db, { actor: owner, segmentId });
    expect(await code(restoreRevision(db, { actor: owner, segmentId: "nope", revisionId: latest.id, baseVersion: 1 }))).toBe("NOT_FOUND");
  });
});
