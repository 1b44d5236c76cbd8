import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { cleanCommentBody, COMMENT_SELECT, findCommentForWrite, toCommentView, type CommentView } from "./comment-view";

/**
 * Adds a reply to a thread. Threads are one level deep: a reply to a reply attaches to the root.
 * Replying to a resolved thread is allowed and leaves it resolved (reopening is a separate choice).
 */
export async function replyToComment(db: Db, options: { actor: Actor; commentId: string; body: string }): Promise<CommentView> {
  const { comment } = await findCommentForWrite(db, options.actor, options.commentId);
  const body = cleanCommentBody(options.body);
  const rootId = comment.parentId ?? comment.id;
  const row = await db.comment.create({
    // A reply is on the root's segment (the same as the comment replied to) and has no span of its own.
    data: { documentId: comment.documentId, segmentId: comment.segmentId, parentId: rootId, body, authorId: options.actor.userId },
    select: COMMENT_SELECT,
  });
  return toCommentView(row);
}
