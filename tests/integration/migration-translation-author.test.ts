import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { shippedMigrations } from "@/server/db/migrate";

// The migration that gives segments their translation's author reads it from the history written
// before it existed. This runs it on a database made by the earlier migrations, with rows shaped as
// the old code wrote them, and checks what it infers.

const MIGRATION = "20261206120000_add_translation_author_and_revision_action";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-migration-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const sql = (name: string) => fs.readFileSync(path.resolve("prisma/migrations", name, "migration.sql"), "utf8");

describe(MIGRATION, () => {
  it("takes the author from the revision that wrote the words, and un-approves edited approvals", () => {
    const db = new Database(path.join(dir, "old.db"));
    const earlier = shippedMigrations().filter((name) => name < MIGRATION);
    for (const name of earlier) db.exec(sql(name));
    const now = new Date().toISOString();
    db.exec(
      `INSERT INTO "User" (id, email, name, updatedAt) VALUES ('tom', 't@x', 'Tom', '${now}'), ('rita', 'r@x', 'Rita', '${now}'), ('olga', 'o@x', 'Olga', '${now}')`,
    );
    db.exec(`INSERT INTO "Project" (id, name, updatedAt) VALUES ('p', 'P', '${now}')`);
    db.exec(`INSERT INTO "Document" (id, projectId, title, updatedAt) VALUES ('d', 'p', 'D', '${now}')`);
    db.exec(`INSERT INTO "Paragraph" (id, documentId, position, kind) VALUES ('g', 'd', 0, 'paragraph')`);
    const segment = db.prepare(
      `INSERT INTO "Segment" (id, documentId, paragraphId, position, sourceText, targetText, status, version, trackedBaseText, reviewedVersion, updatedById, updatedAt) VALUES (?, 'd', 'g', ?, 'x', ?, ?, ?, ?, ?, ?, '${now}')`,
    );
    const revision = db.prepare(
      `INSERT INTO "SegmentRevision" (id, segmentId, documentId, version, targetText, status, authorId) VALUES (?, ?, 'd', ?, ?, ?, ?)`,
    );
    // Olga translated, Rita rejected (the old code made Rita the last updater), nothing since.
    segment.run("rejected", 0, "Olga's words.", "rejected", 4, null, 4, "rita");
    revision.run("r1", "rejected", 2, "Olga's words.", "draft", "olga");
    revision.run("r2", "rejected", 3, "Olga's words.", "translated", "olga");
    revision.run("r3", "rejected", 4, "Olga's words.", "rejected", "rita");
    // Tom translated, Rita's edit is pending as a tracked change.
    segment.run("tracked", 1, "Rita's words.", "translated", 3, "Tom's words.", null, "rita");
    revision.run("t1", "tracked", 2, "Tom's words.", "translated", "tom");
    revision.run("t2", "tracked", 3, "Rita's words.", "translated", "rita");
    // Approved, then edited while keeping the approved status (the bug issue 10 fixes).
    segment.run("stale", 2, "Edited after.", "approved", 4, null, 3, "tom");
    revision.run("s1", "stale", 2, "Approved words.", "translated", "tom");
    revision.run("s2", "stale", 3, "Approved words.", "approved", "rita");
    revision.run("s3", "stale", 4, "Edited after.", "approved", "tom");
    // Approved and untouched since; and a segment never translated.
    segment.run("kept", 3, "Approved words.", "approved", 3, null, 3, "rita");
    revision.run("k1", "kept", 2, "Approved words.", "translated", "tom");
    revision.run("k2", "kept", 3, "Approved words.", "approved", "rita");
    segment.run("empty", 4, "", "new", 1, null, null, null);

    db.exec(sql(MIGRATION));
    const rows = db.prepare(`SELECT id, status, translatedById FROM "Segment" ORDER BY position`).all();
    expect(rows).toEqual([
      { id: "rejected", status: "rejected", translatedById: "olga" },
      { id: "tracked", status: "translated", translatedById: "tom" },
      { id: "stale", status: "draft", translatedById: "tom" },
      { id: "kept", status: "approved", translatedById: "tom" },
      { id: "empty", status: "new", translatedById: null },
    ]);
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    expect(db.prepare(`SELECT count(*) AS n FROM "SegmentRevision" WHERE action IS NULL`).get()).toEqual({ n: 10 });
    db.close();
  });
});
