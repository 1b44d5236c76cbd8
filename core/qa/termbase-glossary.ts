/**
 * A glossary file's entries (TBX or CSV, core/formats/read-glossary.ts) as the QA checks read them:
 * accepted = the preferred term then the admitted ones, forbidden = the deprecated ones (TBX-Basic
 * deprecated / superseded), each trimmed and listed once. The one home of that rule: the server's
 * termbase rows go through it too (server/qa/load-qa-context.ts).
 */

import type { TermbaseEntry } from "../terms/termbase-entry";
import { compileQaGlossary, type QaGlossary, type QaGlossaryEntry } from "./glossary";

/** The QA view of one termbase entry; `id` names it in findings (the entry's own id, else its rank). */
export function qaGlossaryEntryOf(entry: TermbaseEntry, id: string): QaGlossaryEntry {
  const terms = (list: readonly string[]) => [...new Set(list.map((term) => term.trim()).filter((term) => term !== ""))];
  return { id, source: entry.source, accepted: terms([entry.preferred, ...(entry.admitted ?? [])]), forbidden: terms(entry.forbidden ?? []) };
}

/** Compiles a glossary file's entries for the checks, ids by rank (`entry-N`): a file's own id column may repeat. */
export function qaGlossaryOfTermbase(entries: readonly TermbaseEntry[]): QaGlossary {
  return compileQaGlossary(entries.map((entry, k) => qaGlossaryEntryOf(entry, `entry-${k + 1}`)));
}
