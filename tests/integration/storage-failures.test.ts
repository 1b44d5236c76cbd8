import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { BUSY_TIMEOUT_MS } from "@/server/db/sqlite-adapter";
import type { Db } from "@/server/db/client";
import { importDocument } from "@/server/documents/import-document";
import { AppError } from "@/server/errors";
import { createProject } from "@/server/projects/create-project";
import { saveSegment } from "@/server/segments/save-segment";
import { createTestDb, createUser, testDatabaseKind } from "./test-db";

/**
 * A write that fails at the storage (a full disk, a read-only file, a commit that fails) must be
 * reported as a coded error, change nothing, and leave the connection usable: the next save
 * succeeds without a restart. Each test has its own database, so a hang in one cannot hide another.
 */

let open: Db[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.$disconnect()));
  open = [];
});

async function documentWithSegments(): Promise<{ db: Db; owner: Actor; segments: { id: string; version: number }[] }> {
  const { db } = createTestDb();
  open.push(db);
  const owner = await createUser(db);
  const projectId = (await createProject(db, { actor: owner, name: "Storage" })).id;
  const { documentId } = await importDocument(db, { actor: owner, projectId, content: "Une phrase. Une autre phrase.\n\nUn troisième paragraphe." });
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return { db, owner, segments };
}

/** The promise's outcome, or "still pending" after `ms`: a hang shows as a failed expectation, not a test timeout. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | "still pending"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"still pending">((resolve) => (timer = setTimeout(() => resolve("still pending"), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const pageCount = async (db: Db) => Number((await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count"))[0].page_count);

// These failures are SQLite's (a full or read-only file, a held write lock); PostgreSQL's are mapped
// to the same coded errors in server/db/storage-failure.test.ts.
describe.skipIf(testDatabaseKind === "postgres")("writes recover after a storage failure", () => {
  it("runs SQLite in WAL mode with a busy timeout", async () => {
    const { db } = await documentWithSegments();
    expect((await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode"))[0].journal_mode).toBe("wal");
    expect(Number((await db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout"))[0].timeout)).toBe(BUSY_TIMEOUT_MS);
  });

  it("a commit that fails does not leave every later save waiting forever", async () => {
    const { db, owner, segments } = await documentWithSegments();
    // A real SQLite failure at COMMIT (as a full disk gives in WAL mode): a deferred foreign key.
    const failedCommit = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.$executeRawUnsafe(
        `INSERT INTO "Membership" ("id", "projectId", "userId", "role", "createdAt") VALUES ('m-orphan', 'no-such-project', 'no-such-user', 'viewer', 0)`,
      );
    });
    await expect(within(5_000, failedCommit)).rejects.toThrow(/foreign ?key/i);

    const next = await within(5_000, saveSegment(db, { actor: owner, segmentId: segments[0].id, baseVersion: segments[0].version, targetText: "A sentence." }));
    expect(next).toMatchObject({ targetText: "A sentence.", version: segments[0].version + 1 });
    // The failed transaction was rolled back, not left open on the connection.
    expect(await db.membership.count({ where: { id: "m-orphan" } })).toBe(0);
  });

  it("a full disk is a coded error that changes nothing, and the same save succeeds once there is room", async () => {
    const { db, owner, segments } = await documentWithSegments();
    const segment = segments[1];
    // The database may not grow by a single page: as on a full disk, SQLite answers SQLITE_FULL.
    await db.$executeRawUnsafe(`PRAGMA max_page_count = ${await pageCount(db)}`);
    const save = () => saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: segment.version, targetText: "Another sentence, ".repeat(3_000) });

    const full = await failure(within(5_000, save()));
    expect(full.code).toBe("STORAGE_FULL");
    expect(full.message).toBe("The server could not save: the disk is full. Nothing was changed; try again once space has been freed.");
    expect(await db.segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ targetText: "", version: segment.version });
    expect(await db.segmentRevision.count({ where: { segmentId: segment.id } })).toBe(0);

    await db.$executeRawUnsafe("PRAGMA max_page_count = 1073741823");
    expect(await within(5_000, save())).toMatchObject({ version: segment.version + 1 });
  });

  it("a read-only database is a coded error, and saving works again once it is writable", async () => {
    const { db, owner, segments } = await documentWithSegments();
    const segment = segments[2];
    await db.$executeRawUnsafe("PRAGMA query_only = ON");
    const save = () => saveSegment(db, { actor: owner, segmentId: segment.id, baseVersion: segment.version, targetText: "A third paragraph." });

    const readOnly = await failure(within(5_000, save()));
    expect(readOnly.code).toBe("STORAGE_READ_ONLY");
    expect(readOnly.message).toMatch(/^The server could not save: the database is read-only\./);

    await db.$executeRawUnsafe("PRAGMA query_only = OFF");
    expect(await within(5_000, save())).toMatchObject({ targetText: "A third paragraph.", version: segment.version + 1 });
  });
});
