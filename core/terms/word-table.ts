/**
 * What term matching knows about one word form, computed once per distinct form and shared by the
 * glossary and every text matched against it: a document repeats its words, and a key costs a
 * normalisation, a lower-casing and a few suffix tests.
 */

import { caseShape, isElidable, termKey, type CaseShape } from "./term-key";

/** One word form («Chaînes», «d'», «aujourd'hui»; apostrophes written "'"). */
export interface WordInfo {
  surface: string;
  /** Matching key: shared by the word's number and gender forms, or its article class. */
  key: string;
  shape: CaseShape;
  /** Whether the word elides before an apostrophe («l», «d», «qu», «jusqu»). */
  elides: boolean;
  /** Memo slot for the matcher (the trie node this word starts), so a token costs one map look-up. */
  head?: unknown;
}

// Bounds the memo for a long-lived index fed many documents; a document's vocabulary is far smaller.
const MAX_WORDS = 200_000;

/** Surface → WordInfo memo. */
export class WordTable {
  private readonly words = new Map<string, WordInfo>();

  /** The info of `surface`, computed on first sight. */
  get(surface: string): WordInfo {
    let info = this.words.get(surface);
    if (info === undefined) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      info = { surface, key: termKey(surface), shape: caseShape(surface), elides: isElidable(surface), head: undefined };
      this.words.set(surface, info);
    }
    return info;
  }
}
