/**
 * Which of harper's lints a French → English translator should see, and as which QA code. Harper is
 * written for authors; a translator wants real errors, not style advice (few false alarms first).
 * Kinds and rule names below were chosen by linting ~1,800 published English sentences (the
 * align-dev books) and a sample of the demo article's translation: what fired there without being
 * wrong is switched off.
 */

import type { QaCode } from "../types";

type LanguageCode = Extract<QaCode, "spelling" | "grammar" | "repetition">;

/** Harper's lint kind → QA code; a kind not listed (Style, Readability, Enhancement, Redundancy, Formatting, Regionalism) is dropped. */
const KIND_TO_CODE: Readonly<Record<string, LanguageCode>> = {
  Spelling: "spelling",
  Typo: "spelling",
  Repetition: "repetition",
  Agreement: "grammar",
  Grammar: "grammar",
  Miscellaneous: "grammar",
  Punctuation: "grammar",
  BoundaryError: "grammar",
  Capitalization: "grammar",
  Eggcorn: "grammar",
  Malapropism: "grammar",
  Nonstandard: "grammar",
  Usage: "grammar",
  WordChoice: "grammar",
  WordOrder: "grammar",
};

export function codeOfLintKind(kind: string): LanguageCode | undefined {
  return Object.hasOwn(KIND_TO_CODE, kind) ? KIND_TO_CODE[kind] : undefined;
}

/**
 * Rules switched off in the linter: noise for a translator, or the job of another QA check (one home
 * per rule): sentence capitals → `case`; spaces, quotes, currency → `double-space`, `quotes`,
 * `typography`, `currency`; the rest flagged correct published English (“some 150”, “salt water”,
 * “under way”, “every one of”, Turkey, long sentences, Oxford commas…).
 */
export const DISABLED_RULES: readonly string[] = [
  "SentenceCapitalization",
  "NoFrenchSpaces",
  "Spaces",
  "UnclosedQuotes",
  "CurrencyPlacement",
  "Dashes",
  "UseEllipsisCharacter",
  "LongSentences",
  "OxfordComma",
  "Excellent",
  "VeryUnique",
  "SplitWords",
  "MergeWords",
  "CompoundNouns",
  "DisjointPrefixes",
  "UpdatePlaceNames",
  "DiscourseMarkers",
  "QuantifierNumeralConflict",
  "Regionalisms",
  // “every one of them” is correct; a translator renders the author's curses, not avoids them.
  "Everyone",
  "AvoidCurses",
  // “Who's there?” flagged for its sentence capital; “find out” is correct English.
  "OrthographicConsistency",
  "FindOut",
];

/** Optimal string alignment distance: enough to tell which spelling candidate is nearest. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/**
 * Harper copies the case of a flagged one-letter word letter by letter: “A apple” → “AN”. A single
 * capital is a sentence start, not an acronym: “An”.
 */
export function keepSentenceCase(problem: string, replacement: string): string {
  const allCaps = replacement.length > 1 && replacement === replacement.toUpperCase() && replacement !== replacement.toLowerCase();
  return /^\p{Lu}$/u.test(problem) && allCaps ? replacement[0] + replacement.slice(1).toLowerCase() : replacement;
}

/** US and UK spellings of one word reduced to one form: colour/color, centre/center, realise/realize, travelled/traveled. */
const DIALECT_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/our(?=s?$|ed$|ing$|ite|ful|less|able)/u, "or"],
  [/re(s?)$/u, "er$1"],
  [/(?<=[iy])s(?=e[sd]?$|ing$|ation)/u, "z"],
  [/ll(?=ed$|ing$|er$)/u, "l"],
  [/ogue$/u, "og"],
  [/ence$/u, "ense"],
];
const foldDialect = (word: string) => DIALECT_FOLDS.reduce((w, [pattern, to]) => w.replace(pattern, to), word.toLowerCase());
const isDialectVariant = (a: string, b: string) => a.toLowerCase() !== b.toLowerCase() && foldDialect(a) === foldDialect(b);

/**
 * The one fix to offer, or none when it is not certain: a single candidate; for a spelling, the
 * other dialect's form of the word (color → colour in UK English, whatever else is as near), else
 * the candidate strictly nearer than every other (wrld → weld / wild / world: none).
 */
export function certainReplacement(code: LanguageCode, problem: string, candidates: readonly string[]): string | undefined {
  const unique = [...new Set(candidates.map((candidate) => keepSentenceCase(problem, candidate)))];
  if (unique.length === 1) return unique[0];
  if (code !== "spelling" || unique.length === 0) return undefined;
  const variants = unique.filter((candidate) => isDialectVariant(problem, candidate));
  if (variants.length === 1) return variants[0];
  const distances = unique.map((candidate) => editDistance(problem.toLowerCase(), candidate.toLowerCase()));
  const best = Math.min(...distances);
  return distances.filter((d) => d === best).length === 1 ? unique[distances.indexOf(best)] : undefined;
}
