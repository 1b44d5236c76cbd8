import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseWebAnnotations } from "@/core/annotations/parse-web-annotations";
import { readTmxUnits } from "@/core/formats/tmx/read-tmx";
import type { Actor } from "@/server/access/actor";
import { createAnnotation } from "@/server/annotations/create-annotation";
import { importDocument } from "@/server/documents/import-document";
import type { ArchiveManifest } from "@/server/operations/export-project-archive";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { runExchangeJob } from "@/server/workers/exchange-jobs";
import { answer, apiRequest, routeParams, tokenFor } from "./api-harness";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";

// GET /api/v1/projects/{projectId}/archive: the whole project as one zip, every file of which our
// own readers take back (the strict XLIFF 2 reader with the OASIS schemas, the TBX and TMX readers,
// the Web Annotation reader), with a manifest that counts what is in it.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const { GET } = await import("@/app/api/v1/projects/[projectId]/archive/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

let owner: Actor;
let projectId: string;
let firstDocumentId: string;

async function confirm(actor: Actor, segmentId: string, targetText: string) {
  const row = await db.segment.findUniqueOrThrow({ where: { id: segmentId } });
  await saveSegment(db, { actor, segmentId, baseVersion: row.version, targetText, status: "translated" });
}

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Dépêches de décembre" })).id;
  firstDocumentId = (
    await importDocument(db, { actor: owner, projectId, title: "Le Pentagone", content: "Le Pentagone évoque un risque. Il pleut sur Paris." })
  ).documentId;
  // The same title twice: two files all the same.
  await importDocument(db, { actor: owner, projectId, title: "Le Pentagone", content: "Une autre dépêche. Elle est courte. Trois phrases." });
  const [first, second] = await db.segment.findMany({ where: { documentId: firstDocumentId }, orderBy: { position: "asc" } });
  await confirm(owner, first.id, "The Pentagon cites a risk.");
  await confirm(owner, second.id, "It is raining on Paris.");
  await createAnnotation(db, { actor: owner, segmentId: first.id, start: 3, end: 12, kind: "note", body: "The US Department of Defense." });
  await db.termEntry.create({ data: { projectId, source: "risque", preferred: "risk" } });
  await db.termEntry.create({ data: { projectId, source: "dépêche", preferred: "dispatch" } });
});

async function download(actor: Actor, id = projectId) {
  const token = await tokenFor(db, actor, "read");
  return GET(apiRequest(`/projects/${id}/archive`, { token }), routeParams({ projectId: id }));
}

describe("the project archive", () => {
  it("holds every document as XLIFF, the glossary as TBX, the memory as TMX, annotations as JSON-LD and a manifest, each read back by our readers", async () => {
    const response = await download(owner);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain('filename="Depeches-de-decembre-archive.zip"');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const text = (name: string) => new TextDecoder().decode(files[name]);

    expect(Object.keys(files).sort()).toEqual([
      "annotations/Le-Pentagone-2.annotations.jsonld",
      "annotations/Le-Pentagone.annotations.jsonld",
      "documents/Le-Pentagone-2.xlf",
      "documents/Le-Pentagone.xlf",
      "glossary.tbx",
      "manifest.json",
      "memory.tmx",
    ]);
    const manifest = JSON.parse(text("manifest.json")) as ArchiveManifest;
    expect(manifest).toMatchObject({
      format: "lisiere-project-archive",
      formatVersion: 1,
      app: { name: "Lisière" },
      project: { id: projectId, name: "Dépêches de décembre", sourceLanguage: "fr", targetLanguage: "en" },
      glossary: { file: "glossary.tbx", entries: 2 },
      memory: { file: "memory.tmx", units: 2 },
      counts: { documents: 2, segments: 5, annotations: 1, glossaryEntries: 2, memoryUnits: 2 },
    });
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.parse(manifest.createdAt)).not.toBeNaN();
    expect(manifest.documents.map((d) => [d.id === firstDocumentId, d.segments, d.annotations, d.files.xliff])).toEqual([
      [true, 2, 1, "documents/Le-Pentagone.xlf"],
      [false, 3, 0, "documents/Le-Pentagone-2.xlf"],
    ]);

    for (const document of manifest.documents) {
      const { document: xliff, dropped } = await runExchangeJob({ kind: "xliff", content: files[document.files.xliff] });
      expect(dropped).toEqual([]);
      expect(xliff.title).toBe("Le Pentagone");
      expect(xliff.units.flatMap((u) => u.segments)).toHaveLength(document.segments);
      expect(parseWebAnnotations(text(document.files.annotations))).toHaveLength(document.annotations);
    }
    const firstXliff = (await runExchangeJob({ kind: "xliff", content: files["documents/Le-Pentagone.xlf"] })).document;
    expect(firstXliff.units.flatMap((u) => u.segments).map((s) => s.target)).toEqual(["The Pentagon cites a risk.", "It is raining on Paris."]);
    expect(parseWebAnnotations(text("annotations/Le-Pentagone.annotations.jsonld"))[0]).toMatchObject({
      anchor: { exact: "Pentagone" },
      note: "The US Department of Defense.",
    });

    const glossary = await runExchangeJob({ kind: "glossary", bytes: files["glossary.tbx"], fileName: "glossary.tbx", maxBytes: 1 << 20 });
    expect(glossary.format).toBe("tbx");
    expect(glossary.entries.map((e) => [e.source, e.preferred]).sort()).toEqual([
      ["dépêche", "dispatch"],
      ["risque", "risk"],
    ]);
    const memory = readTmxUnits(files["memory.tmx"]);
    expect(memory.units.map((u) => u.target.text).sort()).toEqual(["It is raining on Paris.", "The Pentagon cites a risk."]);
  });

  it("is for members who may export: a viewer gets it, someone outside the project gets 404 and no bytes", async () => {
    const viewer = await createUser(db, { projectId, role: "viewer" });
    expect((await download(viewer)).status).toBe(200);
    const outsider = await createUser(db);
    const refused = await answer(await download(outsider));
    expect(refused).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: "Project not found." } } });
  });

  it("is an empty project's too: a glossary, a memory and a manifest with nothing in them", async () => {
    const empty = (await createProject(db, { actor: owner, name: "Vide" })).id;
    const files = unzipSync(new Uint8Array(await (await download(owner, empty)).arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["glossary.tbx", "manifest.json", "memory.tmx"]);
    expect(JSON.parse(new TextDecoder().decode(files["manifest.json"])).counts).toEqual({
      documents: 0,
      segments: 0,
      annotations: 0,
      glossaryEntries: 0,
      memoryUnits: 0,
    });
    expect(readTmxUnits(files["memory.tmx"]).units).toEqual([]);
  });
});
