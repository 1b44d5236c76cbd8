import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_SIZE } from "@/core/model/parts";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
import { checkDocument } from "@/server/qa/check-document";
import { createTestDb, createUser } from "./test-db";

// A long document opens a part at a time (core/model/parts.ts): the page holds one part's
// segments and paragraphs, numbered from the part's offset, with the whole document's figures.

const { db } = createTestDb();
let owner: Actor;
let documentId: string;
const TOTAL = PART_SIZE * 2 + 300;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  const { id: projectId } = await createProject(db, { actor: owner, name: "Parts" });
  const text = Array.from({ length: TOTAL }, (_, i) => `Ligne ${i + 1}.`).join("\n\n");
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: text }));
  const last = await db.segment.findMany({ where: { documentId }, orderBy: { position: "desc" }, take: 100 });
  await replaceInTargets(db, {
    actor: owner,
    documentId,
    changes: last.map((s) => ({ segmentId: s.id, baseVersion: s.version, targetText: `Line ${s.sourceText.slice(6)}` })),
  });
}, 120_000);

describe("getWorkbench by part", () => {
  it("opens the first part by default, with the whole document's figures", async () => {
    const data = await getWorkbench(db, { actor: owner, documentId });
    expect(data.part).toEqual({ part: 1, parts: 3, offset: 0, total: TOTAL });
    expect(data.segments).toHaveLength(PART_SIZE);
    expect(data.segments[0].sourceText).toBe("Ligne 1.");
    expect(data.paragraphs).toHaveLength(PART_SIZE);
    expect(data.progress).toMatchObject({ segments: TOTAL, segmentsDone: 0 });
    expect(data.gaps).toEqual({ missing: TOTAL - 100, total: TOTAL });
  });

  it("opens a later part from its offset, and clamps parts that do not exist", async () => {
    const last = await getWorkbench(db, { actor: owner, documentId, part: 3 });
    expect(last.part).toMatchObject({ part: 3, offset: PART_SIZE * 2 });
    expect(last.segments).toHaveLength(300);
    expect(last.segments[0].sourceText).toBe(`Ligne ${PART_SIZE * 2 + 1}.`);
    expect(last.segments.at(-1)!.targetText).toBe(`Line ${TOTAL}.`);
    expect(new Set(last.paragraphs.map((p) => p.id))).toEqual(new Set(last.segments.map((s) => s.paragraphId)));
    expect((await getWorkbench(db, { actor: owner, documentId, part: 99 })).part.part).toBe(3);
    expect((await getWorkbench(db, { actor: owner, documentId, part: 0 })).part.part).toBe(1);
  });
});

describe("a part's window", () => {
  it("holds the same segments as skipping rows would, when positions tie across a part's edge", async () => {
    // Merges and splits renumber in place, so positions may repeat: three rows share the position at the first edge.
    const rows = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], skip: PART_SIZE - 2, take: 4 });
    await db.segment.updateMany({ where: { id: { in: rows.slice(1).map((r) => r.id) } }, data: { position: rows[0].position } });
    const reference = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], skip: PART_SIZE, take: PART_SIZE });
    const second = await getWorkbench(db, { actor: owner, documentId, part: 2 });
    expect(second.segments.map((s) => s.id)).toEqual(reference.map((s) => s.id));
    const first = await getWorkbench(db, { actor: owner, documentId, part: 1 });
    expect(new Set([...first.segments, ...second.segments].map((s) => s.id)).size).toBe(PART_SIZE * 2);
  });
});

describe("a part's paragraphs", () => {
  it("are those of its segments, in order, also when a segment's paragraph lies outside the part (orders disagreeing)", async () => {
    const [inside] = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" }, skip: 10, take: 1 });
    const [outside] = await db.paragraph.findMany({ where: { documentId }, orderBy: { position: "desc" }, take: 1 });
    await db.segment.update({ where: { id: inside.id }, data: { paragraphId: outside.id } });
    try {
      const first = await getWorkbench(db, { actor: owner, documentId, part: 1 });
      const ids = first.paragraphs.map((p) => p.id);
      expect(new Set(ids)).toEqual(new Set(first.segments.map((s) => s.paragraphId)));
      expect(ids.at(-1)).toBe(outside.id);
      expect(first.paragraphs.map((p) => p.position)).toEqual(first.paragraphs.map((p) => p.position).sort((a, b) => a - b));
    } finally {
      await db.segment.update({ where: { id: inside.id }, data: { paragraphId: inside.paragraphId } });
    }
  });
});

describe("the QA report of one part", () => {
  it("checks only the open part's segments and says which part", async () => {
    const whole = await checkDocument(db, owner, documentId);
    const last = await checkDocument(db, owner, documentId, { part: 3 });
    expect(last.part).toMatchObject({ part: 3, offset: PART_SIZE * 2, total: TOTAL });
    expect(last.checked + last.empty).toBe(300);
    expect(last.checked).toBe(whole.checked); // the only translations are in the last part
    expect((await checkDocument(db, owner, documentId, { part: 1 })).checked).toBe(0);
    expect(whole.part).toBeUndefined();
  });
});
