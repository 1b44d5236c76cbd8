import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/access/actor";
import { consumeRateLimit } from "@/server/api-tokens/consume-rate-limit";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";
import { routeSession } from "./route-session";
import { errorOf } from "./error-of";
import { apiRequest, routeParams, tokenFor } from "./api-harness";

// The limits are read when the module loads (hence hoisted); small ones make the test quick.
vi.hoisted(() => {
  process.env.LISIERE_API_RATE_LIMIT = "5";
  process.env.LISIERE_API_ANONYMOUS_RATE_LIMIT = "3";
});
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
vi.mock("@/app/_lib/current-actor", () => import("./route-session").then((m) => m.currentActorModule));
const projects = await import("@/app/api/v1/projects/route");

const { db } = createTestDb();
routeSession.db = db;
afterAll(() => db.$disconnect());

let owner: Actor;
beforeAll(async () => {
  owner = await createUser(db);
  await createProject(db, { actor: owner, name: "Limits" });
});

const call = (token?: string) => projects.GET(apiRequest("/projects", { token }), routeParams({}));

describe("API rate limits", () => {
  it("answers 429 with Retry-After past the limit of a token, and counts each token apart", async () => {
    const token = await tokenFor(db, owner, "read");
    for (let i = 0; i < 5; i++) expect((await call(token)).status).toBe(200);
    const limited = await call(token);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    // Another token of the same user has its own count.
    expect((await call(await tokenFor(db, owner, "read"))).status).toBe(200);
  });

  it("limits requests without a valid token per address", async () => {
    routeSession.ip = "203.0.113.7";
    for (let i = 0; i < 3; i++) expect((await call("lis_wrong")).status).toBe(401);
    expect((await call("lis_wrong")).status).toBe(429);
    expect((await call()).status).toBe(429);
    routeSession.ip = "203.0.113.8";
    expect((await call()).status).toBe(401);
  });

  it("starts counting again in the next window", async () => {
    const rule = { limit: 2, windowMs: 1000 };
    await consumeRateLimit(db, "k", rule, 10_000);
    await consumeRateLimit(db, "k", rule, 10_500);
    const refused = await errorOf(consumeRateLimit(db, "k", rule, 10_900));
    expect(refused).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 1 } });
    expect(await consumeRateLimit(db, "k", rule, 11_000)).toEqual({ remaining: 1 });
  });

  it("keeps the count in the database, where several app servers share it", async () => {
    await consumeRateLimit(db, "shared", { limit: 10, windowMs: 60_000 }, 0);
    await consumeRateLimit(db, "shared", { limit: 10, windowMs: 60_000 }, 1);
    expect(await db.apiRateLimit.findUniqueOrThrow({ where: { key: "shared" } })).toEqual({ key: "shared", windowIndex: 0, count: 2 });
  });
});
