/**
 * English words folded for glossary look-ups in a translation: case, accents, possessives and
 * regular plurals do not decide whether an equivalent is there («risks», «risk's», «risks'» all
 * read "risk»), and a hyphen is a word break («supply-chain» is «supply chain»). The French side
 * has its own rules (term-key.ts); English inflection is poor enough for a few suffix rules, and
 * both the equivalent and the text go through the same fold, so a rule only has to be consistent.
 */

export interface EnglishWord {
  /** Folded form: lower case, no accents, no possessive, singular. */
  key: string;
  /** UTF-16 offsets of the word as written (possessive included). */
  start: number;
  end: number;
}

export interface EnglishSpan {
  start: number;
  end: number;
}

// Letters and digits, joined by an inner apostrophe (don't, risk's); hyphens and spaces split words.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of an English text with their folded keys and offsets. */
export function englishWords(text: string): EnglishWord[] {
  const words: EnglishWord[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ key: foldEnglishWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

const ASCII = /^[\x00-\x7f]*$/u;

/** One word's folded key: «Risks'» «risk’s» «RISK» → "risk", «policies» → "policy", «Café» → "cafe". */
export function foldEnglishWord(surface: string): string {
  let word = surface.toLowerCase();
  // Most English words are ASCII: normalising them is most of the cost of a long text.
  if (!ASCII.test(word)) word = word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’ʼ]/gu, "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  return singular(word);
}

function singular(word: string): string {
  // Short words are function words or abbreviations (its, has, gas, bus, AIs is rare): left alone.
  if (word.length <= 3 || !word.endsWith("s")) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  // Singular nouns ending in s: class, status, analysis.
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (/(?:sses|xes|zes|ches|shes)$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The folded keys of a phrase («supply-chain risks» → ["supply", "chain", "risk"]). */
export function foldEnglishPhrase(phrase: string): string[] {
  return englishWords(phrase).map((word) => word.key);
}

/** Where a phrase occurs in a text already split by englishWords, as spans over the words written. */
export function findEnglishPhrase(words: readonly EnglishWord[], phrase: string): EnglishSpan[] {
  const keys = foldEnglishPhrase(phrase);
  const spans: EnglishSpan[] = [];
  if (keys.length === 0) return spans;
  for (let i = 0; i + keys.length <= words.length; i++) {
    let k = 0;
    while (k < keys.length && words[i + k].key === keys[k]) k++;
    if (k === keys.length) {
      spans.push({ start: words[i].start, end: words[i + keys.length - 1].end });
      i += keys.length - 1;
    }
  }
  return spans;
}
