import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { findSameTerm } from "./create-term-entry";
import { parseTermEntryFields, toTermbaseEntry, toTermEntryColumns } from "./term-entry-fields";

/**
 * Replaces an entry's fields. `baseUpdatedAt` is the version the editor loaded: if someone saved the
 * entry since, the update is refused with CONFLICT and their fields, so nothing is silently lost.
 */
export async function updateTermEntry(db: Db, options: { actor: Actor; entryId: string; baseUpdatedAt: string; fields: unknown }) {
  const entry = await db.termEntry.findUnique({ where: { id: options.entryId } });
  if (!entry) throw new AppError("NOT_FOUND", "Glossary entry not found.");
  await requireProjectAction(db, options.actor, entry.projectId, "glossary.edit").catch(notFoundAsEntry);
  const fields = parseTermEntryFields(options.fields);
  if (entry.updatedAt.toISOString() !== options.baseUpdatedAt) {
    throw new AppError("CONFLICT", "Someone else changed this entry after you opened it. Reload to see their version.", { theirs: toTermbaseEntry(entry) });
  }
  // The duplicate check and the write are one transaction: two entries renamed onto the same term
  // at the same moment must not both get it.
  const { count, row } = await db.$transaction(async (tx) => {
    const same = await findSameTerm(tx, entry.projectId, fields.source);
    if (same && same.id !== entry.id)
      throw new AppError("CONFLICT", `The glossary already has « ${same.source} ».`, { reason: "DUPLICATE_TERM", entryId: same.id });
    // Check-and-set in one statement: a save that landed since the read above must not be overwritten.
    // The new updatedAt is strictly later, so two saves within one millisecond are still two versions.
    const updatedAt = new Date(Math.max(Date.now(), entry.updatedAt.getTime() + 1));
    const { count } = await tx.termEntry.updateMany({
      where: { id: entry.id, updatedAt: entry.updatedAt },
      data: { ...toTermEntryColumns(fields), updatedAt },
    });
    return { count, row: await tx.termEntry.findUnique({ where: { id: entry.id } }) };
  });
  if (!row) throw new AppError("NOT_FOUND", "Glossary entry not found.");
  if (count === 0)
    throw new AppError("CONFLICT", "Someone else changed this entry after you opened it. Reload to see their version.", { theirs: toTermbaseEntry(row) });
  return { ...toTermbaseEntry(row), updatedAt: row.updatedAt.toISOString() };
}

export function notFoundAsEntry(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "Glossary entry not found.");
  throw error;
}
