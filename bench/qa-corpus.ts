/**
 * The QA bench's input: a 10,000-segment document of real French/English sentence pairs (the
 * align-dev books' 1-to-1 pairs, tm-corpus.ts, cycled), a third of them with a number written the
 * French way in the source and the English way in the target, and a 5,000-term glossary whose French
 * terms are n-grams of the sources and whose accepted equivalents are n-grams of the same pairs'
 * targets (so terms really occur, as in a project glossary), a tenth with a forbidden equivalent.
 */
import { compileQaGlossary, type QaGlossary, type QaGlossaryEntry } from "../core/qa/glossary";
import type { QaPair } from "../core/qa/types";
import { englishNumber, numberValue } from "../core/numbers/number-format";
import { random } from "./random";
import { frenchNumber, loadCorpus } from "./tm-corpus";

/** The books are tokenised (“wouldn 't”, “Bill 's”); a translator's text is not. */
const detokenise = (text: string) => text.replace(/ (['’](?:s|t|re|ve|ll|d|m))\b/gu, "$1").replace(/ ([,.;:!?)])/gu, "$1");

function withNumber(pair: QaPair, rand: () => number): QaPair {
  const french = frenchNumber(rand);
  const english = englishNumber(numberValue(french), /[\u00a0\u202f ]/u.test(french));
  const insert = (text: string, word: string) => {
    const words = text.split(" ");
    words.splice(Math.max(1, Math.floor(words.length / 2)), 0, word);
    return words.join(" ");
  };
  return { source: insert(pair.source, french), target: insert(pair.target, english) };
}

const ngram = (text: string, rand: () => number): string => {
  const words = text
    .split(/\s+/u)
    .map((w) => w.replace(/^[«»"'(.,:;!?]+|[«»"'().,:;!?]+$/gu, ""))
    .filter((w) => w.length > 2);
  if (words.length === 0) return "";
  const length = 1 + Math.floor(rand() * 3);
  const from = Math.floor(rand() * words.length);
  return words.slice(from, from + length).join(" ");
};

export interface QaBenchInput {
  pairs: QaPair[];
  glossary: QaGlossary;
  glossaryEntries: QaGlossaryEntry[];
}

export function qaBenchInput(segments: number, terms: number): QaBenchInput {
  const books = loadCorpus().pairs.map((p) => ({ source: detokenise(p.source), target: detokenise(p.target) }));
  const rand = random(20261207);
  const pairs: QaPair[] = [];
  for (let k = 0; k < segments; k++) {
    const pair = books[k % books.length];
    pairs.push(rand() < 0.33 ? withNumber(pair, rand) : pair);
  }
  const seen = new Set<string>();
  const glossaryEntries: QaGlossaryEntry[] = [];
  for (let attempt = 0; glossaryEntries.length < terms && attempt < terms * 20; attempt++) {
    const pair = books[Math.floor(rand() * books.length)];
    const source = ngram(pair.source, rand);
    const accepted = ngram(pair.target, rand);
    if (!source || !accepted || seen.has(source.toLowerCase())) continue;
    seen.add(source.toLowerCase());
    const forbidden = rand() < 0.1 ? [ngram(books[Math.floor(rand() * books.length)].target, rand)].filter(Boolean) : [];
    glossaryEntries.push({ id: `g${glossaryEntries.length}`, source, accepted: [accepted], forbidden });
  }
  return { pairs, glossaryEntries, glossary: compileQaGlossary(glossaryEntries) };
}
