import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { notFoundAsEntry } from "./update-term-entry";

/**
 * Deletes an entry. Its glosses lose their meaning with it: glosses that carry a note become plain
 * notes (the note is the user's work and is kept), the others are removed.
 */
export async function deleteTermEntry(db: Db, options: { actor: Actor; entryId: string }) {
  const entry = await db.termEntry.findUnique({ where: { id: options.entryId }, select: { id: true, projectId: true } });
  if (!entry) throw new AppError("NOT_FOUND", "Glossary entry not found.");
  await requireProjectAction(db, options.actor, entry.projectId, "glossary.edit").catch(notFoundAsEntry);
  await db.$transaction([
    db.annotation.updateMany({ where: { termEntryId: entry.id, kind: "gloss", NOT: { body: "" } }, data: { kind: "note", termEntryId: null } }),
    db.annotation.deleteMany({ where: { termEntryId: entry.id, kind: "gloss" } }),
    db.termEntry.delete({ where: { id: entry.id } }),
  ]);
  return { id: entry.id };
}
