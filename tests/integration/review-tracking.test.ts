import { beforeAll, afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { editSource } from "@/server/segments/edit-source";
import { saveSegment } from "@/server/segments/save-segment";
import { settleTrackedChange } from "@/server/segments/settle-tracked-change";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let reviewer: Actor;
let ids: string[];

beforeAll(async () => {
  owner = await createUser(db);
  const projectId = (await createProject(db, { actor: owner, name: "Review" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  reviewer = await createUser(db, { projectId, role: "reviewer" });
  const { documentId } = await importDocument(db, {
    actor: owner,
    projectId,
    content: "Le Pentagone exige des garanties. Anthropic refuse. Le contrat tient.",
  });
  ids = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
  for (const [i, text] of ["The Pentagon wants guarantees.", "Anthropic refuses.", "The contract holds."].entries()) {
    await saveSegment(db, { actor: translator, segmentId: ids[i], baseVersion: 1, targetText: text, status: "translated" });
  }
});
afterAll(() => db.$disconnect());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("tracked changes", () => {
  it("tracks a reviewer's edit against the translator's text, and accepting keeps the edit", async () => {
    const edited = await saveSegment(db, { actor: reviewer, segmentId: ids[0], baseVersion: 2, targetText: "The Pentagon demands guarantees." });
    expect(edited.trackedBaseText).toBe("The Pentagon wants guarantees.");
    expect(await codeOf(settleTrackedChange(db, { actor: reviewer, segmentId: ids[0], baseVersion: 2, decision: "accept" }))).toBe("CONFLICT");
    const accepted = await settleTrackedChange(db, { actor: translator, segmentId: ids[0], baseVersion: edited.version, decision: "accept" });
    expect(accepted).toMatchObject({ targetText: "The Pentagon demands guarantees.", trackedBaseText: null, version: edited.version + 1 });
    expect(await codeOf(settleTrackedChange(db, { actor: translator, segmentId: ids[0], baseVersion: accepted.version, decision: "accept" }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("reverting brings the translator's text back as a new revision", async () => {
    const edited = await saveSegment(db, { actor: reviewer, segmentId: ids[1], baseVersion: 2, targetText: "Anthropic says no." });
    const reverted = await settleTrackedChange(db, { actor: reviewer, segmentId: ids[1], baseVersion: edited.version, decision: "revert" });
    expect(reverted).toMatchObject({ targetText: "Anthropic refuses.", trackedBaseText: null, version: edited.version + 1 });
    const last = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: ids[1] }, orderBy: { version: "desc" } });
    expect([last.targetText, last.authorId]).toEqual(["Anthropic refuses.", reviewer.userId]);
  });

  it("records the version of review decisions, so later edits show as changed since review", async () => {
    const rejected = await saveSegment(db, { actor: reviewer, segmentId: ids[2], baseVersion: 2, targetText: "The contract holds.", status: "rejected" });
    expect(rejected.reviewedVersion).toBe(rejected.version);
    const fixed = await saveSegment(db, {
      actor: translator,
      segmentId: ids[2],
      baseVersion: rejected.version,
      targetText: "The contract stands.",
      status: "translated",
    });
    expect(fixed.reviewedVersion).toBe(rejected.version);
    expect(fixed.version).toBeGreaterThan(rejected.version);
  });

  it("viewers cannot settle tracked changes", async () => {
    const viewer = await createUser(db, {
      projectId: (await db.segment.findUniqueOrThrow({ where: { id: ids[0] }, include: { document: true } })).document.projectId,
      role: "viewer",
    });
    expect(await codeOf(settleTrackedChange(db, { actor: viewer, segmentId: ids[0], baseVersion: 1, decision: "accept" }))).toBe("FORBIDDEN");
  });
});

describe("editing the source", () => {
  it("flags the translation as source changed, drops it to draft, and records the source", async () => {
    const before = await db.segment.findUniqueOrThrow({ where: { id: ids[2] } });
    const edited = await editSource(db, { actor: owner, segmentId: ids[2], baseVersion: before.version, sourceText: "Le  contrat   tient toujours. " });
    expect(edited).toMatchObject({ sourceText: "Le contrat tient toujours.", sourceWords: 4, status: "draft", previousSourceText: "Le contrat tient." });
    const again = await editSource(db, { actor: owner, segmentId: ids[2], baseVersion: edited.version, sourceText: "Le contrat tient encore." });
    expect(again.previousSourceText).toBe("Le contrat tient.");
    const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: ids[2] }, orderBy: { version: "desc" } });
    expect([revision.sourceText, revision.sourceBefore, revision.status, revision.authorId]).toEqual([
      "Le contrat tient encore.",
      "Le contrat tient toujours.",
      "draft",
      owner.userId,
    ]);
    const seen = await saveSegment(db, {
      actor: translator,
      segmentId: ids[2],
      baseVersion: again.version,
      targetText: "The contract still holds.",
      status: "translated",
    });
    expect(seen.previousSourceText).toBeNull();
  });

  it("clears the flag when the source goes back to what was translated", async () => {
    const before = await db.segment.findUniqueOrThrow({ where: { id: ids[1] } });
    const changed = await editSource(db, { actor: owner, segmentId: ids[1], baseVersion: before.version, sourceText: "Anthropic dit non." });
    expect(changed.previousSourceText).toBe(before.sourceText);
    const back = await editSource(db, { actor: owner, segmentId: ids[1], baseVersion: changed.version, sourceText: before.sourceText });
    expect(back.previousSourceText).toBeNull();
  });

  it("only owners edit the source; empty sources and stale versions are refused", async () => {
    const current = await db.segment.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(await codeOf(editSource(db, { actor: reviewer, segmentId: ids[0], baseVersion: current.version, sourceText: "Autre." }))).toBe("FORBIDDEN");
    expect(await codeOf(editSource(db, { actor: owner, segmentId: ids[0], baseVersion: current.version, sourceText: "  " }))).toBe("INVALID_INPUT");
    expect(await codeOf(editSource(db, { actor: owner, segmentId: ids[0], baseVersion: current.version - 1, sourceText: "Autre." }))).toBe("CONFLICT");
    expect((await db.segment.findUniqueOrThrow({ where: { id: ids[0] } })).sourceText).toBe(current.sourceText);
  });
});
