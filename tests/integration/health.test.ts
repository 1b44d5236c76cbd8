import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/server/db/client";
import { createTestDb } from "./test-db";
import { routeSession } from "./route-session";

// GET /api/health, for a load balancer: 200 only when the database answers and no migration is
// pending; otherwise 503 naming the part that fails; never cached, no session needed.
vi.mock("@/server/db/client", (original) => import("./route-session").then((m) => m.dbClientModule(original)));
const { GET } = await import("@/app/api/health/route");

const { db, url } = createTestDb();
// The migration check reads the database the app is configured with, as under `next start`.
vi.stubEnv("DATABASE_URL", url);
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
});

async function health() {
  const response = await GET();
  return { status: response.status, cache: response.headers.get("cache-control"), body: await response.json() };
}

describe("GET /api/health", () => {
  it("answers 200 ok, uncached, when the database answers and every migration is applied", async () => {
    routeSession.db = db;
    expect(await health()).toEqual({ status: 200, cache: "no-store", body: { status: "ok", database: "ok", migrations: "ok" } });
  });

  it("answers 503 naming the migrations when the code ships one the database lacks", async () => {
    routeSession.db = db;
    const [last] = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
    );
    const renamed = `${last.migration_name}-gone`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET migration_name = ${renamed} WHERE migration_name = ${last.migration_name}`;
    try {
      expect(await health()).toEqual({ status: 503, cache: "no-store", body: { status: "failing", database: "ok", migrations: "pending", pending: 1 } });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET migration_name = ${last.migration_name} WHERE migration_name = ${renamed}`;
    }
  });

  it("answers 503 naming the database when it cannot be reached", async () => {
    const unreachable = openDatabase(path.join(os.tmpdir(), `lisiere-no-such-folder-${process.pid}`, "gone.db"));
    routeSession.db = unreachable;
    try {
      expect(await health()).toEqual({ status: 503, cache: "no-store", body: { status: "failing", database: "unreachable", migrations: "unknown" } });
    } finally {
      await unreachable.$disconnect().catch(() => undefined);
    }
  });
});
