import type { ReviewComment, ReviewDocument, ReviewNote, ReviewThread } from "@/core/formats/export-review-html";
import type { SegmentStatus } from "@/core/model/document";
import type { CommentView } from "../comments/comment-view";
import { loadThreads } from "../comments/list-comments";
import type { Db } from "../db/client";

const reviewComment = (c: CommentView): ReviewComment => ({ author: c.authorName ?? "", createdAt: c.createdAt, text: c.body });

/** Each segment's comment threads, in listComments' order; threads whose segment is gone are left out. */
async function threadsBySegment(db: Db, documentId: string): Promise<Map<string, ReviewThread[]>> {
  const bySegment = new Map<string, ReviewThread[]>();
  for (const { root, replies } of await loadThreads(db, { documentId })) {
    if (!root.segmentId) continue;
    const thread: ReviewThread = { ...reviewComment(root), ...(root.span ? { quote: root.span.exact } : {}), resolved: root.resolvedAt !== null, replies: replies.map(reviewComment) };
    bySegment.set(root.segmentId, [...(bySegment.get(root.segmentId) ?? []), thread]);
  }
  return bySegment;
}

/**
 * Loads a document as the review model: the bilingual document plus, on each segment, the notes
 * written on it (oldest first, with their author's name) and its comment threads (with the words
 * of the English they are about, as quoted even when those words are no longer found). Notes whose quoted span no longer
 * matches (orphaned) are kept while they are still on the segment: they remain comments on it.
 * No access check: the export use case has done it.
 */
export async function loadReviewDocument(db: Db, documentId: string, exportedAt: Date = new Date()): Promise<ReviewDocument> {
  const document = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    include: {
      paragraphs: {
        orderBy: { position: "asc" },
        include: { segments: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, sourceText: true, targetText: true, status: true } } },
      },
    },
  });
  const notes = await db.annotation.findMany({
    where: { documentId, kind: "note", segmentId: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { segmentId: true, body: true, author: { select: { name: true } } },
  });
  const notesBySegment = new Map<string, ReviewNote[]>();
  for (const note of notes) {
    const list = notesBySegment.get(note.segmentId!) ?? [];
    list.push({ author: note.author?.name ?? "", text: note.body });
    notesBySegment.set(note.segmentId!, list);
  }
  const threads = await threadsBySegment(db, documentId);
  return {
    title: document.title,
    date: document.documentDate ?? undefined,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
    exportedAt,
    blocks: document.paragraphs.map((p) => ({
      kind: p.kind === "heading" ? "heading" : "paragraph",
      level: p.level ?? undefined,
      segments: p.segments.map((s) => ({ source: s.sourceText, target: s.targetText, status: s.status as SegmentStatus, notes: notesBySegment.get(s.id) ?? [], threads: threads.get(s.id) ?? [] })),
    })),
  };
}
