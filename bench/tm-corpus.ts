/**
 * A synthetic but realistic translation memory for the TM bench: real French/English sentence
 * pairs (the align-dev books, ../shared/data) spliced two by two and with about a quarter of their
 * words replaced by words drawn from a Zipf-like vocabulary (every distinct word of the books and
 * the demo article, ranked by frequency, plus derived forms for a long tail), and numbers sprinkled
 * in. Unit n is a pure function of n, so queries can be drawn from units without storing them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { random } from "./random";
import { readBooks } from "./alignment";

const ARTICLE = fileURLToPath(new URL("../prisma/seed/anthropic-pentagone.fr.txt", import.meta.url));
const SUFFIXES = ["ment", "tion", "age", "isme", "eur", "ité", "ique", "iste", "ance", "oir"];

export interface Pair {
  source: string;
  target: string;
}

export interface Corpus {
  pairs: Pair[];
  frenchWords: string[];
  englishWords: string[];
}

const WORD = /^[\p{L}’'-]+$/u;

/** Words of `texts` ranked by frequency (most frequent first), extended by derived forms to `size`. */
function rankedVocabulary(texts: readonly string[], size: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of text.split(/[\s,.;:!?«»"()]+/u)) if (WORD.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const long = ranked.filter((w) => w.length >= 5);
  for (let k = 0; ranked.length < size; k++)
    ranked.push(
      long[k % long.length].slice(0, -2) +
        SUFFIXES[Math.floor(k / long.length) % SUFFIXES.length] +
        (k >= long.length * SUFFIXES.length ? String.fromCharCode(97 + (k % 26)) : ""),
    );
  return ranked;
}

/** The books' 1-to-1 sentence pairs and the ranked vocabularies. */
export function loadCorpus(): Corpus {
  const pairs: Pair[] = [];
  for (const book of readBooks()) {
    for (const bead of book.gold) {
      if (bead.source.length !== 1 || bead.target.length !== 1) continue;
      const source = book.source[bead.source[0]].trim();
      const target = book.target[bead.target[0]].trim();
      if (source.split(/\s+/u).length >= 5 && source.length < 400) pairs.push({ source, target });
    }
  }
  const article = readFileSync(ARTICLE, "utf8");
  return {
    pairs,
    frenchWords: rankedVocabulary([...pairs.map((p) => p.source), article], 150_000),
    englishWords: rankedVocabulary(
      pairs.map((p) => p.target),
      60_000,
    ),
  };
}

/** A Zipf-like draw: rank r with probability ∝ 1/r (log-uniform rank). */
export function zipf(words: readonly string[], rand: () => number): string {
  return words[Math.min(words.length - 1, Math.floor(Math.exp(rand() * Math.log(words.length))) - 1)];
}

/** A number as French writes it: a year, a count, a grouped amount or a decimal. */
export function frenchNumber(rand: () => number): string {
  const kind = rand();
  if (kind < 0.3) return String(1700 + Math.floor(rand() * 330));
  if (kind < 0.6) return String(1 + Math.floor(rand() * 99));
  if (kind < 0.8) return `${1 + Math.floor(rand() * 99)}\u00a0${String(Math.floor(rand() * 1000)).padStart(3, "0")}`;
  return `${Math.floor(rand() * 100)},${1 + Math.floor(rand() * 9)}`;
}

/** Replaces each word of `text` with probability `rate` by a vocabulary word, keeping punctuation. */
function vary(text: string, words: readonly string[], rate: number, rand: () => number): string {
  return text
    .split(" ")
    .map((piece) => {
      if (rand() >= rate) return piece;
      const m = /^([«"(]*)([\p{L}’'-]+)([^\p{L}]*)$/u.exec(piece);
      return m ? m[1] + zipf(words, rand) + m[3] : piece;
    })
    .join(" ");
}

function splice(a: string, b: string, at: number): string {
  const x = a.split(" ");
  const y = b.split(" ");
  return [...x.slice(0, Math.max(2, Math.round(x.length * at))), ...y.slice(Math.round(y.length * at))].join(" ");
}

/** Unit `n` of the synthetic memory (deterministic). */
export function unitAt(corpus: Corpus, n: number): Pair {
  const rand = random(0x9e3779b1 ^ Math.imul(n + 1, 0x85ebca6b));
  const a = corpus.pairs[Math.floor(rand() * corpus.pairs.length)];
  const b = corpus.pairs[Math.floor(rand() * corpus.pairs.length)];
  const at = 0.3 + rand() * 0.4;
  let source = vary(splice(a.source, b.source, at), corpus.frenchWords, 0.25, rand);
  if (rand() < 0.3) {
    const words = source.split(" ");
    words.splice(1 + Math.floor(rand() * (words.length - 1)), 0, frenchNumber(rand));
    source = words.join(" ");
  }
  return { source, target: vary(splice(a.target, b.target, at), corpus.englishWords, 0.25, rand) };
}

/** A query made from unit `n`: 1–3 edits (word replaced, inserted or deleted, number changed). */
export function perturb(corpus: Corpus, source: string, seed: number): string {
  const rand = random(seed);
  const words = source.split(" ");
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * words.length);
    const kind = rand();
    const number = words.findIndex((w) => /^\d/u.test(w));
    if (kind < 0.25 && number >= 0) words[number] = frenchNumber(rand);
    else if (kind < 0.55) words[at] = zipf(corpus.frenchWords, rand);
    else if (kind < 0.8) words.splice(at, 0, zipf(corpus.frenchWords, rand));
    else if (words.length > 3) words.splice(at, 1);
  }
  return words.join(" ");
}
