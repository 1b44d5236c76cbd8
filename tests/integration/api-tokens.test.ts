import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { userActor } from "@/server/access/actor";
import { hashApiTokenSecret } from "@/server/api-tokens/api-token-secret";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { listApiTokens } from "@/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, testDatabaseKind, createUser } from "./test-db";
import { routeSession } from "./route-session";
import { errorOf } from "./error-of";
import { answer, apiRequest, routeParams } from "./api-harness";

vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const projectRoute = await import("@/app/api/v1/projects/[projectId]/route");

const { db, file } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

let owner: Actor;
let projectId: string;
beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Tokens" })).id;
});

const getProject = (token?: string) => projectRoute.GET(apiRequest(`/projects/${projectId}`, { token }), routeParams({ projectId }));

describe("personal access tokens", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const { token, secret } = await createApiToken(db, { actor: owner, name: "CAT sync", scope: "write" });
    expect(secret).toMatch(/^lis_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    expect(secret.startsWith(row.prefix)).toBe(true);
    // Nothing the list answers holds the secret or its hash.
    const listed = JSON.stringify(await listApiTokens(db, { actor: owner }));
    expect(listed).not.toContain(secret.slice(4, 20));
    expect(listed).not.toContain(row.tokenHash);
    // The database file itself holds no secret (SQLite: read the file; PostgreSQL: no file of ours).
    if (testDatabaseKind === "sqlite") {
      await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const fs = await import("node:fs");
      expect(fs.readFileSync(file).includes(Buffer.from(secret))).toBe(false);
    }
  });

  it("lets a valid token in and records when it was used", async () => {
    const { token, secret } = await createApiToken(db, { actor: owner, name: "reader", scope: "read" });
    expect((await answer(await getProject(secret))).status).toBe(200);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses a revoked token with 401", async () => {
    const { token, secret } = await createApiToken(db, { actor: owner, name: "to revoke", scope: "read" });
    expect((await getProject(secret)).status).toBe(200);
    await revokeApiToken(db, { actor: owner, tokenId: token.id });
    const refused = await answer(await getProject(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("UNAUTHENTICATED");
    expect((await listApiTokens(db, { actor: owner })).find((t) => t.id === token.id)?.status).toBe("revoked");
  });

  it("refuses an expired token with 401", async () => {
    const past = new Date(Date.now() - 3 * 86_400_000);
    const { token, secret } = await createApiToken(db, { actor: owner, name: "short", scope: "read", expiresInDays: 1, now: past });
    expect((await getProject(secret)).status).toBe(401);
    expect((await listApiTokens(db, { actor: owner })).find((t) => t.id === token.id)?.status).toBe("expired");
  });

  it("refuses no token, a malformed header and an unknown token with 401", async () => {
    expect((await getProject()).status).toBe(401);
    expect((await getProject("lis_" + "x".repeat(43))).status).toBe(401);
    const malformed = await projectRoute.GET(apiRequest(`/projects/${projectId}`, { headers: { authorization: "Basic abc" } }), routeParams({ projectId }));
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("lets only its owner revoke a token, and audits creation and revocation", async () => {
    const other = await createUser(db);
    const { token } = await createApiToken(db, { actor: owner, name: "audited", scope: "write", ip: "10.0.0.1" });
    expect((await errorOf(revokeApiToken(db, { actor: other, tokenId: token.id }))).code).toBe("NOT_FOUND");
    await revokeApiToken(db, { actor: owner, tokenId: token.id });
    const events = await db.auditEvent.findMany({ where: { targetId: token.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(JSON.parse(events[0].details)).toMatchObject({ name: "audited", scope: "write" });
  });

  it("does not let a token manage tokens", async () => {
    const { secret } = await createApiToken(db, { actor: owner, name: "writer", scope: "write" });
    const { actor } = await authenticateApiToken(db, `Bearer ${secret}`);
    expect((await errorOf(createApiToken(db, { actor, name: "minted", scope: "write" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(listApiTokens(db, { actor }))).code).toBe("FORBIDDEN");
    expect(actor).toEqual({ ...userActor(owner.userId!, "write") });
  });

  it("refuses a token without a name", async () => {
    expect((await errorOf(createApiToken(db, { actor: owner, name: "  ", scope: "read" }))).code).toBe("INVALID_INPUT");
  });

  it("lets the browser's own session call the API too, with the full role and no token", async () => {
    routeSession.actor = owner;
    try {
      expect((await getProject()).status).toBe(200);
      expect(await db.apiRateLimit.findUnique({ where: { key: `user:${owner.userId}` } })).toMatchObject({ count: 1 });
    } finally {
      routeSession.actor = null;
    }
  });
});
