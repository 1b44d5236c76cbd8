/** A glossary entry as imported and exported (TBX, CSV): one French term and its English equivalents. */

import type { TermDetails } from "./term-details";
import type { TermEntry } from "./types";

/** One concept: the French source term and its English equivalents by status. */
export interface TermbaseEntry {
  id?: string;
  /** The French term. */
  source: string;
  /** The English term to use; "" when the entry has no English yet. */
  preferred: string;
  /** Other acceptable English terms. */
  admitted?: string[];
  /** English terms not to use (TBX deprecated or superseded). */
  forbidden?: string[];
  definition?: string;
  note?: string;
  /** Subject field («défense», "AI policy"). */
  domain?: string;
  /** Free text; TBX export maps it to noun, verb, adjective, adverb or other (tbx/part-of-speech.ts). */
  partOfSpeech?: string;
  sourceUrl?: string;
  /** Entries sharing it are French synonyms of one concept (TBX conceptEntry); absent = a concept of its own. */
  conceptId?: string;
  /** The TBX data beyond these fields, kept so a TBX file round-trips with nothing lost. */
  details?: TermDetails;
}

/** The matcher's view of termbase entries: the French term, and its allowed English equivalents. */
export function toTermEntries(entries: readonly TermbaseEntry[]): (TermEntry & { entry: TermbaseEntry })[] {
  return entries.map((entry, k) => ({
    id: entry.id ?? `entry-${k + 1}`,
    term: entry.source,
    equivalents: [entry.preferred, ...(entry.admitted ?? [])].filter((t) => t !== ""),
    entry,
  }));
}
