import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createProject } from "@/server/projects/create-project";
import { receiveTmxUpload } from "@/server/tm/tmx-upload";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";

// GET and POST /api/projects/:id/memory/tmx as the Memory page calls them; only the session lookup is faked.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const { GET, POST } = await import("@/app/api/projects/[projectId]/memory/tmx/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

const OTHER_TOOL = fs.readFileSync(path.resolve("core/formats/tmx/__fixtures__/other-tool.tmx"));
let projectId: string;
let translator: Actor;
let viewer: Actor;

beforeAll(async () => {
  const owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Presse / Défense" })).id;
  translator = await createUser(db, { projectId, role: "translator" });
  viewer = await createUser(db, { projectId, role: "viewer" });
});

/** A streamed body of `data`, counting how much of it the server reads. */
function upload(data: Uint8Array, query = "fileName=agence.tmx", headers: Record<string, string> = {}) {
  const counter = { read: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.read >= data.byteLength) return controller.close();
        const chunk = data.subarray(counter.read, counter.read + 1024);
        counter.read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const init = { method: "POST", body, headers: { "content-type": "application/x-tmx+xml", ...headers }, duplex: "half" };
  const request = new NextRequest(`http://localhost/api/projects/${projectId}/memory/tmx?${query}`, init as ConstructorParameters<typeof NextRequest>[1]);
  return { request, counter };
}

const params = (id = projectId) => ({ params: Promise.resolve({ projectId: id }) });

describe("POST /api/projects/:id/memory/tmx", () => {
  it("answers 401 without a session and 403 to a viewer, before reading any of the body", async () => {
    for (const [actor, status] of [
      [null, 401],
      [viewer, 403],
    ] as const) {
      routeSession.actor = actor;
      const { request, counter } = upload(new Uint8Array(OTHER_TOOL));
      expect((await POST(request, params())).status).toBe(status);
      expect(counter.read).toBe(0);
    }
  });

  it("imports the file and answers the counts", async () => {
    routeSession.actor = translator;
    const response = await POST(upload(new Uint8Array(OTHER_TOOL)).request, params());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ read: 6, imported: 4, skipped: 2, inserted: 4, updated: 0 });
    expect(await db.tmUnit.count({ where: { projectId } })).toBe(4);
  });

  it("answers a malformed file with 400 and a one-line message naming the line", async () => {
    routeSession.actor = translator;
    const broken = new TextEncoder().encode(new TextDecoder().decode(OTHER_TOOL).replace("</tu>", "</tuv>"));
    const response = await POST(upload(broken).request, params());
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; message: string; details: { reason: string } };
    expect(body.code).toBe("INVALID_INPUT");
    expect(body.details.reason).toBe("MALFORMED_XML");
    expect(body.message).toMatch(/^The file is not well-formed XML \(line \d+\): [^\n]+$/);
  });

  it("answers 413 to a declared size past the limit without reading it, and 400 to a bad id", async () => {
    routeSession.actor = translator;
    const { request, counter } = upload(new Uint8Array(OTHER_TOOL), "fileName=a.tmx", { "content-length": String(300 * 1048576) });
    const response = await POST(request, params());
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "TOO_LARGE", message: "The file is larger than the 200 MB limit." });
    expect(counter.read).toBe(0);
    expect((await POST(upload(new Uint8Array(OTHER_TOOL)).request, params("x".repeat(101)))).status).toBe(400);
  });

  it("stops receiving an undeclared body as soon as it passes the limit", async () => {
    const { request, counter } = upload(new Uint8Array(50_000));
    await expect(receiveTmxUpload(request.body, 0, 10_000)).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(counter.read).toBeLessThanOrEqual(12_000);
  });
});

describe("GET /api/projects/:id/memory/tmx", () => {
  it("streams the memory as a TMX attachment with a safe file name", async () => {
    routeSession.actor = viewer;
    const response = await GET(new NextRequest(`http://localhost/api/projects/${projectId}/memory/tmx`), params());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tmx+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Presse-Defense-memory.tmx"; filename*=UTF-8''Presse-Defense-memory.tmx`);
    const text = await response.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    expect(text.match(/<tu /g)).toHaveLength(4);
  });

  it("is not found for someone outside the project", async () => {
    routeSession.actor = await createUser(db);
    const response = await GET(new NextRequest(`http://localhost/api/projects/${projectId}/memory/tmx`), params());
    expect(response.status).toBe(404);
  });
});
