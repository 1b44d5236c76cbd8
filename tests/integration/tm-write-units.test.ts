import { afterAll, describe, expect, it } from "vitest";
import { indexKeys, sourceLength } from "@/core/tm/index-keys";
import { createProject } from "@/server/projects/create-project";
import { pairHash, writeUnits, type NewUnit } from "@/server/tm/write-units";
import { createTestDb, createUser, testDatabaseKind } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

// More units than one statement and one look-up take (unit-rows.ts, write-units.ts), so that the
// batch is split and the pieces must agree.
const COUNT = 2_300;

function unit(i: number, extra: Partial<NewUnit> = {}): NewUnit {
  return {
    sourceText: `La chaîne n° ${i} « tourne » aujourd’hui\u00a0!`,
    targetText: `Line ${i} "runs" today!`,
    status: "translated",
    origin: "tmx",
    authorName: `author ${i % 7}`,
    metadata: JSON.stringify({ tuid: String(i), props: [["x-Note", 'with "quotes" \\ and\nlines']] }),
    changedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, 0, i)),
    ...extra,
  };
}

async function memory() {
  const owner = await createUser(db);
  return (await createProject(db, { actor: owner, name: `W-${Math.random()}` })).id;
}

describe("writeUnits in large batches", () => {
  it("stores every column as given, in batch order, deduplicated across statements", async () => {
    const projectId = await memory();
    const units = Array.from({ length: COUNT }, (_, i) => unit(i));
    // A repeat far from its first occurrence (in the next look-up), newer: it improves the stored unit.
    units.push(unit(3, { authorName: "newer", changedAt: new Date(Date.UTC(2025, 5, 1)) }));
    const result = await writeUnits(db, projectId, units);
    expect(result).toEqual({ inserted: COUNT, updated: 1, skipped: 0 });

    const rows = await db.tmUnit.findMany({ where: { projectId }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => r.targetText)).toEqual(units.slice(0, COUNT).map((u) => u.targetText));
    const row = rows[1_234];
    const given = units[1_234];
    expect(row).toMatchObject({
      sourceText: given.sourceText,
      pairHash: pairHash(given.sourceText, given.targetText),
      sourceKeys: indexKeys(given.sourceText),
      sourceLength: sourceLength(given.sourceText),
      metadata: given.metadata,
      authorName: given.authorName,
      contextHash: null,
      segmentId: null,
      sourceLang: "fr",
      targetLang: "en",
    });
    expect(row.updatedAt.getTime()).toBe(given.changedAt!.getTime());
    expect(row.createdAt.getTime()).toBe(given.changedAt!.getTime());
    expect(rows[3]).toMatchObject({ authorName: "newer", updatedAt: new Date(Date.UTC(2025, 5, 1)) });
    // The full-text index followed the inserts (FTS5 on SQLite; on PostgreSQL the indexed expression, read through its index).
    const indexed =
      testDatabaseKind === "postgres"
        ? await db.$queryRaw<
            { n: bigint | number }[]
          >`SELECT count(*) AS n FROM "TmUnit" WHERE to_tsvector('english', "targetText") @@ to_tsquery('english', 'runs')`
        : await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "TmTargetIndex" WHERE "TmTargetIndex" MATCH 'runs'`;
    expect(Number(indexed[0].n)).toBeGreaterThanOrEqual(COUNT);
  });

  it("updates stored pairs that a batch improves, and only those, across statements", async () => {
    const projectId = await memory();
    await writeUnits(
      db,
      projectId,
      Array.from({ length: COUNT }, (_, i) => unit(i)),
    );
    // Even units come back reviewed (better), odd ones older (worse): only the even ones change.
    const again = Array.from({ length: COUNT }, (_, i) =>
      i % 2 === 0 ? unit(i, { status: "reviewed", authorName: "reviewer" }) : unit(i, { authorName: "older", changedAt: new Date(Date.UTC(2020, 0, 1)) }),
    );
    const result = await writeUnits(db, projectId, again);
    expect(result).toEqual({ inserted: 0, updated: Math.ceil(COUNT / 2), skipped: Math.floor(COUNT / 2) });
    const rows = await db.tmUnit.findMany({ where: { projectId }, orderBy: { id: "asc" }, select: { status: true, authorName: true, updatedAt: true } });
    expect(rows.filter((r) => r.status === "reviewed" && r.authorName === "reviewer")).toHaveLength(Math.ceil(COUNT / 2));
    expect(rows.some((r) => r.authorName === "older")).toBe(false);
    expect(rows[2_000].updatedAt.getTime()).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 2_000));
  });
});
