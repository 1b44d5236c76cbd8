import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getWorkbench } from "@/server/documents/get-workbench";
import { importDocument } from "@/server/documents/import-document";
import { applyBeads, importTranslation } from "@/server/documents/import-translation";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { getDocumentAnnotations } from "@/server/annotations/get-document-annotations";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Align" })).id;
});

const FRENCH =
  "Le chat dort sur le canapé. Il fait beau aujourd’hui à Paris.\n\nLe Pentagone a signé un contrat de 200 millions de dollars. Anthropic a refusé.";
const ENGLISH =
  "The cat is sleeping on the sofa. The weather is nice in Paris today.\n\nThe Pentagon signed a $200 million contract. Anthropic refused. The translator added this sentence.";

async function pairs(documentId: string) {
  return (await getWorkbench(db, { actor: owner, documentId })).segments.map((s) => [s.sourceText, s.targetText]);
}

describe("importTranslation", () => {
  it("pairs an existing English version sentence by sentence, keeping every sentence once", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: FRENCH });
    const result = await importTranslation(db, { actor: owner, documentId, content: ENGLISH, format: "txt" });
    expect(result.englishSentences).toBe(5);
    const got = await pairs(documentId);
    expect(got.slice(0, 3)).toEqual([
      ["Le chat dort sur le canapé.", "The cat is sleeping on the sofa."],
      ["Il fait beau aujourd’hui à Paris.", "The weather is nice in Paris today."],
      ["Le Pentagone a signé un contrat de 200 millions de dollars.", "The Pentagon signed a $200 million contract."],
    ]);
    // The added sentence goes with its neighbour (1-2) or alone (0-1): either way, nothing is lost.
    expect(got.find(([fr]) => fr === "Anthropic a refusé.")?.[1]).toContain("Anthropic refused.");
    expect(got.map(([, en]) => en).join(" ")).toBe(ENGLISH.replace(/\s+/g, " "));
    const segments = (await getWorkbench(db, { actor: owner, documentId })).segments;
    expect(segments.every((s) => s.alignScore !== null && s.alignScore >= 0 && s.alignScore <= 1)).toBe(true);
    expect(segments.slice(0, 4).every((s) => s.status === "draft")).toBe(true);
  });

  it("merges two French sentences translated as one, within the paragraph, moving their notes along", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Il pleut. Il fait froid.\n\nLe marché a chuté de 3,5 % jeudi." });
    const before = (await getWorkbench(db, { actor: owner, documentId })).segments;
    await createAnnotation(db, { actor: owner, segmentId: before[0].id, start: 3, end: 8, kind: "note", body: "on the first" });
    await createAnnotation(db, { actor: owner, segmentId: before[1].id, start: 8, end: 13, kind: "note", body: "on the second" });
    await importTranslation(db, { actor: owner, documentId, content: "It is raining and cold.\n\nThe market fell 3.5% on Thursday.", format: "txt" });
    expect(await pairs(documentId)).toEqual([
      ["Il pleut. Il fait froid.", "It is raining and cold."],
      ["Le marché a chuté de 3,5 % jeudi.", "The market fell 3.5% on Thursday."],
    ]);
    const merged = (await getWorkbench(db, { actor: owner, documentId })).segments[0];
    const notes = await getDocumentAnnotations(db, { actor: owner, documentId });
    expect(notes.map((n) => [n.body, n.status, n.segmentId, merged.sourceText.slice(n.start, n.end)])).toEqual([
      ["on the first", "anchored", merged.id, "pleut"],
      ["on the second", "anchored", merged.id, "froid"],
    ]);
  });

  it("reads HTML, refuses to overwrite translations unless asked, and keeps history", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: FRENCH });
    const html =
      `<h1>Ignored? no: a heading</h1>`.replace(/.*/, "") +
      `<p>The cat is sleeping on the sofa. The weather is nice in Paris today.</p><script>alert(1)</script><p>The Pentagon signed a $200 million contract. Anthropic refused.</p>`;
    await importTranslation(db, { actor: owner, documentId, content: html, format: "html" });
    expect((await pairs(documentId)).map(([, en]) => en)).toEqual([
      "The cat is sleeping on the sofa.",
      "The weather is nice in Paris today.",
      "The Pentagon signed a $200 million contract.",
      "Anthropic refused.",
    ]);
    await expect(importTranslation(db, { actor: owner, documentId, content: ENGLISH, format: "txt" })).rejects.toMatchObject({
      details: { reason: "HAS_TRANSLATIONS" },
    });
    await importTranslation(db, { actor: owner, documentId, content: ENGLISH, format: "txt", replace: true });
    expect((await pairs(documentId)).map(([, en]) => en).join(" ")).toBe(ENGLISH.replace(/\s+/g, " "));
    // Every pair's current text is a revision; a pair the second file left unchanged got no new one.
    const segments = await db.segment.findMany({ where: { documentId }, include: { revisions: true } });
    for (const segment of segments) expect(segment.revisions.find((r) => r.version === segment.version)?.targetText).toBe(segment.targetText);
    expect(segments.filter((s) => s.version > 2)).toHaveLength(segments.filter((s) => s.revisions.some((r) => r.version === 3)).length);
  });

  it("refuses an unreadable file and a viewer", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: FRENCH });
    await expect(importTranslation(db, { actor: owner, documentId, content: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), format: "docx" })).rejects.toMatchObject({
      code: "UNREADABLE_FILE",
    });
    const viewer = await createUser(db, { projectId, role: "viewer" });
    await expect(importTranslation(db, { actor: viewer, documentId, content: ENGLISH, format: "txt" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await pairs(documentId)).every(([, en]) => en === "")).toBe(true);
  });

  it("refuses an English text of more than 200,000 sentences before aligning anything", async () => {
    const { documentId } = await importDocument(db, { actor: owner, projectId, content: FRENCH });
    const huge = Array.from({ length: 200_001 }, (_, k) => `Line ${k}.`).join("\n");
    await expect(importTranslation(db, { actor: owner, documentId, content: huge, format: "txt" })).rejects.toMatchObject({
      code: "TOO_LARGE",
      details: { reason: "TOO_MANY_SEGMENTS", limit: 200_000 },
    });
    expect((await pairs(documentId)).every(([, en]) => en === "")).toBe(true);
  });

  it("turns beads into pairs: 0-1 as a pair without source, 2-1 merged only within a paragraph", () => {
    const row = (id: string, paragraphId: string, sourceText: string) => ({
      id,
      paragraphId,
      sourceText,
      targetText: "",
      status: "new",
      version: 1,
      alignScore: null,
      isNew: false,
    });
    const french = [row("a", "p1", "Un."), row("b", "p1", "Deux."), row("c", "p2", "Trois."), row("d", "p2", "Quatre.")];
    const english = ["One and two.", "Inserted.", "Three, four."];
    const out = applyBeads(french, english, [
      { source: [0, 1], target: [0], score: 0.9 },
      { source: [], target: [1], score: 0.4 },
      { source: [2, 3], target: [2], score: 0.8 },
    ]);
    expect(out.map((r) => [r.id.length > 1 ? "new" : r.id, r.paragraphId, r.sourceText, r.targetText, !!r.deleted])).toEqual([
      ["b", "p1", "Deux.", "", true],
      ["a", "p1", "Un. Deux.", "One and two.", false],
      ["new", "p1", "", "Inserted.", false],
      ["d", "p2", "Quatre.", "", true],
      ["c", "p2", "Trois. Quatre.", "Three, four.", false],
    ]);
  });
});
