import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { checkDocument } from "@/server/qa/check-document";
import { loadQaContext } from "@/server/qa/load-qa-context";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

const { db } = createTestDb();
let owner: Actor;
let projectId: string;
let documentId: string;
let segmentIds: string[];

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "QA report" })).id;
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: "Une phrase. Une autre phrase.\n\nUn troisième paragraphe." }));
  segmentIds = (await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } })).map((s) => s.id);
  await saveSegment(db, { actor: owner, segmentId: segmentIds[0], baseVersion: 1, targetText: "A sentence." });
  await saveSegment(db, { actor: owner, segmentId: segmentIds[1], baseVersion: 1, targetText: "   " });
});
afterAll(() => db.$disconnect());

describe("checkDocument", () => {
  it("checks the translated segments and counts the empty ones apart", async () => {
    const report = await checkDocument(db, owner, documentId);
    expect(report.documentId).toBe(documentId);
    expect(report.checked).toBe(1);
    expect(report.empty).toBe(2);
  });

  it("is open to every member, viewers included, and hidden from strangers", async () => {
    const viewer = await createUser(db, { projectId, role: "viewer" });
    expect((await checkDocument(db, viewer, documentId)).checked).toBe(1);
    const stranger = await createUser(db);
    expect((await errorOf(checkDocument(db, stranger, documentId))).code).toBe("NOT_FOUND");
    expect((await errorOf(checkDocument(db, owner, "no-such-document"))).code).toBe("NOT_FOUND");
  });
});

describe("loadQaContext", () => {
  it("reads the settings with defaults and compiles the glossary once per change of the termbase", async () => {
    const empty = await loadQaContext(db, projectId);
    expect(empty.settings.checks.number).toEqual({ enabled: true, severity: "error" });
    expect(empty.glossary).toBeUndefined();

    await db.termEntry.create({
      data: { projectId, source: "risque", preferred: "risk", admitted: JSON.stringify(["hazard"]), forbidden: JSON.stringify(["jeopardy"]) },
    });
    await db.termEntry.create({ data: { projectId, source: "note seule", preferred: "" } });
    const first = await loadQaContext(db, projectId);
    expect(first.glossary?.entries).toEqual([expect.objectContaining({ source: "risque", accepted: ["risk", "hazard"], forbidden: ["jeopardy"] })]);
    expect((await loadQaContext(db, projectId)).glossary).toBe(first.glossary);

    await db.termEntry.updateMany({ where: { projectId, source: "risque" }, data: { preferred: "peril", updatedAt: new Date(Date.now() + 1000) } });
    const edited = await loadQaContext(db, projectId);
    expect(edited.glossary).not.toBe(first.glossary);
    expect(edited.glossary?.entries[0].accepted).toEqual(["peril", "hazard"]);
  });
});
