import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { countEmptyRepetitions } from "./repetitions";

/** How many empty repetitions of a segment its confirmed translation could fill (one indexed count). */
export async function countRepetitions(db: Db, options: { actor: Actor; segmentId: string }): Promise<{ count: number }> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { id: true, documentId: true, sourceText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "segment.edit");
  return { count: await countEmptyRepetitions(db, segment) };
}
