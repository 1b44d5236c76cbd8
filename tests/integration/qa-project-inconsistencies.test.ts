import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInconsistencies, segmentKeyHashes } from "@/core/qa/inconsistent";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { backfillConsistencyKeys } from "@/server/qa/backfill-consistency-keys";
import { loadQaContext } from "@/server/qa/load-qa-context";
import { projectInconsistencies, type ProjectPair } from "@/server/qa/project-inconsistencies";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";

// The inconsistencies of some segments read only the project's rows that may share a comparison key
// with them (by the key hashes stored on each row): the findings must be those of comparing the
// whole project, whatever the case, spacing, punctuation, digit grouping or look-alike letters that
// the key folds — and rows written before the hashes existed are compared too.

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
const PAIRS: [string, string][] = [
  ["La chaîne d'approvisionnement reste fragile.", "The supply chain remains fragile."],
  ["LA CHAÎNE D’APPROVISIONNEMENT, reste fragile", "Supply lines are still weak."],
  ["Il a payé 1 200 euros.", "He paid 1,200 euros."],
  ["Il a payé 1200 euros !", "He paid €1,200."],
  ["Le \u212Aiosque ferme.", "The kiosk closes."],
  ["Le kiosque ferme.", "The newsstand closes."],
  ["İstanbul brille.", "Istanbul shines."],
  ["istanbul brille", "Istanbul glitters."],
  ["Autre chose.", "The supply chain remains fragile."],
  ["Oui.", "Yes."],
  ["Oui !", "Sure."],
];

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Keys" })).id;
  for (const [source, target] of PAIRS) {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: source, segmentation: "paragraph" });
    const { id, version } = await db.segment.findFirstOrThrow({ where: { documentId } });
    await saveSegment(db, { actor: owner, segmentId: id, targetText: target, baseVersion: version, status: "translated" });
  }
});

/** Every row of the project, as the check compares them. */
async function projectPairs(): Promise<ProjectPair[]> {
  const rows = await db.segment.findMany({ where: { document: { projectId } }, select: { id: true, documentId: true, sourceText: true, targetText: true } });
  return rows.map((row) => ({ segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText }));
}
afterAll(() => db.$disconnect());

describe("projectInconsistencies", () => {
  it("finds, for every segment alone and for all at once, what comparing the whole project finds", async () => {
    const context = await loadQaContext(db, projectId);
    const pairs = await projectPairs();
    expect(pairs).toHaveLength(PAIRS.length);
    const whole = findInconsistencies(pairs);
    expect(whole.size).toBeGreaterThanOrEqual(8);
    for (const pair of pairs) expect((await projectInconsistencies(db, projectId, context, [pair])).get(pair.segmentId)).toEqual(whole.get(pair.segmentId));
    expect(await projectInconsistencies(db, projectId, context, pairs)).toEqual(whole);
  });

  it("compares the English on screen, not the stored one", async () => {
    const context = await loadQaContext(db, projectId);
    const pairs = await projectPairs();
    const row = pairs.find((pair) => pair.source === "Autre chose.")!;
    expect((await projectInconsistencies(db, projectId, context, [row])).get(row.segmentId)).toBeDefined();
    const onScreen: ProjectPair = { ...row, target: "Something else." };
    expect((await projectInconsistencies(db, projectId, context, [onScreen])).get(row.segmentId)).toBeUndefined();
    // And the other side no longer finds it among the translations of "The supply chain remains fragile."
    const other = pairs.find((pair) => pair.source.startsWith("La chaîne"))!;
    const before = (await projectInconsistencies(db, projectId, context, [other])).get(other.segmentId) ?? [];
    const after = (await projectInconsistencies(db, projectId, context, [other, onScreen])).get(other.segmentId) ?? [];
    expect(before.some((finding) => finding.related?.some((r) => r.segmentId === row.segmentId))).toBe(true);
    expect(after.some((finding) => finding.related?.some((r) => r.segmentId === row.segmentId))).toBe(false);
  });

  it("stores the hashes on import and on every save, and compares rows written before they existed until the backfill gives them theirs", async () => {
    const context = await loadQaContext(db, projectId);
    const stored = await db.segment.findMany({ where: { document: { projectId } } });
    for (const row of stored)
      expect({ source: row.sourceKeyHash, target: row.targetKeyHash }).toEqual({
        source: segmentKeyHashes(row.sourceText, row.targetText).sourceKeyHash,
        target: segmentKeyHashes(row.sourceText, row.targetText).targetKeyHash,
      });
    const pairs = await projectPairs();
    const whole = findInconsistencies(pairs);
    // As a database from before the columns: no hashes at all.
    await db.$executeRaw`UPDATE "Segment" SET "sourceKeyHash" = NULL, "targetKeyHash" = NULL`;
    for (const pair of pairs) expect((await projectInconsistencies(db, projectId, context, [pair])).get(pair.segmentId)).toEqual(whole.get(pair.segmentId));
    expect(await backfillConsistencyKeys(db)).toBe(await db.segment.count());
    expect(await backfillConsistencyKeys(db)).toBe(0);
    const filled = await db.segment.findMany({ where: { document: { projectId } } });
    expect(filled.map((row) => [row.sourceKeyHash, row.targetKeyHash])).toEqual(stored.map((row) => [row.sourceKeyHash, row.targetKeyHash]));
    for (const pair of pairs) expect((await projectInconsistencies(db, projectId, context, [pair])).get(pair.segmentId)).toEqual(whole.get(pair.segmentId));
  });
});
