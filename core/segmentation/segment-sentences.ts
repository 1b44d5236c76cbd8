/**
 * Rule-based sentence segmentation for French (and basic English) paragraphs.
 *
 * We scan for terminators ourselves rather than post-editing Intl.Segmenter: ICU breaks after
 * every "M." or "J." and before a closing "»", and its output changes between ICU versions, whereas
 * segments are stored and aligned, so they must be stable. Each candidate (a run of . ! ? …, or a
 * semicolon) is judged on the word before it and the word after it.
 */

import { abbreviationLists, hasWord, type AbbreviationLists } from "./abbreviations";
import { closingStraightQuotes } from "./quotes";
import type { Sentence, SegmentLanguage } from "./types";

type NextKind = "upper" | "lower" | "digit" | "other" | "end";

interface NextWord {
  kind: NextKind;
  /** Index of the word's first character. */
  start: number;
  /** The word itself (letters and a trailing apostrophe), for list look-ups. */
  word: string;
  /** Index just after the word, to look at the one after it. */
  end: number;
}

const TERMINATORS = /[.!?…;]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}.\-'’]/u;
const OPENERS = /^[\s«“‘"'([{¿¡—–-]*/u;
const WORD = /^[\p{L}\p{M}]+['’]?/u;
const ROMAN_OR_INITIAL = /^(?:[IVXLCDM]+(?![\p{L}'’])|\p{Lu}\.)/u;
// An initial: one capital ("A"), or letters joined by periods/hyphens ("J.-P", "H.R.F", "e.g").
const INITIALS = /^(?:\p{Lu}|\p{L}(?:\.-?\p{L})+)$/u;

/** Splits a paragraph into sentences; each keeps its exact text and its offsets in the paragraph. */
export function segmentSentences(paragraph: string, lang: SegmentLanguage = "fr"): Sentence[] {
  const lists = abbreviationLists(lang);
  const closingQuotes = paragraph.includes('"') ? closingStraightQuotes(paragraph) : new Set<number>();
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(TERMINATORS)) {
    const runStart = match.index;
    const end = consumeClosers(paragraph, runStart + match[0].length, closingQuotes);
    if (end < paragraph.length && !/\s/u.test(paragraph[end])) continue;
    if (isBoundary(paragraph, runStart, match[0], end, lists)) {
      pushTrimmed(sentences, paragraph, start, end);
      start = end;
    }
  }
  pushTrimmed(sentences, paragraph, start, paragraph.length);
  return sentences;
}

/** Moves past closing quotes and brackets that belong to the sentence just ended ("Il pleut. »"). */
function consumeClosers(text: string, from: number, closingQuotes: Set<number>): number {
  let pos = from;
  for (;;) {
    const ch = text[pos];
    if (ch === "»" || ch === "”" || ch === ")" || ch === "]" || (ch === '"' && closingQuotes.has(pos))) {
      pos++;
      continue;
    }
    // Closing single quotes double as apostrophes, so only take one glued to the punctuation.
    if ((ch === "’" || ch === "'") && pos === from && (pos + 1 === text.length || /\s/u.test(text[pos + 1]))) {
      pos++;
      continue;
    }
    // French puts a (narrow) no-break space before », and some writers a space before a closing ".
    let ahead = pos;
    while (ahead < text.length && /\s/u.test(text[ahead])) ahead++;
    if (ahead > pos && (text[ahead] === "»" || text[ahead] === "”" || (text[ahead] === '"' && closingQuotes.has(ahead)))) {
      pos = ahead;
      continue;
    }
    return pos;
  }
}

function isBoundary(text: string, runStart: number, run: string, end: number, lists: AbbreviationLists): boolean {
  const next = readNextWord(text, end);
  if (next.kind === "end") return true;
  const startsSentence = next.kind !== "lower";
  if (run === ";") return next.kind === "upper" && hasWord(lists.sentenceStarters, next.word);
  // "!" and "?" inside a sentence are followed by lowercase ("Ah ! dit-il").
  if (/[!?]/u.test(run)) return startsSentence;
  if (run.includes("…") || run.length > 1) {
    // "(...)" and "[…]" mark a cut in a quotation, not an end.
    if ("([".includes(text[runStart - 1] ?? "") && ")]".includes(text[runStart + run.length] ?? "")) return false;
    return next.kind === "upper";
  }
  return periodEndsSentence(text, runStart, next, lists);
}

/** Decides a single period from the word before it (abbreviation, initial, ordinary word). */
function periodEndsSentence(text: string, periodIndex: number, next: NextWord, lists: AbbreviationLists): boolean {
  let wordStart = periodIndex;
  while (wordStart > 0 && periodIndex - wordStart < 40 && WORD_CHAR.test(text[wordStart - 1])) wordStart--;
  // Elision is not part of the abbreviation: "l’art. 5", "d’env. 300".
  const before = text.slice(wordStart, periodIndex).replace(/^.*['’]/u, "");
  if (hasWord(lists.nonFinal, before)) return false;
  const numberFollows = next.kind === "digit" || ROMAN_OR_INITIAL.test(text.slice(next.start, next.start + 12));
  if (hasWord(lists.mayEnd, before)) return next.kind === "upper" && !numberFollows;
  if (INITIALS.test(before)) return next.kind === "upper" && cannotBeName(text, next, lists);
  return next.kind !== "lower";
}

/**
 * After an initial, a capitalised word is normally the surname ("J. Chirac"). A capitalised
 * closed-class word cannot be one ("sur X. La désignation…"), except a particle that begins a
 * surname, which a second capitalised word follows ("J.-M. Le Pen").
 */
function cannotBeName(text: string, next: NextWord, lists: AbbreviationLists): boolean {
  if (!hasWord(lists.sentenceStarters, next.word)) return false;
  if (!lists.nameParticles.has(next.word)) return true;
  return readNextWord(text, next.end).kind !== "upper";
}

/** Classifies the first word at or after `from`, skipping spaces and opening quotes/brackets/dashes. */
function readNextWord(text: string, from: number): NextWord {
  const skipped = OPENERS.exec(text.slice(from, from + 20))?.[0].length ?? 0;
  const pos = from + skipped;
  if (pos >= text.length) return { kind: "end", start: pos, word: "", end: pos };
  const word = WORD.exec(text.slice(pos, pos + 40))?.[0] ?? "";
  const ch = text[pos];
  const kind: NextKind = /\p{Lu}/u.test(ch) ? "upper" : /\p{Ll}/u.test(ch) ? "lower" : /\p{N}/u.test(ch) ? "digit" : "other";
  return { kind, start: pos, word, end: pos + word.length };
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
