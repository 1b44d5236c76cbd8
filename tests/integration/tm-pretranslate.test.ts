import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { getWorkbench } from "@/server/documents/get-workbench";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { undoReplace } from "@/server/segments/undo-replace";
import { countRepetitions } from "@/server/tm/count-repetitions";
import { pretranslateDocument } from "@/server/tm/pretranslate-document";
import { propagateRepetitions } from "@/server/tm/propagate-repetitions";
import { setAutoPropagate } from "@/server/tm/set-auto-propagate";
import { writeUnits } from "@/server/tm/write-units";
import { createTestDb, createUser } from "./test-db";

// Pre-translation fills only empty segments, marked with the match's origin and score; repetitions
// of a confirmed sentence are filled at once (auto-propagation) or offered.

const { db } = createTestDb();
afterAll(() => db.$disconnect());
let owner: Actor;
let translator: Actor;
let viewer: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Pre" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  viewer = await createUser(db, { projectId, role: "viewer" });
  await writeUnits(db, projectId, [
    { sourceText: "Le chat dort sur le canapé rouge.", targetText: "The cat sleeps on the red sofa.", status: "approved", origin: "tmx" },
    { sourceText: "Le chien mange dans la cuisine ce soir.", targetText: "The dog eats in the kitchen tonight.", status: "imported", origin: "tmx" },
  ]);
});

async function segmentsOf(documentId: string) {
  return db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
}

async function save(actor: Actor, segmentId: string, targetText: string, status?: "translated") {
  const row = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  return saveSegment(db, { actor, segmentId, baseVersion: row.version, targetText, status });
}

describe("pretranslateDocument", () => {
  it("fills empty segments with their best match as marked drafts, never overwriting a translation, and counts", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: "Le chat dort sur le canapé rouge. Le chien mange dans la cuisine ce matin. Rien à voir ici du tout. Le chat dort sur le canapé rouge.",
    });
    const before = await segmentsOf(documentId);
    await save(translator, before[3].id, "My own words.");
    const result = await pretranslateDocument(db, { actor: translator, documentId });
    expect(result).toMatchObject({ filled: 2, exact: 1, fuzzy: 1, skipped: 1 });
    const after = await segmentsOf(documentId);
    expect(after.map((s) => [s.targetText, s.status, s.matchOrigin])).toEqual([
      ["The cat sleeps on the red sofa.", "draft", "tm"],
      ["The dog eats in the kitchen tonight.", "draft", "tm"],
      ["", "new", null],
      ["My own words.", "draft", null],
    ]);
    expect(after[0].matchScore).toBe(100);
    expect(after[1].matchScore).toBeGreaterThanOrEqual(70);
    expect(after[1].matchScore).toBeLessThan(100);
    const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: after[0].id }, orderBy: { version: "desc" } });
    expect([revision.action, revision.batchId]).toEqual(["pretranslate", result.batchId]);
    // The grid gets the marks, so a reviewer can filter pre-translated rows.
    const workbench = await getWorkbench(db, { actor: owner, documentId });
    expect(workbench.segments.slice(0, 2).map((s) => [s.matchOrigin, s.matchScore])).toEqual(after.slice(0, 2).map((s) => [s.matchOrigin, s.matchScore]));
    // A person's edit makes the text theirs: the mark goes.
    const edited = await save(translator, after[1].id, "The dog eats in the kitchen this morning.");
    expect([edited.matchOrigin, edited.matchScore]).toEqual([null, null]);
    // Running again fills nothing that is already filled.
    expect(await pretranslateDocument(db, { actor: translator, documentId })).toMatchObject({ filled: 0, skipped: 1 });
  });

  it("respects the threshold: 100 fills exact matches only", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: "Le chat dort sur le canapé rouge. Le chien mange dans la cuisine ce matin.",
    });
    expect(await pretranslateDocument(db, { actor: translator, documentId, minScore: 100 })).toMatchObject({ filled: 1, exact: 1, fuzzy: 0, skipped: 1 });
    expect((await segmentsOf(documentId)).map((s) => s.targetText)).toEqual(["The cat sleeps on the red sofa.", ""]);
  });

  it("is taken back whole by undoing its batch", async () => {
    const { documentId } = await importDocument(db, {
      actor: owner,
      projectId,
      content: "Le chat dort sur le canapé rouge. Le chien mange dans la cuisine ce soir.",
    });
    const { batchId } = await pretranslateDocument(db, { actor: translator, documentId });
    await undoReplace(db, { actor: translator, documentId, batchId });
    expect((await segmentsOf(documentId)).map((s) => [s.targetText, s.status, s.matchOrigin])).toEqual([
      ["", "new", null],
      ["", "new", null],
    ]);
  });

  it("needs segment.edit", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Le chat dort sur le canapé rouge." });
    const error = await pretranslateDocument(db, { actor: viewer, documentId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect((await segmentsOf(documentId))[0].targetText).toBe("");
  });
});

describe("repetitions", () => {
  const TEXT = "Il pleut. Le vent souffle. Il pleut. Il pleut.";

  it("offers the empty repetitions of a confirmed segment and fills them when asked, never a typed one", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: TEXT });
    const s = await segmentsOf(documentId);
    await save(translator, s[3].id, "Rain again.");
    const confirmed = await save(translator, s[0].id, "It is raining.", "translated");
    expect(confirmed.repetitions).toEqual({ filled: [], offered: 1 });
    expect(await countRepetitions(db, { actor: translator, segmentId: s[0].id })).toEqual({ count: 1 });
    const { filled } = await propagateRepetitions(db, { actor: translator, segmentId: s[0].id });
    expect(filled.map((f) => [f.id, f.targetText, f.status, f.matchOrigin])).toEqual([[s[2].id, "It is raining.", "translated", "repetition"]]);
    const after = await segmentsOf(documentId);
    expect(after.map((x) => [x.targetText, x.status])).toEqual([
      ["It is raining.", "translated"],
      ["", "new"],
      ["It is raining.", "translated"],
      ["Rain again.", "draft"],
    ]);
    const revision = await db.segmentRevision.findFirstOrThrow({ where: { segmentId: s[2].id }, orderBy: { version: "desc" } });
    expect([revision.action, revision.authorId]).toEqual(["propagate", translator.userId]);
    expect(await countRepetitions(db, { actor: translator, segmentId: s[0].id })).toEqual({ count: 0 });
  });

  it("fills them with the confirm itself when the project propagates automatically", async () => {
    await setAutoPropagate(db, { actor: owner, projectId, autoPropagate: true });
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: TEXT });
    const s = await segmentsOf(documentId);
    const confirmed = await save(translator, s[2].id, "It rains.", "translated");
    expect(confirmed.repetitions?.offered).toBe(0);
    expect(confirmed.repetitions?.filled.map((f) => [f.id, f.version, f.status])).toEqual([
      [s[0].id, 2, "translated"],
      [s[3].id, 2, "translated"],
    ]);
    // An edit that confirms nothing says nothing about repetitions.
    expect((await save(translator, s[1].id, "The wind blows.")).repetitions).toBeUndefined();
    await setAutoPropagate(db, { actor: owner, projectId, autoPropagate: false });
  });

  it("refuses to propagate an unconfirmed segment", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: TEXT });
    const s = await segmentsOf(documentId);
    await save(translator, s[0].id, "It is raining.");
    const error = await propagateRepetitions(db, { actor: translator, segmentId: s[0].id }).catch((e: unknown) => e);
    expect((error as AppError).details?.reason).toBe("NOT_CONFIRMED");
  });
});
