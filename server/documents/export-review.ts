import type { ReviewComment, ReviewNote, ReviewSegment, ReviewThread } from "@/core/formats/export-review-html";
import type { SegmentStatus } from "@/core/model/document";
import type { CommentView } from "../comments/comment-view";
import { loadThreads } from "../comments/list-comments";
import type { Db } from "../db/client";
import { positionsOf, type ExportRow } from "./export-pages";

const reviewComment = (c: CommentView): ReviewComment => ({ author: c.authorName ?? "", createdAt: c.createdAt, text: c.body });

/**
 * A page of segments as the review copy shows them: each with the notes written on it (oldest
 * first, with their author's name) and its comment threads (with the words of the English they are
 * about, as quoted even when those words are no longer found). Notes whose quoted span no longer
 * matches (orphaned) are kept while they are still on the segment: they remain comments on it.
 * No access check: the export use case has done it.
 */
export async function reviewSegments(db: Db, documentId: string, rows: ExportRow[]): Promise<ReviewSegment[]> {
  const { from, to } = positionsOf(rows);
  const notes = await db.annotation.findMany({
    where: { documentId, kind: "note", segment: { documentId, position: { gte: from, lte: to } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { segmentId: true, body: true, author: { select: { name: true } } },
  });
  const notesBySegment = new Map<string, ReviewNote[]>();
  for (const note of notes)
    notesBySegment.set(note.segmentId!, [...(notesBySegment.get(note.segmentId!) ?? []), { author: note.author?.name ?? "", text: note.body }]);
  const threads = new Map<string, ReviewThread[]>();
  for (const { root, replies } of await loadThreads(db, { documentId, positions: positionsOf(rows) })) {
    const thread: ReviewThread = {
      ...reviewComment(root),
      ...(root.span ? { quote: root.span.exact } : {}),
      resolved: root.resolvedAt !== null,
      replies: replies.map(reviewComment),
    };
    threads.set(root.segmentId!, [...(threads.get(root.segmentId!) ?? []), thread]);
  }
  return rows.map((s) => ({
    source: s.sourceText,
    target: s.targetText,
    status: s.status as SegmentStatus,
    notes: notesBySegment.get(s.id) ?? [],
    threads: threads.get(s.id) ?? [],
  }));
}
