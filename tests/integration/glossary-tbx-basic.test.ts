import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCategories, countsOf } from "@/core/formats/tbx/count-categories";
import { childElements } from "@/core/formats/tbx/read-xml";
import type { Actor } from "@/server/access/actor";
import { shippedMigrations } from "@/server/db/migrate";
import { exportGlossary } from "@/server/glossary/export-glossary";
import { importGlossary } from "@/server/glossary/import-glossary";
import { getTermEntryDetails } from "@/server/glossary/get-term-entry-details";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { loadTermbase } from "@/server/glossary/load-termbase";
import { updateTermEntry } from "@/server/glossary/update-term-entry";
import { createProject } from "@/server/projects/create-project";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

// LTAC's TBX-Basic example, its Spanish sections playing the French ones (ours is a French–English tool).
const EXAMPLE = fs
  .readFileSync(path.resolve("core/formats/tbx/__golden__/ltac/Example_Astronomy_DCA_VALID.tbx"), "utf8")
  .replaceAll('xml:lang="es"', 'xml:lang="fr"');
const bytes = (text: string) => new TextEncoder().encode(text);

let owner: Actor;
beforeAll(async () => {
  owner = await createUser(db);
});

describe("the TBX-Basic example through the glossary use cases", () => {
  it("imports synonyms as entries of one concept and exports every data category it read", async () => {
    const projectId = (await createProject(db, { actor: owner, name: "Astronomie" })).id;
    const result = await importGlossary(db, { actor: owner, projectId, bytes: bytes(EXAMPLE), fileName: "astronomy.tbx" });
    expect(result).toMatchObject({ format: "tbx", read: 52, created: 52, updated: 0 });
    expect(result.warnings).toEqual(["6 concept(s) without a French term were not imported: c17, c18, c19, c20, c22, c40."]);

    const rows = await db.termEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
    expect(new Set(rows.map((r) => r.conceptId)).size).toBe(39);
    // Stored concept ids are ours, not the file's (two files may both say "c1").
    expect(rows.some((r) => /^c\d+$/u.test(r.conceptId))).toBe(false);

    const file = await exportGlossary(db, { actor: owner, projectId, format: "tbx" });
    const hasFrench = (c: Parameters<NonNullable<Parameters<typeof countCategories>[1]>>[0]) =>
      childElements(c, "langSec").some((l) => l.attributes["xml:lang"] === "fr");
    const before = countCategories(EXAMPLE, hasFrench);
    const after = countCategories(file.body);
    for (const level of ["concept", "fr", "en", "back"]) expect(countsOf(after.elements, level), level).toEqual(countsOf(before.elements, level));
    expect([...after.values].sort()).toEqual([...before.values].sort());

    // Importing the export again completes nothing and adds nothing.
    const again = await importGlossary(db, { actor: owner, projectId, bytes: bytes(file.body), fileName: file.fileName });
    expect(again).toMatchObject({ created: 0, updated: 52 });
    const withoutTime = (list: typeof rows) => list.map((row) => ({ ...row, updatedAt: null }));
    expect(withoutTime(await db.termEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } }))).toEqual(withoutTime(rows));
  });

  it("keeps the details when the editor saves the columns, and exports the edit", async () => {
    const projectId = (await createProject(db, { actor: owner, name: "Astro 2" })).id;
    await importGlossary(db, { actor: owner, projectId, bytes: bytes(EXAMPLE), fileName: "astronomy.tbx" });
    const { entries } = await listTermEntries(db, { actor: owner, projectId });
    const entry = entries.find((e) => e.source === "cúmulo abierto")!;
    // The list says there are details; the page fetches them when the user opens them.
    expect(entry).toMatchObject({ hasDetails: true });
    expect("details" in entry).toBe(false);
    const { details } = await getTermEntryDetails(db, { actor: owner, entryId: entry.id });
    expect(details?.english?.terms.map((t) => t.term)).toEqual(["open cluster", "galactic cluster"]);
    // The workbench and the matcher read the columns only: kilobytes of details per entry stay in the database.
    const plain = await loadTermbase(db, projectId);
    const light = plain.find((e) => e.id === entry.id)!;
    expect(light).toMatchObject({ source: "cúmulo abierto", conceptId: entry.conceptId });
    expect("details" in light).toBe(false);
    // What the editor sends: the columns, no details.
    const { id, updatedAt, source, preferred, admitted, forbidden, note, domain, partOfSpeech, sourceUrl } = entry;
    const fields = { source, preferred, admitted, forbidden, note, domain, partOfSpeech, sourceUrl, definition: "Groupe d’étoiles nées ensemble." };
    await updateTermEntry(db, { actor: owner, entryId: id, baseUpdatedAt: updatedAt, fields });
    const row = await db.termEntry.findUniqueOrThrow({ where: { id } });
    expect(row.details).not.toBe("");
    const file = await exportGlossary(db, { actor: owner, projectId, format: "tbx" });
    expect(file.body).toContain('<descrip type="definition">Groupe d’étoiles nées ensemble.</descrip>');
    expect(file.body).toContain("In contrast, the galactic cluster represented by");
  });
});

describe("migration 20261208100000_rich_termbase", () => {
  it("makes each earlier entry a concept of its own", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lisiere-migration-"));
    const sqlite = new Database(path.join(dir, "old.db"));
    const sql = (name: string) => fs.readFileSync(path.resolve("prisma/migrations", name, "migration.sql"), "utf8");
    const MIGRATION = "20261208100000_rich_termbase";
    for (const name of shippedMigrations().filter((n) => n < MIGRATION)) sqlite.exec(sql(name));
    const now = new Date().toISOString();
    sqlite.exec(`INSERT INTO "Project" (id, name, updatedAt) VALUES ('p', 'P', '${now}')`);
    sqlite.exec(`INSERT INTO "TermEntry" (id, projectId, source, updatedAt) VALUES ('e1', 'p', 'risque', '${now}'), ('e2', 'p', 'danger', '${now}')`);
    sqlite.exec(sql(MIGRATION));
    expect(sqlite.prepare(`SELECT id, conceptId, details FROM "TermEntry" ORDER BY id`).all()).toEqual([
      { id: "e1", conceptId: "e1", details: "" },
      { id: "e2", conceptId: "e2", details: "" },
    ]);
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
