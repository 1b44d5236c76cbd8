import type { TermbaseEntry } from "../terms/termbase-entry";

/** An entry without its concept link and TBX details: what tests of the columns compare. */
export function entryColumns(entry: TermbaseEntry): TermbaseEntry {
  const columns = { ...entry };
  delete columns.conceptId;
  delete columns.details;
  return columns;
}
