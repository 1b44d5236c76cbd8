import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PART_SIZE } from "@/core/model/parts";
import type { Actor } from "@/server/access/actor";
import { importDocument } from "@/server/documents/import-document";
import { likeLiterals, searchDocument } from "@/server/documents/search-document";
import { createProject } from "@/server/projects/create-project";
import { searchSegments, type SearchScope } from "@/components/workbench/search-results";
import type { SearchOptions } from "@/core/search/find-text";
import { createTestDb, createUser } from "./test-db";
import { errorOf } from "./error-of";

// The find bar of a long document also searches the whole document on the server: the same hits
// as the grid's own search would find if it held every part, numbered as the grid numbers segments.

const { db } = createTestDb();
let owner: Actor;
let documentId: string;
const TOTAL = PART_SIZE * 2 + 40;
/** Lines with something to find: accents and case, a Kelvin sign and a long s (folded by case-insensitive Unicode matching), a word only in the last part. */
const SPECIAL: Record<number, string> = {
  3: "L’État décide.",
  70: "l’état des lieux, ÉTAT civil.",
  [PART_SIZE + 7]: "Le \u212Aelvin mesure la température.",
  [PART_SIZE + 9]: "Une longue \u017Fuite de mots.",
  [TOTAL - 1]: "Le mot rarissime n’apparaît qu’ici.",
};
const line = (n: number) => SPECIAL[n] ?? `Ligne ${n}.`;

afterAll(() => db.$disconnect());
beforeAll(async () => {
  owner = await createUser(db);
  const { id: projectId } = await createProject(db, { actor: owner, name: "Search" });
  const text = Array.from({ length: TOTAL }, (_, i) => line(i + 1)).join("\n\n");
  ({ documentId } = await importDocument(db, { actor: owner, projectId, content: text }));
  // A translation with its own matches, and two segments sharing a position (merges and splits renumber in place).
  const rows = await db.segment.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  await db.segment.update({ where: { id: rows[69].id }, data: { targetText: "The state of the État." } });
  await db.segment.update({ where: { id: rows[200].id }, data: { position: rows[199].position } });
}, 120_000);

/** What the grid's own search finds if it held the whole document, numbered in document order. */
async function everywhere(options: SearchOptions, scope: SearchScope) {
  const segments = await db.segment.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  const number = new Map(segments.map((s, k) => [s.id, k + 1]));
  return searchSegments(segments, options, scope).hits.map((h) => ({ ...h, number: number.get(h.segmentId)! }));
}

describe("searchDocument", () => {
  it("finds a match in the last part, numbered as the grid numbers it", async () => {
    const found = await searchDocument(db, { actor: owner, documentId, query: "rarissime", scope: "both", around: { first: 1, last: PART_SIZE } });
    expect(found.total).toBe(1);
    expect(found.next).toEqual(expect.objectContaining({ number: TOTAL - 1, side: "source", start: 7, end: 16 }));
    expect(found.previous).toBeNull();
  });

  it.each<[string, SearchOptions, SearchScope]>([
    ["case-insensitive across accents", { query: "état" }, "both"],
    ["case-sensitive", { query: "État", caseSensitive: true }, "both"],
    ["whole words in the translation", { query: "state", wholeWord: true }, "target"],
    ["a Kelvin sign for a k", { query: "kelvin" }, "source"],
    ["a long s for an s", { query: "suite" }, "both"],
    ["a query without a run of letters", { query: "’" }, "both"],
    ["a regular expression", { query: "Ligne \\d{3}9\\.", regex: true }, "source"],
    ["tied positions", { query: "Ligne 20" }, "source"],
  ])("finds what the grid's search finds: %s", async (_, options, scope) => {
    const expected = await everywhere(options, scope);
    expect(expected.length).toBeGreaterThan(0);
    // Around each part, and around each match (its neighbours are the matches before and after it).
    const windows = [
      ...Array.from({ length: Math.ceil(TOTAL / PART_SIZE) }, (_, k) => ({ first: k * PART_SIZE + 1, last: Math.min(TOTAL, (k + 1) * PART_SIZE) })),
      ...expected.slice(0, 40).map((h) => ({ first: h.number, last: h.number })),
    ];
    for (const around of windows) {
      const found = await searchDocument(db, { actor: owner, documentId, ...options, scope, around });
      expect(found.total).toBe(expected.length);
      expect(found.previous).toEqual(expected.filter((h) => h.number < around.first).at(-1) ?? null);
      expect(found.next).toEqual(expected.find((h) => h.number > around.last) ?? null);
    }
  });

  it("names the nearest matches outside the open part", async () => {
    const around = { first: PART_SIZE + 1, last: PART_SIZE * 2 };
    const found = await searchDocument(db, { actor: owner, documentId, query: "ligne 2", scope: "source", around });
    const all = await everywhere({ query: "ligne 2" }, "source");
    expect(found.previous?.number).toBe(all.filter((h) => h.number < around.first).at(-1)!.number);
    expect(found.next?.number).toBe(all.find((h) => h.number > around.last)!.number);
    expect(found.next!.number).toBeGreaterThan(around.last);
    const none = await searchDocument(db, { actor: owner, documentId, query: "rarissime", scope: "source", around: { first: 1, last: TOTAL } });
    expect([none.previous, none.next]).toEqual([null, null]);
  });

  it("refuses a broken expression with a coded error, and strangers", async () => {
    expect((await errorOf(searchDocument(db, { actor: owner, documentId, query: "(", regex: true, scope: "both" }))).code).toBe("INVALID_INPUT");
    expect((await errorOf(searchDocument(db, { actor: await createUser(db), documentId, query: "a", scope: "both" }))).code).toBe("NOT_FOUND");
  });
});

describe("likeLiterals", () => {
  it("keeps every run the database folds as JavaScript does, longest first", () => {
    expect(likeLiterals("L’État décide")).toEqual(["cide", "tat"]);
    expect(likeLiterals("Kelvin")).toEqual(["elvin"]);
    expect(likeLiterals("contrat 1999, contrat")).toEqual(["contrat", "1999"]);
    expect(likeLiterals("a+b")).toBeNull();
    expect(likeLiterals("%_x")).toBeNull();
  });
});
