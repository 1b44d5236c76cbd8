/** One alignment unit: consecutive source sentences translated by consecutive target sentences. */
export interface Bead {
  /** 0-based source sentence indexes, ascending and consecutive; `[]` for an inserted target sentence. */
  source: number[];
  /** 0-based target sentence indexes, ascending and consecutive; `[]` for an omitted source sentence. */
  target: number[];
  /** Confidence in [0, 1] that this exact bead is right. */
  score: number;
}

/** A term pair the user asserts: when both sides contain it, the sentences likely correspond. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

/**
 * Single-word French → English translations, both sides folded (lower case, no accents, as
 * `foldWord` does). Build one with `parseLexicon` (see lexicon/README.md).
 */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

export interface AlignOptions {
  /** Term pairs whose co-occurrence is strong evidence (weighted above names and numbers). */
  glossary?: readonly GlossaryEntry[];
  /** Translations used as evidence; without one, only cognates, names and numbers are. */
  lexicon?: Lexicon;
}
