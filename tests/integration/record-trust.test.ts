// The cases issue 10 saw going wrong, each pinned: statuses and tracked changes must say exactly
// what happened to the text on screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { listActivity } from "@/server/documents/list-activity";
import { createProject } from "@/server/projects/create-project";
import { editSource } from "@/server/segments/edit-source";
import { listRevisions } from "@/server/segments/list-revisions";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { saveSegment } from "@/server/segments/save-segment";
import { settleTrackedChange } from "@/server/segments/settle-tracked-change";
import { undoReplace } from "@/server/segments/undo-replace";
import { exportText } from "./export-file";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let translator: Actor;
let reviewer: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Trust" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  reviewer = await createUser(db, { projectId, role: "reviewer" });
});

async function document(text = "Le DoD parle. Le DoD agit. Rien ne change.") {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: text });
  const ids = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
  return { documentId, ids };
}
const current = (id: string) => db.segment.findUniqueOrThrow({ where: { id } });

describe("a review decision refers to the exact text on screen", () => {
  it("editing an approved translation sends it back to draft, and the exports stop calling it approved", async () => {
    const { documentId, ids } = await document();
    const confirmed = await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 1, targetText: "The DoD speaks.", status: "translated" });
    const approved = await saveSegment(db, {
      actor: reviewer,
      segmentId: ids[0],
      baseVersion: confirmed.version,
      targetText: "The DoD speaks.",
      status: "approved",
    });
    expect(approved.status).toBe("approved");
    const edited = await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: approved.version, targetText: "The DoD talks." });
    expect(edited.status).toBe("draft");
    expect((await current(ids[0])).status).toBe("draft");
    const xliff = await exportText(db, { actor: owner, documentId, format: "xliff" });
    expect(xliff).not.toMatch(/state="final"/);
    const review = await exportText(db, { actor: owner, documentId, format: "review-html" });
    expect(review).not.toMatch(/status-badge--approved/);
  });

  it("approving with the edit in the same action keeps it approved", async () => {
    const { ids } = await document();
    const saved = await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 1, targetText: "The DoD speaks.", status: "translated" });
    const approved = await saveSegment(db, {
      actor: reviewer,
      segmentId: ids[0],
      baseVersion: saved.version,
      targetText: "The DoD talks.",
      status: "approved",
    });
    expect([approved.status, approved.trackedBaseText]).toEqual(["approved", null]);
  });
});

describe("a tracked change is a reviewer's edit of someone else's translation", () => {
  it("the owner fixing their own rejected translation is not a tracked change", async () => {
    const { ids } = await document();
    const mine = await saveSegment(db, { actor: owner, segmentId: ids[0], baseVersion: 1, targetText: "The DoD speak.", status: "translated" });
    const rejected = await saveSegment(db, { actor: reviewer, segmentId: ids[0], baseVersion: mine.version, targetText: mine.targetText, status: "rejected" });
    const fixed = await saveSegment(db, { actor: owner, segmentId: ids[0], baseVersion: rejected.version, targetText: "The DoD speaks." });
    expect(fixed.trackedBaseText).toBeNull();
    expect(fixed.status).toBe("draft");
  });

  it("a reviewer's search and replace in a translator's work is tracked", async () => {
    const { documentId, ids } = await document();
    const done = await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 1, targetText: "The DoD speaks.", status: "translated" });
    const { segments } = await replaceInTargets(db, {
      actor: reviewer,
      documentId,
      changes: [{ segmentId: ids[0], baseVersion: done.version, targetText: "The Pentagon speaks." }],
    });
    expect(segments[0].status).toBe("draft");
    expect((await current(ids[0])).trackedBaseText).toBe("The DoD speaks.");
  });

  it("accepting a tracked change leaves a trace in the history and the activity", async () => {
    const { documentId, ids } = await document();
    const done = await saveSegment(db, { actor: translator, segmentId: ids[1], baseVersion: 1, targetText: "The DoD acts.", status: "translated" });
    const edited = await saveSegment(db, { actor: reviewer, segmentId: ids[1], baseVersion: done.version, targetText: "The Pentagon acts." });
    const accepted = await settleTrackedChange(db, { actor: translator, segmentId: ids[1], baseVersion: edited.version, decision: "accept" });
    expect(accepted.version).toBe(edited.version + 1);
    const history = await listRevisions(db, { actor: owner, segmentId: ids[1] });
    expect(history[0]).toMatchObject({ version: accepted.version, action: "accept", author: expect.any(String) });
    const { events } = await listActivity(db, { actor: owner, documentId });
    expect(events.find((e) => e.segmentId === ids[1])?.detail).toMatchObject({ action: "accept" });
  });
});

describe("replace and undo are edits like any other", () => {
  it("both clear the source-changed flag, as a save does", async () => {
    const { documentId, ids } = await document();
    const done = await saveSegment(db, { actor: translator, segmentId: ids[0], baseVersion: 1, targetText: "The DoD speaks.", status: "translated" });
    const flagged = await editSource(db, { actor: owner, segmentId: ids[0], baseVersion: done.version, sourceText: "Le DoD parle encore." });
    expect(flagged.previousSourceText).toBe("Le DoD parle.");
    const { batchId } = await replaceInTargets(db, {
      actor: translator,
      documentId,
      changes: [{ segmentId: ids[0], baseVersion: flagged.version, targetText: "The DoD still speaks." }],
    });
    expect((await current(ids[0])).previousSourceText).toBeNull();
    await undoReplace(db, { actor: translator, documentId, batchId });
    expect((await current(ids[0])).previousSourceText).toBeNull();
  });
});
