import { parseTermDetails, type TermDetails } from "@/core/terms/term-details";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { notFoundAsEntry } from "./update-term-entry";

/**
 * One entry's TBX details, for the glossary page to show when asked: they can be kilobytes per
 * entry, so the list leaves them out and says only whether there are any.
 */
export async function getTermEntryDetails(db: Db, options: { actor: Actor; entryId: string }): Promise<{ details: TermDetails | null }> {
  const row = await db.termEntry.findUnique({ where: { id: options.entryId }, select: { projectId: true, details: true } });
  if (!row) throw new AppError("NOT_FOUND", "Glossary entry not found.");
  await requireProjectAction(db, options.actor, row.projectId, "project.read").catch(notFoundAsEntry);
  return { details: parseTermDetails(row.details) ?? null };
}
