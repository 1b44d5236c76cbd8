import { spawnSync } from "node:child_process";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseXliff12 } from "@/core/formats/xliff12/parse-xliff12";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";

// GET /api/documents/:id/export?format=xliff12 as the Export menu calls it; only the session lookup is faked.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const exporter = await import("@/app/api/documents/[documentId]/export/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());
const SCHEMA = path.resolve("core/formats/xliff12/__fixtures__/schemas/xliff-core-1.2-strict.xsd");
let documentId: string;
beforeAll(async () => {
  routeSession.actor = await createUser(db);
  const projectId = (await createProject(db, { actor: routeSession.actor, name: "Route" })).id;
  ({ documentId } = await importDocument(db, { actor: routeSession.actor, projectId, content: "Titre\n\nIl pleut. Il neige.", title: "Météo" }));
});

describe("the export route with format=xliff12", () => {
  it("downloads XLIFF 1.2 that validates against the strict schema, one trans-unit per segment", async () => {
    const request = new NextRequest(`http://localhost/api/documents/${documentId}/export?format=xliff12`);
    const response = await exporter.GET(request, { params: Promise.resolve({ documentId }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xliff+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/\.fr-en\.xliff12\.xlf/u);
    const xml = await response.text();
    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "-"], { input: xml, encoding: "utf8" });
    if (lint.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${lint.error.message}`);
    expect(lint.status, lint.stderr).toBe(0);
    expect(parseXliff12(xml).units.map((u) => [u.kind, u.segments.map((s) => s.source)])).toEqual([
      ["heading", ["Titre"]],
      ["paragraph", ["Il pleut.", "Il neige."]],
    ]);
  });

  it("still refuses a format it does not know, naming xliff12 among the choices", async () => {
    const request = new NextRequest(`http://localhost/api/documents/${documentId}/export?format=xliff13`);
    const response = await exporter.GET(request, { params: Promise.resolve({ documentId }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("xliff12");
  });
});
