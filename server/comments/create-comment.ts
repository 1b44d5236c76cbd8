import { describeSpan } from "@/core/annotations/span-anchor";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { cleanCommentBody, COMMENT_SELECT, toCommentView, type CommentView } from "./comment-view";

export interface CreateCommentOptions {
  actor: Actor;
  segmentId: string;
  body: string;
  /** UTF-16 offsets of the commented words in the segment's current English target; both or neither. */
  start?: number;
  end?: number;
}

/**
 * Starts a thread on a segment, optionally about some words of its translation. The span is stored
 * with its quote and context (like an annotation) so it can be found again after the target is edited.
 */
export async function createComment(db: Db, options: CreateCommentOptions): Promise<CommentView> {
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { id: true, documentId: true, targetText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "comment.write");
  const body = cleanCommentBody(options.body);
  if ((options.start === undefined) !== (options.end === undefined)) throw new AppError("INVALID_INPUT", "A span needs both a start and an end.");
  let span = {};
  if (options.start !== undefined && options.end !== undefined) {
    try {
      span = describeSpan(segment.targetText, options.start, options.end);
    } catch (error) {
      fromDomainError(error);
    }
  }
  const row = await db.comment.create({
    data: { documentId: segment.documentId, segmentId: segment.id, body, ...span, authorId: options.actor.userId },
    select: COMMENT_SELECT,
  });
  return toCommentView(row);
}
