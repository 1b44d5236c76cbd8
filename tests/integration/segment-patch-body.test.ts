import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";

// PATCH /api/segments/:id as machine clients call it; only the session lookup is faked.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const { PATCH } = await import("@/app/api/segments/[segmentId]/route");

const { db } = createTestDb();
routeSession.db = db;
let segmentId: string;
let translator: Actor;

beforeAll(async () => {
  const owner = await createUser(db);
  const project = await createProject(db, { actor: owner, name: "Bodies" });
  const { documentId } = await importDocument(db, { actor: owner, projectId: project.id, content: "Une phrase." });
  segmentId = (await db.segment.findFirstOrThrow({ where: { documentId } })).id;
  translator = await createUser(db, { projectId: project.id, role: "translator" });
});

/** A PATCH whose body is `megabytes` of JSON-looking bytes, counting how much the server reads. */
function bigPatch(megabytes: number, declare: boolean) {
  const counter = { read: 0 };
  const total = megabytes * 1048576;
  const chunk = new Uint8Array(65_536).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.read >= total) return controller.close();
        counter.read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (declare) headers["content-length"] = String(total);
  const request = new NextRequest(`http://localhost/api/segments/${segmentId}`, { method: "PATCH", body, headers, duplex: "half" } as ConstructorParameters<
    typeof NextRequest
  >[1]);
  return { request, counter };
}

const call = (request: NextRequest) => PATCH(request, { params: Promise.resolve({ segmentId }) });

describe("PATCH /api/segments/:id", () => {
  it("answers 401 to a caller without a session before reading any of a 50 MB body", async () => {
    routeSession.actor = null;
    for (const declare of [true, false]) {
      const { request, counter } = bigPatch(50, declare);
      const response = await call(request);
      expect(response.status).toBe(401);
      expect(counter.read).toBe(0);
    }
  });

  it("answers 413 with a clear JSON message to a member sending too much, reading at most the limit", async () => {
    routeSession.actor = translator;
    const declared = bigPatch(50, true);
    const refused = await call(declared.request);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      code: "TOO_LARGE",
      message: "The request body is over the 1 MB limit.",
      details: { reason: "TOO_LARGE", limit: 1048576 },
    });
    expect(declared.counter.read).toBe(0);
    const undeclared = bigPatch(50, false);
    expect((await call(undeclared.request)).status).toBe(413);
    expect(undeclared.counter.read).toBeLessThan(2 * 1048576);
  });

  it("still saves a normal body", async () => {
    routeSession.actor = translator;
    const response = await call(
      new NextRequest(`http://localhost/api/segments/${segmentId}`, { method: "PATCH", body: JSON.stringify({ baseVersion: 1, targetText: "A sentence." }) }),
    );
    expect(response.status).toBe(200);
    expect((await db.segment.findUniqueOrThrow({ where: { id: segmentId } })).targetText).toBe("A sentence.");
  });
});
