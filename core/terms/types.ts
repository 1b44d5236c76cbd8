/** Shapes shared by the term matcher and its callers (viewer highlights, editor marks, QA). */

/** One glossary entry to find in French text; callers may carry extra fields through. */
export interface TermEntry {
  id: string;
  /** The French term as written in the glossary («risque pour la chaîne d’approvisionnement»). */
  term: string;
  /** English equivalents; not used for matching, kept for the caller. */
  equivalents?: string[];
  /**
   * true: every word must have the entry's case pattern (lower / Capitalised / ALL CAPS);
   * false: case never matters; unset: words the entry writes in capitals must be capitalised in
   * the text too («IA», «Défense»), lower-case words match any case.
   */
  caseSensitive?: boolean;
}

/** One occurrence of an entry in a text: UTF-16 offsets, `text === input.slice(start, end)`. */
export interface TermMatch {
  entryId: string;
  start: number;
  end: number;
  text: string;
}
