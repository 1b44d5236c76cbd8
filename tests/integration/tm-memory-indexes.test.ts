import { afterAll, describe, expect, it } from "vitest";
import { indexFacts } from "@/core/tm/index-keys";
import { scoreMatch } from "@/core/tm/score-match";
import { findMatches } from "@/server/tm/find-matches";
import { searchConcordance } from "@/server/tm/search-concordance";
import { pairHash } from "@/server/tm/write-units";
import { memory, unit, span } from "./tm-fixture";
import { createTestDb, testDatabaseKind } from "./test-db";

// Issue 16: the memory's indexes are FTS5 tables on SQLite and GIN expression indexes on
// PostgreSQL (sqlite-candidates.ts / postgres-candidates.ts). This file runs on both engines and
// asks the same answers of each: fuzzy scores equal to scoring every unit, after units are
// rewritten and deleted; concordance in both languages with the same hits and the same order.

const { db } = createTestDb();
afterAll(() => db.$disconnect());

describe(`the memory's indexes on ${testDatabaseKind}`, () => {
  it("fuzzy lookup finds what scoring every unit finds, after units are rewritten in place and deleted", async () => {
    const subjects = ["Le ministère", "La société", "Le Pentagone", "L’armée", "Le gouvernement", "La commission"];
    const verbs = ["a signé", "a rompu", "prépare", "a annulé", "négocie"];
    const objects = ["un contrat de défense", "un accord commercial", "une loi sur les données", "un plan de sécurité"];
    const sources = subjects.flatMap((s) => verbs.flatMap((v) => objects.map((o) => `${s} ${v} ${o} avec ses partenaires.`)));
    const project = await memory(
      db,
      sources.map((s, k) => unit(s, `T${k}`)),
    );
    // Every fifth unit changes its source (a segment's unit following its new text: same id), every
    // seventh is deleted: the indexes must follow, or lookups find stale or missing units.
    const rows = await db.tmUnit.findMany({ where: { projectId: project }, orderBy: { id: "asc" } });
    const current = new Map(rows.map((row) => [row.id, row.sourceText]));
    for (const [k, row] of rows.entries()) {
      if (k % 7 === 3) {
        await db.tmUnit.delete({ where: { id: row.id } });
        current.delete(row.id);
      } else if (k % 5 === 1) {
        const sourceText = row.sourceText.replace("avec ses partenaires", "malgré les critiques de la presse");
        const facts = indexFacts(sourceText);
        await db.tmUnit.update({
          where: { id: row.id },
          data: { sourceText, sourceKeys: facts.keys, sourceLength: facts.length, pairHash: pairHash(sourceText, row.targetText) },
        });
        current.set(row.id, sourceText);
      }
    }
    // PostgreSQL reads common keys' frequencies from the statistics ANALYZE keeps (postgres-candidates.ts): have some.
    if (testDatabaseKind === "postgres") await db.$executeRawUnsafe('ANALYZE "TmUnit"');
    const queries = [
      "Le ministère a signé un contrat de défense malgré les critiques de la presse.",
      "La société prépare un accord commercial avec ses partenaires.",
      "Le Pentagone a annulé une loi sur les données avec ses partenaires.",
      "Le gouvernement négocie un plan de sécurité malgré les critiques.",
      "L’armée a rompu un contrat de défense avec ses alliés.",
    ];
    for (const query of queries) {
      const expected = [...current.entries()]
        .map(([id, source]) => ({ id, score: scoreMatch(query, source) }))
        .filter((m) => m.score >= 70)
        .map((m) => m.score)
        .sort((a, b) => b - a)
        .slice(0, 5);
      const matches = await findMatches(db, { projectId: project, sourceText: query, limit: 5 });
      expect(
        matches.map((m) => m.score),
        query,
      ).toEqual(expected);
      // Only units as they are now: a deleted unit or a stale source would be scored against the query here.
      for (const m of matches) expect(current.get(m.unitId)).toBe(m.source);
    }
    expect(queries.length).toBeGreaterThan(0);
  });

  it("concordance ranks French hits shorter first, then the best-reviewed, and follows a rewritten source", async () => {
    const project = await memory(db, [
      unit("La sécurité des données et la sécurité nationale priment sur tout le reste.", "Long.", { status: "approved" }),
      unit("La sécurité des données.", "Short translated.", { status: "translated" }),
      // As long as the one above (the same keys): the best-reviewed comes first.
      unit("La sécurité des données !", "Short approved.", { status: "approved" }),
      unit("Les données de sécurité.", "Wrong order."),
    ]);
    const hits = await searchConcordance(db, { projectId: project, text: "sécurité des données" });
    expect(hits.map((h) => h.target)).toEqual(["Short approved.", "Short translated.", "Long."]);
    expect(hits.map((h) => span(h.source, h).toLowerCase())).toEqual(["sécurité des données", "sécurité des données", "sécurité des données"]);
    const long = await db.tmUnit.findFirstOrThrow({ where: { projectId: project, targetText: "Long." } });
    const facts = indexFacts("Rien à voir.");
    await db.tmUnit.update({ where: { id: long.id }, data: { sourceText: "Rien à voir.", sourceKeys: facts.keys, sourceLength: facts.length } });
    expect((await searchConcordance(db, { projectId: project, text: "sécurité des données" })).map((h) => h.target)).toEqual([
      "Short approved.",
      "Short translated.",
    ]);
  });

  it("concordance finds English phrases by stem with the words in order, more occurrences first, stop words included", async () => {
    const project = await memory(db, [
      unit("A.", "The chain of command held firm."),
      // Every word of the phrase, in another order or with another word between: no hit.
      unit("B.", "A chain and command structure."),
      unit("C.", "Command of the chain."),
      unit("D.", "Chains of commands, chain of command: one chain of command after another."),
    ]);
    const hits = await searchConcordance(db, { projectId: project, text: "chain of command", lang: "en" });
    expect(hits.map((h) => h.source)).toEqual(["D.", "A."]);
    // The first occurrence is marked; "Chains of commands" is the same phrase by stem.
    expect(hits.map((h) => span(h.target, h))).toEqual(["Chains of commands", "chain of command"]);
    const one = await searchConcordance(db, { projectId: project, text: "held", lang: "en" });
    expect(one.map((h) => [h.source, span(h.target, h)])).toEqual([["A.", "held"]]);
    // Stop words only: no stems to look up (PostgreSQL reads its trigram index), found all the same.
    const stopWords = await searchConcordance(db, { projectId: project, text: "of the", lang: "en" });
    expect(stopWords.map((h) => [h.source, span(h.target, h)])).toEqual([["C.", "of the"]]);
  });
});
