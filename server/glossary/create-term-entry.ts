import { randomUUID } from "node:crypto";
import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseTermEntryFields, sameTermKey, toTermbaseEntry, toTermEntryColumns } from "./term-entry-fields";

/** Limit per project: the matcher stays well under 300 ms at 5,000 and scales linearly beyond. */
export const MAX_TERM_ENTRIES = 50_000;

/**
 * Adds an entry to the project's termbase. A second entry for the same French term (ignoring case
 * and apostrophe style) is refused with the existing entry's id, so the caller can edit it instead.
 */
export async function createTermEntry(db: Db, options: { actor: Actor; projectId: string; fields: unknown }) {
  await requireProjectAction(db, options.actor, options.projectId, "glossary.edit");
  const fields = parseTermEntryFields(options.fields);
  // The check and the insert are one transaction, so two people adding the same term at the same
  // moment get one entry and one clear refusal, not two entries.
  const row = await db.$transaction(async (tx) => {
    const existing = await findSameTerm(tx, options.projectId, fields.source);
    if (existing) throw new AppError("CONFLICT", `The glossary already has « ${existing.source} ».`, { reason: "DUPLICATE_TERM", entryId: existing.id });
    if ((await tx.termEntry.count({ where: { projectId: options.projectId } })) >= MAX_TERM_ENTRIES) {
      throw new AppError("INVALID_INPUT", `A glossary holds at most ${MAX_TERM_ENTRIES.toLocaleString("en")} entries.`);
    }
    // An entry typed by hand is a concept of its own unless the caller names one (a synonym).
    const conceptId = fields.conceptId || randomUUID();
    return tx.termEntry.create({ data: { projectId: options.projectId, createdById: options.actor.userId, ...toTermEntryColumns({ ...fields, conceptId }) } });
  });
  return { ...toTermbaseEntry(row), updatedAt: row.updatedAt.toISOString() };
}

/** The project's entry for the same French term, if any. */
export async function findSameTerm(db: Pick<Db, "termEntry">, projectId: string, source: string) {
  const key = sameTermKey(source);
  // SQLite's LOWER() is ASCII-only (« É » stays « É »), so keys are compared here, not in SQL.
  const candidates = await db.termEntry.findMany({ where: { projectId }, select: { id: true, source: true } });
  return candidates.find((c) => sameTermKey(c.source) === key) ?? null;
}
