import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { importTranslation } from "@/server/documents/import-translation";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { searchConcordance } from "@/server/tm/search-concordance";
import { neighboursOf } from "@/server/tm/segment-context";
import { contextHash, writeUnits } from "@/server/tm/write-units";
import { createTestDb, createUser } from "./test-db";

// Issue 13: every confirmed segment is a unit of its project's memory, kept in step with the
// segment (reconfirmed → updated, rejected → gone unless something else gives the pair), and
// aligned pairs are "aligned" units.

const { db } = createTestDb();
afterAll(() => db.$disconnect());
let owner: Actor;
let translator: Actor;
let reviewer: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Memory" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  reviewer = await createUser(db, { projectId, role: "reviewer" });
});

async function newDocument(content: string, title = "Article") {
  const { documentId } = await importDocument(db, { actor: owner, projectId, content, title, segmentation: "sentence" });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return { documentId, segments };
}

async function save(actor: Actor, segmentId: string, targetText: string, status?: "translated" | "reviewed" | "approved" | "rejected") {
  const row = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  return saveSegment(db, { actor, segmentId, baseVersion: row.version, targetText, status });
}

const unitsOf = (sourceText: string) => db.tmUnit.findMany({ where: { projectId, sourceText }, orderBy: { id: "asc" } });

describe("units from confirmed segments", () => {
  it("records a confirmed segment with its provenance and context, and not a draft", async () => {
    const { documentId, segments } = await newDocument("Le chat dort. Le chien aboie. Il pleut.");
    await save(translator, segments[1].id, "The dog barks.");
    expect(await unitsOf("Le chien aboie.")).toEqual([]);
    await save(translator, segments[1].id, "The dog barks.", "translated");
    const [unit] = await unitsOf("Le chien aboie.");
    const author = await db.user.findUniqueOrThrow({ where: { id: translator.userId! } });
    expect(unit).toMatchObject({
      targetText: "The dog barks.",
      status: "translated",
      origin: "segment",
      segmentId: segments[1].id,
      documentId,
      documentTitle: "Article",
      authorId: translator.userId,
      authorName: author.name,
      contextHash: contextHash("Le chat dort.", "Il pleut."),
    });
    // The same context as the side panel computes for the segment.
    const around = await neighboursOf(db, segments[1]);
    expect(unit.contextHash).toBe(contextHash(around.previousSource, around.nextSource));
  });

  it("follows review decisions: reviewed then approved updates the one unit", async () => {
    const { segments } = await newDocument("Une phrase à revoir.");
    await save(translator, segments[0].id, "A sentence to review.", "translated");
    await save(reviewer, segments[0].id, "A sentence to review.", "approved");
    const units = await unitsOf("Une phrase à revoir.");
    expect(units.map((u) => [u.targetText, u.status])).toEqual([["A sentence to review.", "approved"]]);
  });

  it("updates the unit when the text is changed and confirmed again, leaving no stale pair", async () => {
    const { segments } = await newDocument("Le vent souffle fort.");
    await save(translator, segments[0].id, "The wind blows hard.", "translated");
    const [first] = await unitsOf("Le vent souffle fort.");
    await save(translator, segments[0].id, "The wind is blowing hard.");
    // While the new text is a draft, the confirmed pair is still the memory's.
    expect((await unitsOf("Le vent souffle fort.")).map((u) => u.targetText)).toEqual(["The wind blows hard."]);
    await save(translator, segments[0].id, "The wind is blowing hard.", "translated");
    const units = await unitsOf("Le vent souffle fort.");
    expect(units.map((u) => [u.targetText, u.segmentId])).toEqual([["The wind is blowing hard.", segments[0].id]]);
    // Updated in place: the same unit, its index entry following the new text.
    expect(units[0].id).toBe(first.id);
    const indexed = await searchConcordance(db, { projectId, text: "is blowing", lang: "en" });
    expect(indexed.map((hit) => hit.unitId)).toEqual([first.id]);
  });

  it("merges into a pair the memory already holds when the new text is one", async () => {
    const { segments } = await newDocument("Le jour se lève. Le jour se lève.");
    await save(translator, segments[0].id, "Day breaks.", "translated");
    await save(translator, segments[1].id, "The day rises.", "translated");
    await save(translator, segments[1].id, "Day breaks.", "translated");
    expect((await unitsOf("Le jour se lève.")).map((u) => [u.targetText, u.segmentId])).toEqual([["Day breaks.", segments[1].id]]);
  });

  it("removes a rejected translation's unit, unless another segment or a TMX file gives the same pair", async () => {
    const a = await newDocument("La pluie tombe.");
    const b = await newDocument("La pluie tombe. Le soleil brille.");
    await save(translator, a.segments[0].id, "The rain falls.", "translated");
    await save(reviewer, a.segments[0].id, "The rain falls.", "rejected");
    expect(await unitsOf("La pluie tombe.")).toEqual([]);

    // Another segment confirms the same pair: rejecting the first one keeps it, linked to the other.
    await save(translator, a.segments[0].id, "The rain is falling.", "translated");
    await save(translator, b.segments[0].id, "The rain is falling.", "translated");
    await save(reviewer, b.segments[0].id, "The rain is falling.", "rejected");
    expect((await unitsOf("La pluie tombe.")).map((u) => [u.targetText, u.segmentId])).toEqual([["The rain is falling.", a.segments[0].id]]);

    // A TMX file gave the pair before a segment took it over: rejecting falls back to the file's unit.
    await writeUnits(db, projectId, [
      {
        sourceText: "Le soleil brille.",
        targetText: "The sun shines.",
        status: "imported",
        origin: "tmx",
        authorName: "TMX author",
        metadata: '{"props":[["x-note","kept"]]}',
      },
    ]);
    await save(translator, b.segments[1].id, "The sun shines.", "translated");
    expect((await unitsOf("Le soleil brille."))[0]).toMatchObject({ status: "translated", origin: "segment", segmentId: b.segments[1].id });
    await save(reviewer, b.segments[1].id, "The sun shines.", "rejected");
    const [unit] = await unitsOf("Le soleil brille.");
    expect(unit).toMatchObject({ status: "imported", origin: "tmx", segmentId: null, authorName: "TMX author" });
    expect(JSON.parse(unit.metadata)).toEqual({ props: [["x-note", "kept"]] });
  });

  it("keeps one unit per pair: the best-reviewed wins over a newer confirmation, the newest among equals", async () => {
    const a = await newDocument("Le train part.");
    const b = await newDocument("Le train part.");
    await save(translator, a.segments[0].id, "The train leaves.", "translated");
    await save(reviewer, a.segments[0].id, "The train leaves.", "approved");
    await save(translator, b.segments[0].id, "The train leaves.", "translated");
    expect((await unitsOf("Le train part.")).map((u) => [u.status, u.segmentId])).toEqual([["approved", a.segments[0].id]]);
    const c = await newDocument("Le train part.");
    await save(reviewer, c.segments[0].id, "The train leaves.", "approved");
    expect((await unitsOf("Le train part.")).map((u) => [u.status, u.segmentId])).toEqual([["approved", c.segments[0].id]]);
  });

  it("records aligned pairs as aligned units, replaced when aligned again", async () => {
    const { documentId } = await newDocument("Le fleuve coule.\n\nLe pont tient.", "Aligned");
    await importTranslation(db, { actor: translator, documentId, content: "The river flows.\n\nThe bridge holds.", format: "txt" });
    const units = await db.tmUnit.findMany({ where: { projectId, documentId }, orderBy: { sourceText: "asc" } });
    expect(units.map((u) => [u.sourceText, u.targetText, u.status, u.origin])).toEqual([
      ["Le fleuve coule.", "The river flows.", "aligned", "alignment"],
      ["Le pont tient.", "The bridge holds.", "aligned", "alignment"],
    ]);
    expect(units[0].contextHash).toBe(contextHash("", "Le pont tient."));
    await importTranslation(db, { actor: translator, documentId, content: "The river runs.\n\nThe bridge holds.", format: "txt", replace: true });
    const again = await db.tmUnit.findMany({ where: { projectId, documentId }, orderBy: { sourceText: "asc" } });
    expect(again.map((u) => u.targetText)).toEqual(["The river runs.", "The bridge holds."]);
  });

  it("a confirmation takes over an aligned pair; re-aligning never removes a confirmed one", async () => {
    const { documentId, segments } = await newDocument("La route monte.", "Road");
    await importTranslation(db, { actor: translator, documentId, content: "The road climbs.", format: "txt" });
    await save(translator, segments[0].id, "The road climbs.", "translated");
    expect((await unitsOf("La route monte.")).map((u) => [u.status, u.origin])).toEqual([["translated", "segment"]]);
    await importTranslation(db, { actor: translator, documentId, content: "The road rises.", format: "txt", replace: true });
    expect((await unitsOf("La route monte.")).map((u) => [u.targetText, u.status]).sort()).toEqual([
      ["The road climbs.", "translated"],
      ["The road rises.", "aligned"],
    ]);
  });
});
