import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/** Comments are plain text; this bounds their size (they are shown as text, never as HTML). */
export const MAX_COMMENT_LENGTH = 5000;

/** The words of the segment's English target a comment is about. */
export interface CommentSpan {
  start: number;
  end: number;
  exact: string;
}

/** A comment as the workbench shows it. Dates are ISO strings. */
export interface CommentView {
  id: string;
  /** null once its segment is gone. */
  segmentId: string | null;
  /** The thread's root; null for a root. */
  parentId: string | null;
  body: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  /** Also the version an edit must name (check-and-set). */
  updatedAt: string;
  /** On a root only: when its thread was resolved. */
  resolvedAt: string | null;
  resolvedByName: string | null;
  /**
   * null for a comment on the whole segment. When `spanLost`, this is the quote as it was written
   * and its offsets are stale: show the words, do not highlight the offsets.
   */
  span: CommentSpan | null;
  /** The quoted words could not be found again in the current target. */
  spanLost: boolean;
}

export interface ThreadView {
  root: CommentView;
  /** Oldest first. */
  replies: CommentView[];
}

export const COMMENT_SELECT = {
  id: true,
  documentId: true,
  segmentId: true,
  parentId: true,
  body: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  resolvedAt: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
} as const;

export interface CommentRow {
  id: string;
  segmentId: string | null;
  parentId: string | null;
  body: string;
  start: number | null;
  end: number | null;
  exact: string | null;
  resolvedAt: Date | null;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
  author: { name: string } | null;
  resolvedBy: { name: string } | null;
}

export function toCommentView(row: CommentRow, spanLost = false): CommentView {
  const hasSpan = row.start !== null && row.end !== null && row.exact !== null;
  return {
    id: row.id,
    segmentId: row.segmentId,
    parentId: row.parentId,
    body: row.body,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedByName: row.resolvedAt ? (row.resolvedBy?.name ?? null) : null,
    span: hasSpan ? { start: row.start!, end: row.end!, exact: row.exact! } : null,
    spanLost: hasSpan && spanLost,
  };
}

/**
 * The body as stored: line endings normalised and the ends trimmed, nothing else — it stays plain
 * text, whatever it looks like (markup included), and is only ever rendered as text.
 */
export function cleanCommentBody(body: string): string {
  const text = body.replace(/\r\n?/g, "\n").trim();
  if (!text) throw new AppError("INVALID_INPUT", "Write the comment first.", { reason: "EMPTY" });
  if (text.length > MAX_COMMENT_LENGTH) {
    throw new AppError("INVALID_INPUT", `A comment is at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`, {
      reason: "TOO_LONG",
      max: MAX_COMMENT_LENGTH,
    });
  }
  return text;
}

/**
 * Loads a comment for a change, after checking "comment.write" on its document. A non-member gets
 * the same NOT_FOUND as for a comment that does not exist, so ids do not leak.
 */
export async function findCommentForWrite(db: Db, actor: Actor, commentId: string) {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: COMMENT_SELECT });
  if (!comment) throw new AppError("NOT_FOUND", "Comment not found.");
  const { role } = await requireDocumentAction(db, actor, comment.documentId, "comment.write").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "Comment not found.");
    throw error;
  });
  return { comment, role, isAuthor: actor.kind === "system" || (comment.authorId !== null && comment.authorId === actor.userId) };
}
