import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { EXPORT_FORMATS } from "@/server/documents/export-document";
import { MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";
import { answer, apiRequest, routeParams, tokenFor } from "./api-harness";

// Every /api/v1 endpoint called as a client would, with a real token; only getDb and the session
// and address lookups (next/headers) are replaced.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const projects = await import("@/app/api/v1/projects/route");
const project = await import("@/app/api/v1/projects/[projectId]/route");
const documents = await import("@/app/api/v1/projects/[projectId]/documents/route");
const document = await import("@/app/api/v1/documents/[documentId]/route");
const segments = await import("@/app/api/v1/documents/[documentId]/segments/route");
const exportRoute = await import("@/app/api/v1/documents/[documentId]/export/route");
const segment = await import("@/app/api/v1/segments/[segmentId]/route");
const comments = await import("@/app/api/v1/segments/[segmentId]/comments/route");
const glossary = await import("@/app/api/v1/projects/[projectId]/glossary/route");
const memorySearch = await import("@/app/api/v1/projects/[projectId]/memory/search/route");
const memoryMatches = await import("@/app/api/v1/projects/[projectId]/memory/matches/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

const DEMO = fs.readFileSync("prisma/seed/anthropic-pentagone.fr.txt");
let owner: Actor;
let projectId: string;
let token: string;
let documentId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "API" })).id;
  token = await tokenFor(db, owner, "write");
  await db.termEntry.create({ data: { projectId, source: "chaîne d'approvisionnement", preferred: "supply chain" } });
  const imported = await answer(
    await documents.POST(apiRequest(`/projects/${projectId}/documents?fileName=demo.txt`, { method: "POST", token, body: DEMO }), routeParams({ projectId })),
  );
  expect(imported.status).toBe(201);
  documentId = imported.body.documentId;
});

async function firstSegments(limit: number, cursor?: number) {
  const query = `limit=${limit}${cursor === undefined ? "" : `&cursor=${cursor}`}`;
  return answer(await segments.GET(apiRequest(`/documents/${documentId}/segments?${query}`, { token }), routeParams({ documentId })));
}

describe("/api/v1", () => {
  it("lists projects and shows one", async () => {
    const list = await answer(await projects.GET(apiRequest("/projects", { token }), routeParams({})));
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([projectId]);
    const one = await answer(await project.GET(apiRequest(`/projects/${projectId}`, { token }), routeParams({ projectId })));
    expect(one.body).toMatchObject({ id: projectId, name: "API", role: "owner", documentCount: 1 });
  });

  it("imported the demo article: listed, shown, segments paged by cursor", async () => {
    const list = await answer(await documents.GET(apiRequest(`/projects/${projectId}/documents`, { token }), routeParams({ projectId })));
    expect(list.body.data.map((d: { id: string }) => d.id)).toEqual([documentId]);
    const one = await answer(await document.GET(apiRequest(`/documents/${documentId}`, { token }), routeParams({ documentId })));
    expect(one.body).toMatchObject({ id: documentId, projectId, title: "demo" });
    const total = one.body.progress.segments;
    expect(total).toBeGreaterThan(10);
    const first = await firstSegments(4);
    expect(first.body.data).toHaveLength(4);
    const second = await firstSegments(4, first.body.nextCursor);
    expect(second.body.data[0].position).toBeGreaterThan(first.body.data[3].position);
    const all = await firstSegments(500);
    expect(all.body.data).toHaveLength(total);
    expect(all.body.nextCursor).toBeNull();
  });

  it("imports a multipart upload too", async () => {
    const form = new FormData();
    form.append("file", new File(["# Titre\n\nUne phrase."], "note.md"));
    const imported = await answer(
      await documents.POST(apiRequest(`/projects/${projectId}/documents`, { method: "POST", token, body: form }), routeParams({ projectId })),
    );
    expect(imported.status).toBe(201);
    expect(imported.body.segments).toBe(2);
  });

  it("refuses an upload over the import limit by its declared size, before reading it (413)", async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65);
    const refused = await answer(
      await documents.POST(
        apiRequest(`/projects/${projectId}/documents?fileName=big.txt`, {
          method: "POST",
          token,
          body: big,
          headers: { "content-length": String(big.byteLength) },
        }),
        routeParams({ projectId }),
      ),
    );
    expect(refused).toMatchObject({ status: 413, body: { error: { code: "TOO_LARGE" } } });
    const empty = await answer(
      await documents.POST(apiRequest(`/projects/${projectId}/documents?fileName=e.txt`, { method: "POST", token }), routeParams({ projectId })),
    );
    expect(empty).toMatchObject({ status: 400, body: { error: { code: "INVALID_INPUT" } } });
  });

  it("saves a segment with the version check: 409 with the current version on a stale one", async () => {
    const [row] = (await firstSegments(1)).body.data;
    const read = await answer(await segment.GET(apiRequest(`/segments/${row.id}`, { token }), routeParams({ segmentId: row.id })));
    expect(read.body).toMatchObject({ id: row.id, documentId, version: row.version });
    const save = (baseVersion: number, targetText: string) =>
      segment.PATCH(
        apiRequest(`/segments/${row.id}`, { method: "PATCH", token, json: { baseVersion, targetText, status: "translated" } }),
        routeParams({ segmentId: row.id }),
      );
    const saved = await answer(await save(row.version, "Anthropic and the Pentagon."));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ targetText: "Anthropic and the Pentagon.", status: "translated", version: row.version + 1 });
    const stale = await answer(await save(row.version, "Overwrite?"));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", details: { currentVersion: row.version + 1, theirs: "Anthropic and the Pentagon." } });
    expect((await db.segment.findUniqueOrThrow({ where: { id: row.id } })).targetText).toBe("Anthropic and the Pentagon.");
  });

  it("refuses a body that is not the schema with 400 and its field", async () => {
    const [row] = (await firstSegments(1)).body.data;
    const bad = await answer(
      await segment.PATCH(apiRequest(`/segments/${row.id}`, { method: "PATCH", token, json: { targetText: 3 } }), routeParams({ segmentId: row.id })),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("INVALID_INPUT");
    expect(bad.body.error.message).toMatch(/^targetText: /);
  });

  it("searches the memory (concordance and matches) after a confirmed save", async () => {
    const [row] = (await firstSegments(1)).body.data;
    const word = row.sourceText.split(/\s+/)[0];
    const hits = await answer(
      await memorySearch.GET(apiRequest(`/projects/${projectId}/memory/search?q=${encodeURIComponent(word)}`, { token }), routeParams({ projectId })),
    );
    expect(hits.status).toBe(200);
    expect(hits.body.data.some((h: { target: string }) => h.target === "Anthropic and the Pentagon.")).toBe(true);
    const matches = await answer(
      await memoryMatches.GET(
        apiRequest(`/projects/${projectId}/memory/matches?source=${encodeURIComponent(row.sourceText)}`, { token }),
        routeParams({ projectId }),
      ),
    );
    expect(matches.body.data[0]).toMatchObject({ target: "Anthropic and the Pentagon.", score: 100 });
    const empty = await answer(await memorySearch.GET(apiRequest(`/projects/${projectId}/memory/search`, { token }), routeParams({ projectId })));
    expect(empty.status).toBe(400);
  });

  it("exports the document in every export format", async () => {
    for (const format of EXPORT_FORMATS) {
      const response = await exportRoute.GET(apiRequest(`/documents/${documentId}/export?format=${format}`, { token }), routeParams({ documentId }));
      expect(response.status, format).toBe(200);
      expect(response.headers.get("content-disposition"), format).toContain("attachment");
      expect((await response.arrayBuffer()).byteLength, format).toBeGreaterThan(0);
    }
    const xliff = await exportRoute.GET(apiRequest(`/documents/${documentId}/export?format=xliff`, { token }), routeParams({ documentId }));
    expect(await xliff.text()).toContain("Anthropic and the Pentagon.");
    const unknown = await answer(await exportRoute.GET(apiRequest(`/documents/${documentId}/export?format=pdf`, { token }), routeParams({ documentId })));
    expect(unknown.status).toBe(400);
  });

  it("gives the glossary as JSON, TBX and CSV", async () => {
    const asJson = await answer(await glossary.GET(apiRequest(`/projects/${projectId}/glossary`, { token }), routeParams({ projectId })));
    expect(asJson.body.data).toEqual([expect.objectContaining({ source: "chaîne d'approvisionnement", preferred: "supply chain" })]);
    for (const format of ["tbx", "csv"]) {
      const file = await glossary.GET(apiRequest(`/projects/${projectId}/glossary?format=${format}`, { token }), routeParams({ projectId }));
      expect(await file.text()).toContain("supply chain");
    }
  });

  it("writes and lists comments on a segment", async () => {
    const [row] = (await firstSegments(1)).body.data;
    const created = await answer(
      await comments.POST(
        apiRequest(`/segments/${row.id}/comments`, { method: "POST", token, json: { body: "Check the name." } }),
        routeParams({ segmentId: row.id }),
      ),
    );
    expect(created.status).toBe(201);
    const listed = await answer(await comments.GET(apiRequest(`/segments/${row.id}/comments`, { token }), routeParams({ segmentId: row.id })));
    expect(listed.body.data.map((t: { root: { body: string } }) => t.root.body)).toEqual(["Check the name."]);
  });

  it("answers 404 for what does not exist", async () => {
    const missing = await answer(await segment.GET(apiRequest("/segments/nope", { token }), routeParams({ segmentId: "nope" })));
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });
});
