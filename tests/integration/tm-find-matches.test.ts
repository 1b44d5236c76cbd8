import { afterAll, describe, expect, it } from "vitest";
import { scoreMatch } from "@/core/tm/score-match";
import { createProject } from "@/server/projects/create-project";
import { findMatches, lookupMatches } from "@/server/tm/find-matches";
import { contextHash, writeUnits } from "@/server/tm/write-units";
import { memory, unit } from "./tm-fixture";
import { createTestDb, createUser } from "./test-db";

const { db } = createTestDb();
afterAll(() => db.$disconnect());

const CONTRACT = "Le Pentagone a signé un contrat de 200 millions de dollars avec la société.";
const CONTRACT_EN = "The Pentagon signed a $200 million contract with the company.";

// Filler so that the index has realistic frequencies and candidates to skip.
const filler = Array.from({ length: 60 }, (_, k) =>
  unit(`La phrase numéro ${k} parle de la sécurité des modèles et de la guerre ${k % 7 === 0 ? "froide" : "moderne"}.`, `Sentence ${k} is about model safety.`),
);

describe("findMatches", () => {
  it("finds an exact match at 100 and the same sentence in its context at 101", async () => {
    const project = await memory(db, [...filler, unit(CONTRACT, CONTRACT_EN, { contextHash: contextHash("Avant.", "Après.") })]);
    const plain = await findMatches(db, { projectId: project, sourceText: CONTRACT });
    expect(plain[0]).toMatchObject({ score: 100, kind: "exact", target: CONTRACT_EN, insertText: CONTRACT_EN, numberWarnings: [] });
    const inContext = await findMatches(db, { projectId: project, sourceText: CONTRACT, previousSource: "Avant.", nextSource: "Après." });
    expect(inContext[0]).toMatchObject({ score: 101, kind: "context" });
    const elsewhere = await findMatches(db, { projectId: project, sourceText: CONTRACT, previousSource: "Autre.", nextSource: "Après." });
    expect(elsewhere[0].score).toBe(100);
  });

  it("finds a fuzzy match with the word diff and adapts a changed number", async () => {
    const project = await memory(db, [...filler, unit(CONTRACT, CONTRACT_EN)]);
    const changed = "Le Pentagone a signé un accord de 300 millions de dollars avec la société.";
    const [match] = await findMatches(db, { projectId: project, sourceText: changed });
    expect(match.kind).toBe("fuzzy");
    expect(match.score).toBeGreaterThan(85);
    expect(match.score).toBeLessThan(100);
    expect(match.sourceDiff.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["contrat", "200"]);
    expect(match.sourceDiff.filter((p) => p.kind === "insert").map((p) => p.text.trim())).toEqual(["accord", "300"]);
    expect(match.insertText).toBe("The Pentagon signed a $300 million contract with the company.");
  });

  it("folds inflections: a plural query finds the singular unit above a different word", async () => {
    const project = await memory(db, [
      ...filler,
      unit("La chaîne logistique est fragile.", "The supply chain is fragile."),
      unit("La route logistique est fragile.", "The supply route is fragile."),
    ]);
    const matches = await findMatches(db, { projectId: project, sourceText: "Les chaînes logistiques sont fragiles.", minScore: 30 });
    expect(matches[0].target).toBe("The supply chain is fragile.");
  });

  it("drops units below the threshold and units too long or short to reach it", async () => {
    const project = await memory(db, [
      ...filler,
      unit(CONTRACT, CONTRACT_EN),
      unit(`${CONTRACT} Il a aussi annoncé un deuxième accord avec trois autres entreprises du secteur.`, "Longer."),
    ]);
    const matches = await findMatches(db, { projectId: project, sourceText: CONTRACT, minScore: 80 });
    expect(matches.map((m) => m.target)).toEqual([CONTRACT_EN]);
    const loose = await findMatches(db, { projectId: project, sourceText: CONTRACT, minScore: 40 });
    expect(loose.map((m) => m.target)).toContain("Longer.");
    expect(loose.every((m) => m.score >= 40)).toBe(true);
  });

  it("reads attached memories after the project's own, by priority, on equal scores", async () => {
    const ownerA = await createUser(db);
    const own = (await createProject(db, { actor: ownerA, name: "Own" })).id;
    await writeUnits(db, own, [...filler, unit("Le modèle refuse la surveillance de masse.", "Own translation.", { status: "translated" })]);
    const first = await memory(db, [unit("Le modèle refuse la surveillance de masse.", "First attached.", { status: "approved" })], "First");
    const second = await memory(
      db,
      [
        unit("Le modèle refuse la surveillance de masse.", "Second attached.", { status: "approved" }),
        unit("Le modèle refuse toute surveillance de masse.", "Fuzzy in second."),
      ],
      "Second",
    );
    await db.tmAttachment.create({ data: { projectId: own, memoryProjectId: second, priority: 2 } });
    await db.tmAttachment.create({ data: { projectId: own, memoryProjectId: first, priority: 1 } });
    const matches = await findMatches(db, { projectId: own, sourceText: "Le modèle refuse la surveillance de masse." });
    expect(matches.map((m) => m.target)).toEqual(["Own translation.", "First attached.", "Second attached.", "Fuzzy in second."]);
    expect(matches.map((m) => m.provenance.memoryName)).toEqual(["Own", "First", "Second", "Second"]);
    // A memory not attached is never read.
    const alone = await findMatches(db, { projectId: first, sourceText: "Le modèle refuse toute surveillance de masse." });
    expect(alone.map((m) => m.target)).toEqual(["First attached."]);
  });

  it("respects the limit and ranks by score", async () => {
    const project = await memory(db, [
      unit("Le chat dort sur le tapis rouge.", "A."),
      unit("Le chat dort sur le tapis bleu.", "B."),
      unit("Le chien dort sur le tapis bleu.", "C."),
      unit("Le chat dort sur le tapis.", "D."),
    ]);
    const matches = await findMatches(db, { projectId: project, sourceText: "Le chat dort sur le tapis rouge.", limit: 3, minScore: 50 });
    expect(matches.map((m) => m.target)).toEqual(["A.", "D.", "B."]);
    expect(matches[0].score).toBe(100);
  });

  it("finds a sentence that is only a number", async () => {
    const project = await memory(db, [...filler, unit("2023", "2023")]);
    expect((await findMatches(db, { projectId: project, sourceText: "2024" }))[0]).toMatchObject({ target: "2023", insertText: "2024" });
  });

  // A random memory where rare and common words mix, and queries one or two edits from a unit.
  function randomMemory(seed: number) {
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = [
      "chaîne",
      "chaînes",
      "contrat",
      "armée",
      "société",
      "guerre",
      "loi",
      "modèle",
      "sécurité",
      "données",
      "la",
      "les",
      "de",
      "des",
      "un",
      "et",
      "pour",
      "12",
      "2023",
      ",",
      "{1}",
    ];
    // Rare words give the index something to probe; common ones make near misses.
    const rare = Array.from({ length: 40 }, (_, k) => `mot${k}`);
    const sentence = () =>
      Array.from({ length: 4 + Math.floor(next() * 10) }, () =>
        next() < 0.3 ? rare[Math.floor(next() * rare.length)] : words[Math.floor(next() * words.length)],
      ).join(" ");
    const sources = [...new Set(Array.from({ length: 300 }, sentence))];
    const query = () => {
      const base = sources[Math.floor(next() * sources.length)].split(" ");
      base[Math.floor(next() * base.length)] = next() < 0.5 ? rare[Math.floor(next() * rare.length)] : words[Math.floor(next() * words.length)];
      if (next() < 0.5) base.splice(Math.floor(next() * base.length), 0, words[Math.floor(next() * words.length)]);
      return base.join(" ");
    };
    return { sources, query };
  }

  it("returns the same scores as scoring every unit when the memory is small (random memory, random queries)", async () => {
    const { sources, query: nextQuery } = randomMemory(7);
    const project = await memory(
      db,
      sources.map((s, k) => unit(s, `T${k}`)),
    );
    for (let q = 0; q < 25; q++) {
      const query = nextQuery();
      const minScore = [50, 70, 85][q % 3];
      const expected = sources
        .map((s) => scoreMatch(query, s))
        .filter((s) => s >= minScore)
        .sort((a, b) => b - a)
        .slice(0, 5);
      const found = await lookupMatches(db, { projectId: project, sourceText: query, minScore });
      expect(
        found.matches.map((m) => m.score),
        query,
      ).toEqual(expected);
      expect(found.exactAbove).toBe(0);
    }
  });

  it("under a tight budget still finds the top match, and every match above the level it reports", async () => {
    const { sources, query: nextQuery } = randomMemory(11);
    const project = await memory(
      db,
      sources.map((s, k) => unit(s, `T${k}`)),
    );
    const tight = { firstPostings: 5, totalPostings: 5, rows: 3 };
    let bounded = 0;
    for (let q = 0; q < 30; q++) {
      const query = nextQuery();
      const minScore = [50, 70][q % 2];
      const expected = sources
        .map((s) => scoreMatch(query, s))
        .filter((s) => s >= minScore)
        .sort((a, b) => b - a)
        .slice(0, 5);
      const { matches, exactAbove } = await lookupMatches(db, { projectId: project, sourceText: query, minScore }, tight);
      const scores = matches.map((m) => m.score);
      if (exactAbove > 0) bounded++;
      expect(scores[0], query).toBe(expected[0]);
      // Every reported score is the unit's true score, best first.
      for (const m of matches) expect(m.score).toBe(scoreMatch(query, m.source));
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      // Above the reported level the list is exactly the brute force's.
      const sure = expected.filter((s) => s > exactAbove);
      expect(scores.slice(0, sure.length), query).toEqual(sure);
    }
    // The budget did bind: otherwise this test would prove nothing the one above does not.
    expect(bounded).toBeGreaterThan(5);
  });
});
