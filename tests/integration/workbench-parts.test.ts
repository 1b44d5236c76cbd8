import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_SIZE } from "@/core/model/parts";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { replaceInTargets } from "@/server/segments/replace-in-targets";
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
