/**
 * A glossary file's entries (TBX or CSV, core/formats/read-glossary.ts) as the QA checks read them:
 * accepted = the preferred term then the admitted ones, forbidden = the deprecated ones.
 */

import type { TermbaseEntry } from "../terms/termbase-entry";
import { compileQaGlossary, type QaGlossary, type QaGlossaryEntry } from "./glossary";

/** The QA view of one termbase entry; `id` names it in findings (the entry's own id, else its rank). */
export function qaGlossaryEntryOf(entry: TermbaseEntry, id: string): QaGlossaryEntry {
  return {
    id,
    source: entry.source,
    accepted: [entry.preferred, ...(entry.admitted ?? [])].filter((term) => term.trim() !== ""),
    forbidden: (entry.forbidden ?? []).filter((term) => term.trim() !== ""),
  };
}

/** Compiles a glossary file's entries for the checks, ids by rank (`entry-N`): a file's own id column may repeat. */
export function qaGlossaryOfTermbase(entries: readonly TermbaseEntry[]): QaGlossary {
  return compileQaGlossary(entries.map((entry, k) => qaGlossaryEntryOf(entry, `entry-${k + 1}`)));
}
