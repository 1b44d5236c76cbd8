/**
 * A plain language guess for one segment: is this "English" still mostly French? Counted per
 * word: French function words, lower-case words with French accents and elisions («d’», «l’»)
 * against English function words. Words both languages use (a, on, son, car, plus, pour, as…) are
 * in neither list. The alignment stopwords (core/alignment/stopwords.ts) are not reused: they
 * leave out the short words (le, de, et), which are the best evidence here.
 */

import { isApostrophe } from "../../terms/characters";

const FRENCH = new Set(
  `le la les un une des du de au aux à et ou où est sont était étaient été être avait avaient ont sera
  qui que quoi dont ce cet cette ces il ils elle elles nous vous je leur leurs lui en dans sur sous par
  avec chez vers entre mais donc ne pas se sa ses mes notre vos aussi très déjà ainsi comme tout tous
  toute toutes selon malgré après pendant depuis lorsque puisque parce afin cela ceci même`.split(/\s+/u),
);

const ENGLISH = new Set(
  `the of and to in is was were are for with that this these those it its by at from be been being has
  have had will would not or but which who whom he she they we you his her their our an as said into
  than then there when where what how after before about over under between during while also`.split(/\s+/u),
);

const ELIDED = new Set(["l", "d", "qu", "n", "s", "c", "j", "m", "jusqu", "lorsqu", "puisqu"]);
const FRENCH_ACCENT = /[àâçéèêëîïôùûüÿœ]/u;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

export interface LanguageCounts {
  words: number;
  french: number;
  english: number;
}

/** Counts the French and English evidence among the words of a text. */
export function languageCounts(text: string): LanguageCounts {
  const counts: LanguageCounts = { words: 0, french: 0, english: 0 };
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const lower = surface.toLowerCase();
    counts.words++;
    // Capitalised words inside a sentence are names («Notre-Dame», «La Jolla», «Élysée»).
    const first = counts.words === 1;
    const named = surface !== lower && !first;
    const end = match.index + surface.length;
    if (lower.length <= 6 && ELIDED.has(lower) && isApostrophe(text.charCodeAt(end)) && /\p{L}/u.test(text[end + 1] ?? "")) counts.french++;
    else if (!named && FRENCH.has(lower)) counts.french++;
    else if (surface === lower && FRENCH_ACCENT.test(lower)) counts.french++;
    else if (!named && ENGLISH.has(lower)) counts.english++;
  }
  return counts;
}

/**
 * Whether a target is still mostly French: enough French evidence (three words at least, a
 * quarter of the words) and twice the English. Short and name-only texts never are.
 */
export function looksFrench(text: string): boolean {
  const { words, french, english } = languageCounts(text);
  return french >= 3 && french * 4 >= words && french >= 2 * english;
}
