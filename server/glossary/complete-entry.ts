import type { Db } from "../db/client";
import { mergeFields } from "./merge-fields";
import { toTermbaseEntry, toTermEntryColumns, type TermEntryFields } from "./term-entry-fields";

type Tx = Pick<Db, "termEntry">;

/** Fills an existing entry's empty fields and joins its term lists; what is already written stays. */
export async function completeEntry(tx: Tx, entryId: string, fields: TermEntryFields) {
  const current = toTermbaseEntry(await tx.termEntry.findUniqueOrThrow({ where: { id: entryId } }), { details: true });
  const merged = mergeFields(current, fields);
  return toTermbaseEntry(await tx.termEntry.update({ where: { id: entryId }, data: toTermEntryColumns(merged) }));
}
