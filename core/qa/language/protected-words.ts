/**
 * What the English linter must never call a spelling error: the glossary's accepted equivalents,
 * the proper nouns and acronyms of the French source (Amodei, Hegseth, NSA), acronyms and mixed-case
 * names (DoD, OpenAI), numbers, and anything inside a URL, e-mail address or @handle. Computed per
 * pair and used to filter findings, so one project's words never leak into another's checks (the
 * linter is shared by the whole process).
 */

import type { QaGlossary } from "../glossary";
import { LINK } from "../checks/url";
import { editDistance } from "./lint-rules";

const PIECES = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_UPPER = /\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
/** All capitals (NSA, GPT) or a capital after the first letter (DoD, OpenAI, iPhone). */
const ACRONYM_OR_MIXED = /^(?:\p{Lu}{2,}|\p{L}+\p{Lu}\p{L}*)$/u;
/** The possessive of a name is as protected as the name (Amodei’s). */
const POSSESSIVE = /['’]s$/u;
/** A capitalised word (Cunegund, Northumbria’s)… */
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;
/** …not at the start of a sentence is a name: one the translator adapted (Cunégonde → Cunegund) or added. */
const SENTENCE_START = /(?:^|[.!?…:]["'”’»)\]]*)\s*["'“‘«(\[]*\s*$/u;
/** Links as the url check knows them (their one home), and #tags, which only the linter would misread. */
const EXEMPT_SPANS = [LINK, /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu];

export interface ProtectedWords {
  /** True when the flagged text is made only of protected words (for a spelling finding). */
  isProtectedSpelling(problem: string): boolean;
  /** True when a capitalised word stands inside a sentence and is not a misspelt source name: a name. */
  isInnerName(problem: string, start: number): boolean;
  /** The source's name the flagged word is a slip of (Amodie → Amodei), if exactly one is that near. */
  nearSourceName(problem: string): string | undefined;
  /** True when the flagged text is only proper nouns of the source (for any finding). */
  isSourceName(problem: string): boolean;
  /** True when [start, end) touches a URL, an e-mail address or a handle of the target. */
  inExemptSpan(start: number, end: number): boolean;
}

const glossaryWords = new WeakMap<QaGlossary, Set<string>>();

/** The accepted equivalents' words, lowercased, computed once per compiled glossary. */
function wordsOfGlossary(glossary: QaGlossary | undefined): Set<string> {
  if (!glossary) return new Set();
  let words = glossaryWords.get(glossary);
  if (!words) {
    words = new Set();
    for (const entry of glossary.entries)
      for (const term of entry.accepted) for (const [piece] of term.normalize("NFC").matchAll(PIECES)) words.add(piece.toLowerCase());
    glossaryWords.set(glossary, words);
  }
  return words;
}

function piecesOf(problem: string): string[] {
  return [...problem.normalize("NFC").replace(POSSESSIVE, "").matchAll(PIECES)].map(([piece]) => piece);
}

export function protectedWords(source: string, target: string, glossary?: QaGlossary): ProtectedWords {
  const names = new Set<string>();
  for (const [piece] of source.normalize("NFC").matchAll(PIECES)) if (HAS_UPPER.test(piece)) names.add(piece);
  // A name written in capitals in the target (AMODEI in a title) is still the source's name.
  const upperNames = new Set([...names].map((name) => name.toUpperCase()));
  const isName = (piece: string) => names.has(piece) || upperNames.has(piece);
  const glossaryWordSet = wordsOfGlossary(glossary);
  const exempt: Array<[number, number]> = [];
  for (const pattern of EXEMPT_SPANS) for (const m of target.matchAll(pattern)) exempt.push([m.index, m.index + m[0].length]);

  return {
    isProtectedSpelling(problem) {
      const pieces = piecesOf(problem);
      return (
        pieces.length > 0 &&
        pieces.every((piece) => HAS_DIGIT.test(piece) || ACRONYM_OR_MIXED.test(piece) || isName(piece) || glossaryWordSet.has(piece.toLowerCase()))
      );
    },
    isInnerName(problem, start) {
      return TITLE_CASE.test(problem) && !SENTENCE_START.test(target.slice(0, start)) && this.nearSourceName(problem) === undefined;
    },
    nearSourceName(problem) {
      const word = problem.replace(POSSESSIVE, "");
      if (word.length < 4) return undefined;
      const near = [...names].filter((name) => name.length >= 4 && name !== word && editDistance(name.toLowerCase(), word.toLowerCase()) <= 2);
      return near.length === 1 ? near[0] + (POSSESSIVE.exec(problem)?.[0] ?? "") : undefined;
    },
    isSourceName(problem) {
      const pieces = piecesOf(problem);
      return pieces.length > 0 && pieces.every(isName);
    },
    inExemptSpan(start, end) {
      return exempt.some(([from, to]) => start < to && end > from);
    },
  };
}
