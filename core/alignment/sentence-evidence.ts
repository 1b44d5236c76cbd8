/**
 * The evidence a sentence offers for alignment, as language-neutral keys: a French sentence and
 * its English translation tend to share keys, unrelated sentences rarely share rare ones.
 *   num:3.5      a number in digits, words or Roman numerals, or a month ("month:3")
 *   w:cast       a content word cut to its first letters: cognates ("nature"/"nature",
 *                "prudence"/"prudent") and, through the lexicon, translations ("château" → "castle")
 *   name:candide a capitalised word inside the sentence, matched whole: names are rarely
 *                translated (the first word is capitalised anyway, so it only gives "w:")
 *   p:?  p:!     a question or an exclamation
 *   g:7          glossary entry 7
 */

import type { SegmentLanguage } from "../segmentation/types";
import { lemmaCandidates } from "./french-lemmas";
import { extractNumbers, foldWord, HEADING_WORDS, numberOrMonthKey, romanValue } from "./normalise";
import { ENGLISH_STOPWORDS, FRENCH_STOPWORDS } from "./stopwords";
import type { GlossaryEntry, Lexicon } from "./types";

/**
 * Letters kept for a cognate key. Four is Simard, Foster & Isabelle's (1992) classic choice for
 * French–English: long enough to skip chance matches, short enough to absorb inflection
 * ("abandonna"/"abandoned"). Shorter words must match whole.
 */
export const COGNATE_PREFIX = 4;
/** French words shorter than this are not taken as cognates ("son", "pas", "mes" mislead). */
export const MIN_COGNATE_LENGTH = 4;
/** English words need three letters: translations from the lexicon may be short ("sea", "eye"). */
export const MIN_ENGLISH_WORD = 3;
/** At most this many translations per French word, so that polysemous words do not match everything. */
export const MAX_TRANSLATIONS = 4;

const WORD = /[\p{L}\p{M}]+/gu;

/** The key a content word contributes on either side: "abandonnèrent" and "abandoned" → "w:aban". */
export function cognateKey(folded: string): string {
  return `w:${folded.slice(0, COGNATE_PREFIX)}`;
}

/** Glossary terms as folded word sequences, indexed by their first word for a quick scan. */
export interface CompiledGlossary {
  fr: ReadonlyMap<string, ReadonlyArray<{ id: number; words: string[] }>>;
  en: ReadonlyMap<string, ReadonlyArray<{ id: number; words: string[] }>>;
}

/** Indexes glossary entries by the first folded word of each side. */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const fr = new Map<string, Array<{ id: number; words: string[] }>>();
  const en = new Map<string, Array<{ id: number; words: string[] }>>();
  entries.forEach((entry, id) => {
    for (const [index, term] of [
      [fr, entry.source],
      [en, entry.target],
    ] as const) {
      const words = (term.match(WORD) ?? []).map(foldWord);
      if (words.length === 0) continue;
      const list = index.get(words[0]) ?? [];
      list.push({ id, words });
      index.set(words[0], list);
    }
  });
  return { fr, en };
}

/** Caches per-word work (folding, lexicon look-ups with lemma candidates) across a text's sentences. */
export type WordCache = Map<string, AnalysedWord>;

interface AnalysedWord {
  folded: string;
  keys: readonly string[];
  /** Capitalised content word: a name when it is not the sentence's first word. */
  name: boolean;
}

/** The evidence keys of one sentence, without duplicates. */
export function sentenceKeys(text: string, lang: SegmentLanguage, lexicon?: Lexicon, glossary?: CompiledGlossary, cache: WordCache = new Map()): string[] {
  const keys = new Set<string>();
  for (const value of extractNumbers(text, lang)) keys.add(`num:${value}`);
  if (text.includes("?")) keys.add("p:?");
  if (text.includes("!")) keys.add("p:!");
  const raw = text.match(WORD) ?? [];
  const folded: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    // A lone Roman letter is a number only after a heading word ("CHAPITRE I"): not cacheable.
    if (raw[i].length === 1 && HEADING_WORDS.has(folded[i - 1] ?? "")) {
      const roman = romanValue(raw[i], true);
      if (roman !== null) {
        folded.push(raw[i].toLowerCase());
        keys.add(`num:${roman}`);
        continue;
      }
    }
    let word = cache.get(raw[i]);
    if (!word) {
      word = analyseWord(raw[i], lang, lexicon);
      cache.set(raw[i], word);
    }
    folded.push(word.folded);
    for (const key of word.keys) keys.add(key);
    if (i > 0 && word.name) keys.add(`name:${word.folded}`);
  }
  const terms = glossary?.[lang];
  if (terms && terms.size > 0) {
    for (let i = 0; i < folded.length; i++) {
      for (const term of terms.get(folded[i]) ?? []) {
        if (term.words.every((w, k) => sameTermWord(folded[i + k], w))) keys.add(`g:${term.id}`);
      }
    }
  }
  return [...keys];
}

/** The keys one word form gives: a number or month, else a cognate, translations and a name. */
function analyseWord(raw: string, lang: SegmentLanguage, lexicon: Lexicon | undefined): AnalysedWord {
  const folded = foldWord(raw);
  const capitalised = /^\p{Lu}/u.test(raw);
  const roman = /^[IVXLCDM]+\p{Ll}*$/u.test(raw) ? romanValue(raw, false) : null;
  const numeric = roman !== null ? String(roman) : numberOrMonthKey(folded, lang, capitalised);
  if (numeric !== null) return { folded, keys: [`num:${numeric}`], name: false };
  const name = capitalised && folded.length >= MIN_ENGLISH_WORD && !isStopword(folded, lang);
  return { folded, keys: wordKeys(folded, lang, lexicon), name };
}

function isStopword(word: string, lang: SegmentLanguage): boolean {
  return (lang === "fr" ? FRENCH_STOPWORDS : ENGLISH_STOPWORDS).has(word);
}

/** A word of the text matches a glossary word if equal up to a plural -s/-x. */
function sameTermWord(text: string | undefined, term: string): boolean {
  return text !== undefined && (text === term || text === `${term}s` || text === `${term}x` || `${text}s` === term);
}

function wordKeys(word: string, lang: SegmentLanguage, lexicon: Lexicon | undefined): string[] {
  const keys: string[] = [];
  if (lang === "en") {
    if (word.length >= MIN_ENGLISH_WORD && !ENGLISH_STOPWORDS.has(word)) keys.push(cognateKey(word));
  } else if (!FRENCH_STOPWORDS.has(word)) {
    if (word.length >= MIN_COGNATE_LENGTH) keys.push(cognateKey(word));
    for (const translation of translations(word, lexicon)) {
      const key = cognateKey(translation);
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** English translations of a folded French word or of its first lemma found in the lexicon. */
function translations(word: string, lexicon: Lexicon | undefined): readonly string[] {
  if (!lexicon || lexicon.size === 0) return [];
  for (const candidate of lemmaCandidates(word)) {
    const found = lexicon.get(candidate);
    if (found) return found.filter((t) => t.length >= MIN_ENGLISH_WORD && !ENGLISH_STOPWORDS.has(t)).slice(0, MAX_TRANSLATIONS);
  }
  return [];
}
