import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { COMMENT_SELECT, findCommentForWrite, toCommentView, type CommentView } from "./comment-view";

/**
 * Marks a thread resolved or open again. `commentId` names the root (a reply's id stands for its
 * thread). Anyone who may comment may resolve: it says "dealt with", not "approved".
 */
async function setResolved(db: Db, options: { actor: Actor; commentId: string }, resolved: boolean): Promise<CommentView> {
  const { comment } = await findCommentForWrite(db, options.actor, options.commentId);
  const rootId = comment.parentId ?? comment.id;
  const root = await db.comment.findUniqueOrThrow({ where: { id: rootId }, select: COMMENT_SELECT });
  // Resolving twice keeps who resolved it first.
  if (resolved === (root.resolvedAt !== null)) return toCommentView(root);
  const row = await db.comment.update({
    where: { id: rootId },
    // Not an edit of the words: updatedAt (the body's version) is kept, so the author's open editor
    // does not meet a CONFLICT for a change nobody made to the text.
    data: resolved
      ? { resolvedAt: new Date(), resolvedById: options.actor.userId, updatedAt: root.updatedAt }
      : { resolvedAt: null, resolvedById: null, updatedAt: root.updatedAt },
    select: COMMENT_SELECT,
  });
  return toCommentView(row);
}

export function resolveThread(db: Db, options: { actor: Actor; commentId: string }): Promise<CommentView> {
  return setResolved(db, options, true);
}

export function reopenThread(db: Db, options: { actor: Actor; commentId: string }): Promise<CommentView> {
  return setResolved(db, options, false);
}
