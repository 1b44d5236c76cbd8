/**
 * Reads the shipped French → English lexicon (or any file in its format) into a `Lexicon`.
 * Format: one French word per line, a tab, then its English translations separated by "|";
 * lines starting with "#" are comments. Words are folded (lower case, no accents) so look-ups
 * ignore the spelling of accents and ligatures ("moeurs", "mœurs").
 */

import { foldWord } from "../normalise";
import type { Lexicon } from "../types";

/** Parses lexicon text (French TAB english|english…) into a folded word → translations map. */
export function parseLexicon(text: string): Lexicon {
  const lexicon = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const french = foldWord(line.slice(0, tab).trim());
    const english = line
      .slice(tab + 1)
      .split("|")
      .map((word) => foldWord(word.trim()))
      .filter(Boolean);
    const known = lexicon.get(french) ?? [];
    for (const word of english) if (!known.includes(word)) known.push(word);
    lexicon.set(french, known);
  }
  return lexicon;
}
