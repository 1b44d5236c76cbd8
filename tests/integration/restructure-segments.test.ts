import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { restructureSegments, type RestructureOp } from "@/server/segments/restructure-segments";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let documentId: string;
afterAll(() => db.$disconnect());

const flat = (texts: string[]) => texts.join(" ").replace(/\s+/g, "");

beforeAll(async () => {
  owner = await createUser(db);
  const { id: projectId } = await createProject(db, { actor: owner, name: "R" });
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: "Un. Deux. Trois. Quatre.\n\nCinq. Six." }));
  const segments = (await getWorkbench(db, { actor: owner, documentId })).segments;
  const english = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."];
  for (const [i, s] of segments.entries()) await saveSegment(db, { actor: owner, segmentId: s.id, baseVersion: s.version, targetText: english[i] });
});

async function state() {
  const w = await getWorkbench(db, { actor: owner, documentId });
  return w.segments;
}

async function apply(op: (segments: Awaited<ReturnType<typeof state>>) => RestructureOp) {
  const segments = await state();
  const chosen = op(segments);
  return restructureSegments(db, { actor: owner, op: chosen, versions: Object.fromEntries(segments.map((s) => [s.id, s.version])) });
}

describe("restructureSegments", () => {
  it("merges, splits, moves and unaligns without losing a character, keeping paragraphs", async () => {
    const before = await state();
    const paragraphOf = new Map(before.map((s) => [s.sourceText, s.paragraphId]));
    await apply((s) => ({ kind: "merge", segmentId: s[0].id }));
    expect((await state()).map((s) => [s.sourceText, s.targetText])[0]).toEqual(["Un. Deux.", "One. Two."]);
    await apply((s) => ({ kind: "moveTargetDown", segmentId: s[0].id }));
    expect((await state()).slice(0, 2).map((s) => s.targetText)).toEqual(["One.", "Two. Three."]);
    await apply((s) => ({ kind: "moveTargetUp", segmentId: s[0].id }));
    await apply((s) => ({ kind: "split", segmentId: s[0].id, sourceOffset: 3, targetOffset: 4 }));
    expect((await state()).slice(0, 2).map((s) => [s.sourceText, s.targetText])).toEqual([
      ["Un.", "One."],
      ["Deux.", "Two."],
    ]);
    await apply((s) => ({ kind: "unalign", segmentId: s[3].id }));
    // Moving across the paragraph boundary moves text, not segments.
    await apply((s) => ({ kind: "moveTargetDown", segmentId: s[s.findIndex((x) => x.sourceText === "Quatre.") + 1].id }));

    const after = await state();
    expect(flat(after.map((s) => s.sourceText))).toBe(flat(before.map((s) => s.sourceText)));
    expect(flat(after.map((s) => s.targetText))).toBe(flat(before.map((s) => s.targetText)));
    for (const s of after) if (s.sourceText) for (const part of s.sourceText.split(" ")) expect(paragraphOf.get(part) ?? s.paragraphId).toBe(s.paragraphId);
    expect(after.find((s) => s.sourceText === "")?.paragraphId).toBe(paragraphOf.get("Quatre."));
    // Each change left a revision that records the new source.
    const revisions = await db.segmentRevision.count({ where: { segment: { documentId }, sourceText: { not: null } } });
    expect(revisions).toBeGreaterThanOrEqual(3);
  });

  it("refuses merging across paragraphs and stale versions", async () => {
    const segments = await state();
    const lastOfFirst = segments.filter((s) => s.paragraphId === segments[0].paragraphId).at(-1)!;
    await expect(restructureSegments(db, { actor: owner, op: { kind: "merge", segmentId: lastOfFirst.id }, versions: {} })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const error = await restructureSegments(db, {
      actor: owner,
      op: { kind: "merge", segmentId: segments[0].id },
      versions: { [segments[0].id]: segments[0].version - 1 },
    }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(await state()).toEqual(segments);
  });

  it("is refused to viewers and strangers", async () => {
    const segments = await state();
    const viewer = await createUser(db, { projectId: (await db.document.findUniqueOrThrow({ where: { id: documentId } })).projectId, role: "viewer" });
    await expect(restructureSegments(db, { actor: viewer, op: { kind: "merge", segmentId: segments[0].id }, versions: {} })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      restructureSegments(db, { actor: await createUser(db), op: { kind: "merge", segmentId: segments[0].id }, versions: {} }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
