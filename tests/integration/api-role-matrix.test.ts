import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role, TokenScope } from "@/core/access/permissions";
import { importDocument } from "@/server/documents/import-document";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";
import { apiRequest, routeParams, tokenFor } from "./api-harness";

// The role × action matrix (role-matrix.test.ts) over the API: a token of each scope for each role,
// every endpoint, the status expected. Written out by hand from the issue: a read token never
// writes, even an owner's; a write token never goes past the role; strangers see nothing (404).
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
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
const archive = await import("@/app/api/v1/projects/[projectId]/archive/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

type Caller = Role | "stranger";
const CALLERS: Caller[] = ["owner", "translator", "reviewer", "viewer", "stranger"];
let projectId: string;
let documentId: string;
let segmentId: string;
const tokens = {} as Record<Caller, Record<TokenScope, string>>;

beforeAll(async () => {
  const owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Matrix" })).id;
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: "Une phrase. Une autre." }));
  segmentId = (await db.segment.findFirstOrThrow({ where: { documentId }, orderBy: { position: "asc" } })).id;
  for (const caller of CALLERS) {
    const actor = caller === "owner" ? owner : await createUser(db, caller === "stranger" ? {} : { projectId, role: caller });
    tokens[caller] = { read: await tokenFor(db, actor, "read"), write: await tokenFor(db, actor, "write") };
  }
});

const version = async () => (await db.segment.findUniqueOrThrow({ where: { id: segmentId } })).version;
type Call = (token: string) => Promise<Response>;
const p = () => routeParams({ projectId });
const d = () => routeParams({ documentId });
const s = () => routeParams({ segmentId });

const READS: [string, Call][] = [
  ["GET project", (t) => project.GET(apiRequest(`/projects/${projectId}`, { token: t }), p())],
  ["GET documents", (t) => documents.GET(apiRequest(`/projects/${projectId}/documents`, { token: t }), p())],
  ["GET document", (t) => document.GET(apiRequest(`/documents/${documentId}`, { token: t }), d())],
  ["GET segments", (t) => segments.GET(apiRequest(`/documents/${documentId}/segments`, { token: t }), d())],
  ["GET segment", (t) => segment.GET(apiRequest(`/segments/${segmentId}`, { token: t }), s())],
  ["export XLIFF", (t) => exportRoute.GET(apiRequest(`/documents/${documentId}/export?format=xliff`, { token: t }), d())],
  ["GET glossary", (t) => glossary.GET(apiRequest(`/projects/${projectId}/glossary`, { token: t }), p())],
  ["GET glossary TBX", (t) => glossary.GET(apiRequest(`/projects/${projectId}/glossary?format=tbx`, { token: t }), p())],
  ["search memory", (t) => memorySearch.GET(apiRequest(`/projects/${projectId}/memory/search?q=phrase`, { token: t }), p())],
  ["memory matches", (t) => memoryMatches.GET(apiRequest(`/projects/${projectId}/memory/matches?source=Une%20phrase.`, { token: t }), p())],
  ["project archive", (t) => archive.GET(apiRequest(`/projects/${projectId}/archive`, { token: t }), p())],
  ["GET comments", (t) => comments.GET(apiRequest(`/segments/${segmentId}/comments`, { token: t }), s())],
];

const WRITES: [string, Call, Record<Caller, number>][] = [
  [
    "import a document",
    (t) => documents.POST(apiRequest(`/projects/${projectId}/documents?fileName=a.txt`, { method: "POST", token: t, body: "Texte." }), p()),
    { owner: 201, translator: 201, reviewer: 201, viewer: 403, stranger: 404 },
  ],
  [
    "save a segment",
    async (t) =>
      segment.PATCH(
        apiRequest(`/segments/${segmentId}`, { method: "PATCH", token: t, json: { baseVersion: await version(), targetText: `by ${t.slice(4, 10)}` } }),
        s(),
      ),
    { owner: 200, translator: 200, reviewer: 200, viewer: 403, stranger: 404 },
  ],
  [
    "approve a segment",
    async (t) =>
      segment.PATCH(
        apiRequest(`/segments/${segmentId}`, {
          method: "PATCH",
          token: t,
          json: { baseVersion: await version(), targetText: "One sentence.", status: "approved" },
        }),
        s(),
      ),
    { owner: 200, translator: 403, reviewer: 200, viewer: 403, stranger: 404 },
  ],
  [
    "comment on a segment",
    (t) => comments.POST(apiRequest(`/segments/${segmentId}/comments`, { method: "POST", token: t, json: { body: "Hm." } }), s()),
    { owner: 201, translator: 201, reviewer: 201, viewer: 403, stranger: 404 },
  ],
];

describe("the role × action matrix over the API", () => {
  for (const [name, call] of READS) {
    it(`${name}: every member with either scope, strangers 404`, async () => {
      for (const caller of CALLERS) {
        for (const scope of ["read", "write"] as const) {
          expect((await call(tokens[caller][scope])).status, `${caller} ${scope}`).toBe(caller === "stranger" ? 404 : 200);
        }
      }
    });
  }
  for (const [name, call, expected] of WRITES) {
    it(`${name}: a write token as the role allows; a read token never`, async () => {
      for (const caller of CALLERS) {
        expect((await call(tokens[caller].write)).status, `${caller} write`).toBe(expected[caller]);
        const read = await call(tokens[caller].read);
        expect(read.status, `${caller} read`).toBe(caller === "stranger" ? 404 : 403);
      }
    });
  }

  it("says a read token is read-only, even an owner's", async () => {
    const refused = await WRITES[1][1](tokens.owner.read);
    expect((await refused.json()).error).toMatchObject({ code: "FORBIDDEN", details: { scope: "read" } });
  });
});
