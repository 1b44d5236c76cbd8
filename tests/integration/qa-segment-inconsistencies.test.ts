import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { loadQaContext } from "@/server/qa/load-qa-context";
import { projectInconsistencies, type ProjectPair } from "@/server/qa/project-inconsistencies";
import { keyRun, segmentInconsistencies } from "@/server/qa/segment-inconsistencies";
import { createTestDb, createUser } from "./test-db";

// One segment's inconsistencies read only the project's rows that may share a comparison key with
// it: the findings must be those of the whole project's comparison, whatever the case, spacing,
// punctuation, digit grouping or look-alike letters that the key folds.

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
  for (const [k, [source, target]] of PAIRS.entries()) {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: source, segmentation: "paragraph" });
    await db.segment.updateMany({ where: { documentId }, data: { targetText: target, status: "translated" } });
    expect(k).toBeGreaterThanOrEqual(0);
  }
});
afterAll(() => db.$disconnect());

describe("segmentInconsistencies", () => {
  it("finds, for every segment, what the whole project's comparison finds", async () => {
    const context = await loadQaContext(db, projectId);
    const rows = await db.segment.findMany({ where: { document: { projectId } }, select: { id: true, documentId: true, sourceText: true, targetText: true } });
    expect(rows).toHaveLength(PAIRS.length);
    let found = 0;
    for (const row of rows) {
      const pair: ProjectPair = { segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: row.targetText };
      const whole = (await projectInconsistencies(db, projectId, context, [pair])).get(row.id);
      expect(await segmentInconsistencies(db, projectId, context, pair)).toEqual(whole);
      if (whole) found++;
    }
    expect(found).toBeGreaterThanOrEqual(8);
  });

  it("compares the English on screen, not the stored one", async () => {
    const context = await loadQaContext(db, projectId);
    const row = await db.segment.findFirstOrThrow({ where: { sourceText: "Autre chose." } });
    const pair: ProjectPair = { segmentId: row.id, documentId: row.documentId, source: row.sourceText, target: "Something else." };
    expect(await segmentInconsistencies(db, projectId, context, pair)).toEqual((await projectInconsistencies(db, projectId, context, [pair])).get(row.id));
    expect(await segmentInconsistencies(db, projectId, context, pair)).toBeUndefined();
  });
});

describe("keyRun", () => {
  it("keeps a run of letters the raw text holds as is, up to ASCII case", () => {
    expect(keyRun("LA CHAÎNE D’APPROVISIONNEMENT")).toBe("onnement");
    expect(keyRun("Le \u212Aiosque")).toBe("osque");
    expect(keyRun("1 200")).toBeNull();
    expect(keyRun("Oui.")).toBeNull();
  });
});
