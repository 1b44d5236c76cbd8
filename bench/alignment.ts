/**
 * Sentence alignment on the LIMSI TransRead French–English books (align-dev): strict and lax
 * precision/recall/F1 per book and overall for our aligner (with and without the lexicon) and for
 * the Gale & Church baseline, plus the time and peak memory to align 10,000 × 10,000 sentences.
 * `npx tsx bench/alignment.ts` prints the figures alone; ALIGN_DEV points at another folder.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { alignSentences } from "../core/alignment/align-sentences";
import { galeChurch } from "../core/alignment/gale-church";
import { parseLexicon } from "../core/alignment/lexicon/parse-lexicon";
import { scoreAlignment, type AlignmentScore, type ScoredBead } from "../core/alignment/score-alignment";
import type { Bead, Lexicon } from "../core/alignment/types";

const DATA = process.env.ALIGN_DEV ?? fileURLToPath(new URL("../../shared/data/align-dev/", import.meta.url));
const LEXICON = fileURLToPath(new URL("../core/alignment/lexicon/fr-en.tsv", import.meta.url));

interface Book {
  name: string;
  source: string[];
  target: string[];
  gold: ScoredBead[];
}

type Aligner = (source: string[], target: string[]) => Bead[];

const round = (x: number): number => Math.round(x * 10000) / 10000;
const report = (score: AlignmentScore) => ({
  strict: { f1: round(score.strict.f1), precision: round(score.strict.precision), recall: round(score.strict.recall) },
  lax: { f1: round(score.lax.f1), precision: round(score.lax.precision), recall: round(score.lax.recall) },
});

/** The books of the folder: one sentence per line, gold beads as JSON Lines. */
export function readBooks(folder: string = DATA): Book[] {
  const lines = (file: string): string[] =>
    readFileSync(path.join(folder, file), "utf8")
      .split("\n")
      .filter((line, k, all) => k < all.length - 1 || line !== "");
  return readdirSync(folder)
    .filter((file) => file.endsWith(".gold.jsonl"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".gold.jsonl".length);
      const gold = lines(file).map((line) => JSON.parse(line) as ScoredBead);
      return { name, source: lines(`${name}.fr.txt`), target: lines(`${name}.en.txt`), gold };
    });
}

function evaluate(books: Book[], align: Aligner) {
  const runs = books.map((book) => ({ book, test: align(book.source, book.target) }));
  const perBook = Object.fromEntries(runs.map(({ book, test }) => [book.name, report(scoreAlignment([{ gold: book.gold, test }]))]));
  return { overall: report(scoreAlignment(runs.map(({ book, test }) => ({ gold: book.gold, test })))), perBook, calibration: calibration(runs) };
}

/** Share of exactly right beads by confidence band: a calibrated score matches its band. */
function calibration(runs: Array<{ book: Book; test: Bead[] }>) {
  const id = (bead: ScoredBead): string => `${bead.source.join(",")}|${bead.target.join(",")}`;
  const edges = [0, 0.5, 0.8, 0.95, 1.001];
  const bands = edges.slice(1).map((to, k) => ({ from: edges[k], to, beads: 0, right: 0 }));
  for (const { book, test } of runs) {
    const gold = new Set(book.gold.map(id));
    for (const bead of test) {
      const band = bands.find((b) => bead.score >= b.from && bead.score < b.to)!;
      band.beads++;
      if (gold.has(id(bead))) band.right++;
    }
  }
  return bands.map(({ from, to, beads, right }) => ({ confidence: `${from}–${Math.min(1, to)}`, beads, exactlyRight: beads ? round(right / beads) : null }));
}

/**
 * Time and peak memory to align `size` × `size` sentences: the gold beads of the books, cycled,
 * skipping a bead when it would put one side more than MAX_SKEW sentences ahead, so the input has
 * real 1-2, 2-1 and 2-2 beads and a known diagonal course. Repetition leaves no unique words, so
 * there are no anchors: the band follows the diagonal, which is the slow case.
 */
const MAX_SKEW = 5;
export function syntheticPair(books: Book[], size: number): { source: string[]; target: string[] } {
  const beads = books.flatMap((book) =>
    book.gold.map((bead) => ({ source: bead.source.map((s) => book.source[s]), target: bead.target.map((t) => book.target[t]) })),
  );
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; source.length < size || target.length < size; k++) {
    const bead = beads[k % beads.length];
    const skew = source.length + bead.source.length - (target.length + bead.target.length);
    if (Math.abs(skew) > MAX_SKEW) continue;
    source.push(...bead.source);
    target.push(...bead.target);
  }
  return { source: source.slice(0, size), target: target.slice(0, size) };
}

function timeSynthetic(books: Book[], size: number, lexicon: Lexicon | undefined) {
  const { source, target } = syntheticPair(books, size);
  const started = performance.now();
  const beads = alignSentences(source, target, { lexicon });
  const ms = performance.now() - started;
  return { sentences: `${size} × ${size}`, ms: Math.round(ms), beads: beads.length, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/** Scores of our aligner and of Gale & Church on the development books, and the 10k × 10k timing. */
export function benchAlignment() {
  const books = readBooks();
  const lexicon = existsSync(LEXICON) ? parseLexicon(readFileSync(LEXICON, "utf8")) : undefined;
  return {
    dataset: "LIMSI TransRead fr–en (align-dev)",
    books: Object.fromEntries(books.map((b) => [b.name, { source: b.source.length, target: b.target.length, gold: b.gold.length }])),
    ours: evaluate(books, (s, t) => alignSentences(s, t, { lexicon })),
    oursWithoutLexicon: evaluate(books, (s, t) => alignSentences(s, t)),
    galeChurch: evaluate(books, galeChurch),
    lexiconEntries: lexicon?.size ?? 0,
    // Growing sizes: time and peak RSS should grow about linearly.
    synthetic: [2_500, 5_000, 10_000].map((size) => timeSynthetic(books, size, lexicon)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(benchAlignment(), null, 2));
}
