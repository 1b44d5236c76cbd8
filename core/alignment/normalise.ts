/**
 * Normalisers for evidence that survives translation: numbers written the French or the English
 * way, number words, month names, Roman numerals, and words compared without accents.
 */

import type { SegmentLanguage } from "../segmentation/types";

/** Lower-cases and strips diacritics and ligatures, so "Cunégonde" and "Cunegonde" compare equal. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "");
}

// French groups thousands with a (narrow) no-break space, a space or a period and writes a decimal
// comma ("1 200", "3,5"); English groups with commas and writes a decimal point ("1,200", "3.5").
// A period followed by exactly three digits is a thousands separator in French, a decimal in English.
const FRENCH_NUMBER = /\d{1,3}(?:[ \u00A0\u202F.]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?/g;
const ENGLISH_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/g;

/** Canonical value of one number as written in `lang` ("1 200,5" in French → "1200.5"), or null. */
export function normaliseNumber(written: string, lang: SegmentLanguage): string | null {
  let digits = written.trim();
  if (lang === "fr") {
    digits = digits.replace(/[ \u00A0\u202F]/g, "");
    digits = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(digits) ? digits.replace(/\./g, "") : digits;
    digits = digits.replace(",", ".");
  } else {
    digits = digits.replace(/,(?=\d{3}(?!\d))/g, "");
  }
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isFinite(value) ? String(value) : null;
}

/** Canonical values of the numbers written in digits in a sentence ("3,5 et 1 200" → ["3.5", "1200"]). */
export function extractNumbers(text: string, lang: SegmentLanguage): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(lang === "fr" ? FRENCH_NUMBER : ENGLISH_NUMBER)) {
    const value = normaliseNumber(match[0], lang);
    if (value !== null) values.push(value);
  }
  return values;
}

// Words for numbers translators usually keep. "un"/"one" are left out: they are articles and
// pronouns far more often than counts.
const NUMBER_WORDS: Record<SegmentLanguage, ReadonlyMap<string, number>> = toMaps({
  fr: {
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    cents: 100,
    mille: 1000,
    million: 1e6,
    millions: 1e6,
    premier: 1,
    premiere: 1,
    deuxieme: 2,
    second: 2,
    seconde: 2,
    troisieme: 3,
    quatrieme: 4,
    cinquieme: 5,
  },
  en: {
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    hundred: 100,
    hundreds: 100,
    thousand: 1000,
    thousands: 1000,
    million: 1e6,
    millions: 1e6,
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
  },
});

function toMaps(words: Record<SegmentLanguage, Record<string, number>>): Record<SegmentLanguage, ReadonlyMap<string, number>> {
  return { fr: new Map(Object.entries(words.fr)), en: new Map(Object.entries(words.en)) };
}

const monthMap = (names: string[]): ReadonlyMap<string, number> => new Map(names.map((name, k) => [name, k + 1]));
const MONTHS: Record<SegmentLanguage, ReadonlyMap<string, number>> = {
  fr: monthMap(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]),
  en: monthMap(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]),
};

/**
 * A language-neutral key for a folded word that names a number or a month ("vingt" and "twenty"
 * → "20", "août" and "August" → "month:8"), or null. "mars", "mai" and "may" are common words too,
 * so English "may" and "march" only count when `capitalised`.
 */
export function numberOrMonthKey(folded: string, lang: SegmentLanguage, capitalised: boolean): string | null {
  const value = NUMBER_WORDS[lang].get(folded);
  if (value !== undefined) return String(value);
  const month = MONTHS[lang].get(folded);
  if (month === undefined) return null;
  const ambiguous = lang === "en" && (folded === "may" || folded === "march");
  return ambiguous && !capitalised ? null : `month:${month}`;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * Value of an upper-case Roman numeral ("XIX", "XIXe" → 19), or null. A lone "I", "V", "X", "C",
 * "D", "M" or "L" is a pronoun or an initial more often than a number, so it needs `afterHeading`
 * (the previous word is "chapitre", "chapter", "livre"…).
 */
export function romanValue(word: string, afterHeading: boolean): number | null {
  const bare = word.replace(/(?:e|er|ème|eme|nd|th|st)$/u, "");
  if (!ROMAN.test(bare) || (bare.length < 2 && !afterHeading)) return null;
  let total = 0;
  for (let i = 0; i < bare.length; i++) {
    const value = ROMAN_VALUES[bare[i]];
    const next = ROMAN_VALUES[bare[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Words after which a lone Roman letter is a number ("CHAPITRE I", "Book V"). */
export const HEADING_WORDS = new Set(["chapitre", "chapter", "livre", "book", "partie", "part", "tome", "volume", "acte", "act", "scene", "section"]);
