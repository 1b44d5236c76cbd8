import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Takes an ignore back (translators and up): the finding counts again, for the approval gate too. */
export async function unignoreQaIssue(db: Db, options: { actor: Actor; segmentId: string; fingerprint: string }): Promise<{ removed: boolean }> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "qa.ignore");
  const { count } = await db.qaIgnore.deleteMany({ where: { segmentId: options.segmentId, fingerprint: options.fingerprint } });
  return { removed: count > 0 };
}
