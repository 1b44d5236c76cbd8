import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { findCommentForWrite } from "./comment-view";

/**
 * Deletes a comment: its author's right, and a project owner's (moderation). Deleting a thread's
 * root deletes the whole thread.
 */
export async function deleteComment(db: Db, options: { actor: Actor; commentId: string }): Promise<{ id: string; deleted: number }> {
  const { comment, role, isAuthor } = await findCommentForWrite(db, options.actor, options.commentId);
  if (!isAuthor && role !== "owner") throw new AppError("FORBIDDEN", "Only its author or a project owner can delete a comment.");
  // Replies are deleted explicitly rather than trusting the foreign key's cascade to be enforced.
  const [replies] = await db.$transaction([db.comment.deleteMany({ where: { parentId: comment.id } }), db.comment.delete({ where: { id: comment.id } })]);
  return { id: comment.id, deleted: replies.count + 1 };
}
