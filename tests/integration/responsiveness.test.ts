import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SEGMENTS } from "@/core/limits";
import type { Actor } from "@/server/access/actor";
import { importAnnotations } from "@/server/annotations/import-annotations";
import { importDocument } from "@/server/documents/import-document";
import { importTranslation } from "@/server/documents/import-translation";
import { createProject } from "@/server/projects/create-project";
import { whileMeasuringLag } from "./event-loop-lag";
import { createTestDb, createUser } from "./test-db";

/**
 * Long work does not freeze the server: while a member imports a huge file, others are still
 * answered. Before slicing, a 200,000-line import held the event loop for the whole import (14 s
 * here), and 200 unmatched annotations in a 20,000-segment document for 24 s. The bound below is
 * a guard generous enough for a loaded 2-core CI machine (garbage collection alone can take a few
 * hundred milliseconds there); the goal, under 500 ms, is measured by `npm run bench`.
 */
const MAX_LAG_MS = 2_000;
const LONG = 240_000;

const { db } = createTestDb();
let owner: Actor;
let projectId: string;

beforeAll(async () => {
  owner = await createUser(db);
  projectId = (await createProject(db, { actor: owner, name: "Big" })).id;
});
afterAll(() => db.$disconnect());

const lines = (count: number, line: (k: number) => string) => Array.from({ length: count }, (_, k) => line(k)).join("\n");

describe("long imports leave the server responsive", () => {
  it(
    `imports a ${MAX_SEGMENTS.toLocaleString("en")}-line text (the most a document may hold) while others are answered`,
    async () => {
      const text = lines(MAX_SEGMENTS, (k) => `Ligne ${k} du texte.`);
      const measured = await whileMeasuringLag(db, () =>
        importDocument(db, { actor: owner, projectId, content: new TextEncoder().encode(text), fileName: "long.txt" }),
      );
      expect(measured.result.segments).toBe(MAX_SEGMENTS);
      expect(await db.segment.count({ where: { documentId: measured.result.documentId } })).toBe(MAX_SEGMENTS);
      expect(measured.reads).toBeGreaterThan(5);
      expect(measured.maxLagMs).toBeLessThan(MAX_LAG_MS);
      expect(measured.slowestReadMs).toBeLessThan(MAX_LAG_MS);
    },
    LONG,
  );

  it(
    "reads a 60,000-paragraph Markdown file (in a worker thread) while others are answered",
    async () => {
      // mdast parses Markdown in one go: 5 MB of short paragraphs took 21 s on the main thread.
      const markdown = `# Titre\n\n${lines(60_000, (k) => `Le *paragraphe* ${k} du texte.\n`)}`;
      const measured = await whileMeasuringLag(db, () => importDocument(db, { actor: owner, projectId, content: markdown, format: "md", fileName: "long.md" }));
      expect(measured.result.segments).toBe(60_001);
      const first = await db.segment.findMany({ where: { documentId: measured.result.documentId }, orderBy: { position: "asc" }, take: 2 });
      expect(first.map((s) => s.sourceText)).toEqual(["Titre", "Le paragraphe 0 du texte."]);
      expect(measured.maxLagMs).toBeLessThan(MAX_LAG_MS);
    },
    LONG,
  );

  it(
    "aligns a 20,000-sentence translation while others are answered",
    async () => {
      // Sentences that repeat their words give the aligner no anchors: its slow case (seconds).
      const [A, B, C] = [
        ["chat", "chien", "cheval", "oiseau", "renard", "loup", "lapin"],
        ["dort", "mange", "court", "chante", "attend"],
        ["jardin", "fleuve", "village", "marché", "château", "pont", "bois", "champ", "moulin", "port", "phare"],
      ];
      const [a, b, c] = [
        ["cat", "dog", "horse", "bird", "fox", "wolf", "rabbit"],
        ["sleeps", "eats", "runs", "sings", "waits"],
        ["garden", "river", "village", "market", "castle", "bridge", "wood", "field", "mill", "harbour", "lighthouse"],
      ];
      const french = lines(20_000, (k) => `Le ${A[k % 7]} ${B[k % 5]} près du ${C[k % 11]}.`);
      const english = lines(20_000, (k) => `The ${a[k % 7]} ${b[k % 5]} near the ${c[k % 11]}.`);
      const { documentId } = await importDocument(db, { actor: owner, projectId, content: french, segmentation: "paragraph" });
      const measured = await whileMeasuringLag(db, () => importTranslation(db, { actor: owner, documentId, content: english, format: "txt" }));
      expect(measured.result.englishSentences).toBe(20_000);
      expect(measured.maxLagMs).toBeLessThan(MAX_LAG_MS);
      expect(measured.slowestReadMs).toBeLessThan(MAX_LAG_MS);
    },
    LONG,
  );

  it(
    "places 200 annotations whose quotes match nothing in a 20,000-segment document quickly, as orphans, while others are answered",
    async () => {
      const { documentId } = await importDocument(db, {
        actor: owner,
        projectId,
        content: lines(20_000, (k) => `Le paragraphe ${k} raconte une histoire assez longue pour occuper la recherche approchée.`),
      });
      const annotations = Array.from({ length: 200 }, (_, k) => ({
        type: "Annotation",
        bodyValue: `Note ${k}`,
        target: { selector: [{ type: "TextQuoteSelector", exact: `zyxwvu quelque chose d’introuvable ${k}`, prefix: "avant ", suffix: " après" }] },
      }));
      const started = performance.now();
      const measured = await whileMeasuringLag(db, () => importAnnotations(db, { actor: owner, documentId, json: JSON.stringify(annotations) }));
      expect(measured.result).toEqual({ imported: 200, orphaned: 200 });
      expect(measured.maxLagMs).toBeLessThan(MAX_LAG_MS);
      // It took 24 s, all of it with the server frozen; the search is now bounded (core/limits.ts).
      expect(performance.now() - started).toBeLessThan(15_000);
    },
    LONG,
  );
});
