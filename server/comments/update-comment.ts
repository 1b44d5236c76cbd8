import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { cleanCommentBody, COMMENT_SELECT, findCommentForWrite, toCommentView, type CommentView } from "./comment-view";

const conflict = (row: { body: string; updatedAt: Date }) =>
  new AppError("CONFLICT", "This comment was changed after you opened it.", { theirs: row.body, updatedAt: row.updatedAt.toISOString() });

/**
 * Changes a comment's text. Only its author may: a comment is signed, and an owner who disagrees
 * replies or deletes rather than putting words in someone's mouth. `baseUpdatedAt` is the version
 * the editor loaded; a newer one is a CONFLICT carrying the current text and version (to save on
 * top of it knowingly), never a silent overwrite.
 */
export async function updateComment(db: Db, options: { actor: Actor; commentId: string; baseUpdatedAt: string; body: string }): Promise<CommentView> {
  const { comment, isAuthor } = await findCommentForWrite(db, options.actor, options.commentId);
  if (!isAuthor) throw new AppError("FORBIDDEN", "Only its author can edit a comment.");
  const body = cleanCommentBody(options.body);
  if (comment.updatedAt.toISOString() !== options.baseUpdatedAt) throw conflict(comment);
  // Check-and-set in one statement, with a strictly later updatedAt so two saves within one
  // millisecond are still two versions.
  const updatedAt = new Date(Math.max(Date.now(), comment.updatedAt.getTime() + 1));
  const { count } = await db.comment.updateMany({ where: { id: comment.id, updatedAt: comment.updatedAt }, data: { body, updatedAt } });
  const row = await db.comment.findUnique({ where: { id: comment.id }, select: COMMENT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Comment not found.");
  if (count === 0) throw conflict(row);
  return toCommentView(row);
}
