/**
 * Candidate dictionary forms of an inflected French word, to look it up in a lexicon of headwords:
 * "chantaient" → "chanter", "grandes" → "grand", "chevaux" → "cheval". Deliberately over-generates
 * (a wrong candidate is simply not in the lexicon) and under-analyses: a light stemmer is enough
 * to find a translation, and a full morphological analyser would be larger than the lexicon.
 */

/** [ending, replacement] pairs, tried on folded words (lower case, no accents). */
const RULES: ReadonlyArray<readonly [string, string]> = [
  // Nouns and adjectives.
  ["s", ""],
  ["x", ""],
  ["e", ""],
  ["es", ""],
  ["aux", "al"],
  ["euse", "eux"],
  ["euses", "eux"],
  ["ive", "if"],
  ["ives", "if"],
  ["ere", "er"],
  ["eres", "er"],
  ["elle", "el"],
  ["elles", "el"],
  ["enne", "en"],
  ["ennes", "en"],
  ["ment", ""],
  ["ement", ""],
  // First-group verbs (-er): present, imperfect, simple past, future, conditional, participles.
  ["e", "er"],
  ["es", "er"],
  ["ent", "er"],
  ["ons", "er"],
  ["ez", "er"],
  ["ai", "er"],
  ["as", "er"],
  ["a", "er"],
  ["ames", "er"],
  ["erent", "er"],
  ["ais", "er"],
  ["ait", "er"],
  ["aient", "er"],
  ["ions", "er"],
  ["iez", "er"],
  ["erai", "er"],
  ["era", "er"],
  ["erons", "er"],
  ["eront", "er"],
  ["erais", "er"],
  ["erait", "er"],
  ["eraient", "er"],
  ["ant", "er"],
  ["ee", "er"],
  ["ees", "er"],
  // Second group (-ir).
  ["is", "ir"],
  ["it", "ir"],
  ["issons", "ir"],
  ["issez", "ir"],
  ["issent", "ir"],
  ["issait", "ir"],
  ["issaient", "ir"],
  ["irent", "ir"],
  ["i", "ir"],
  ["ie", "ir"],
  ["ies", "ir"],
  ["ira", "ir"],
  ["irait", "ir"],
  ["issant", "ir"],
  // Third group (-re, -oir): "rendait" → "rendre", "vendu" → "vendre".
  ["ait", "re"],
  ["aient", "re"],
  ["ant", "re"],
  ["u", "re"],
  ["ue", "re"],
  ["us", "re"],
  ["it", "re"],
  ["s", "re"],
  ["t", "re"],
  ["ait", "oir"],
  ["u", "oir"],
];

const MIN_STEM = 2;

/** The folded word itself, then every candidate headword its ending allows, without duplicates. */
export function lemmaCandidates(folded: string): string[] {
  const candidates = [folded];
  for (const [ending, replacement] of RULES) {
    if (!folded.endsWith(ending) || folded.length - ending.length < MIN_STEM) continue;
    const candidate = folded.slice(0, folded.length - ending.length) + replacement;
    if (!candidates.includes(candidate)) candidates.push(candidate);
  }
  return candidates;
}
