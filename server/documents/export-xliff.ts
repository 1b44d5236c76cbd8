import type { XliffComment, XliffDocument, XliffUnit } from "@/core/formats/xliff/xliff-model";
import { writeXliff } from "@/core/formats/xliff/write-xliff";
import type { SegmentStatus } from "@/core/model/document";
import { compileTermIndex, matchTerms } from "@/core/terms/match-terms";
import { toTermEntries } from "@/core/terms/termbase-entry";
import type { CommentView } from "../comments/comment-view";
import { loadThreads } from "../comments/list-comments";
import type { Db } from "../db/client";
import { loadTermbase } from "../glossary/load-termbase";

function toXliffComment(comment: CommentView, span: CommentView["span"]): XliffComment {
  return {
    id: comment.id,
    ...(comment.parentId ? { replyTo: comment.parentId } : {}),
    ...(comment.authorName ? { author: comment.authorName } : {}),
    created: comment.createdAt,
    ...(comment.resolvedAt ? { resolved: comment.resolvedAt } : {}),
    body: comment.body,
    ...(span ? { span } : {}),
  };
}

/** Each segment's threads, root then replies; a span whose words are lost is left out (its offsets are stale). */
async function commentsBySegment(db: Db, documentId: string): Promise<Map<string, XliffComment[]>> {
  const bySegment = new Map<string, XliffComment[]>();
  for (const { root, replies } of await loadThreads(db, { documentId })) {
    if (!root.segmentId) continue;
    const list = bySegment.get(root.segmentId) ?? [];
    list.push(toXliffComment(root, root.spanLost ? null : root.span), ...replies.map((reply) => toXliffComment(reply, null)));
    bySegment.set(root.segmentId, list);
  }
  return bySegment;
}

/**
 * A document as XLIFF 2.1: units by paragraph, segments with their state, the notes written on
 * each segment, its comment threads, and the glossary terms found in its source (glossary module). No access check:
 * the export use case has done it.
 */
export async function loadXliffDocument(db: Db, documentId: string): Promise<XliffDocument> {
  const document = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    include: { paragraphs: { orderBy: { position: "asc" }, include: { segments: { orderBy: [{ position: "asc" }, { id: "asc" }] } } } },
  });
  const notes = await db.annotation.findMany({ where: { documentId, kind: "note", status: "anchored" }, orderBy: { createdAt: "asc" }, select: { segmentId: true, body: true } });
  const notesBySegment = new Map<string, string[]>();
  for (const note of notes) if (note.segmentId) notesBySegment.set(note.segmentId, [...(notesBySegment.get(note.segmentId) ?? []), note.body]);
  const comments = await commentsBySegment(db, documentId);
  const termbase = await loadTermbase(db, document.projectId);
  const index = compileTermIndex(toTermEntries(termbase));
  const byId = new Map(termbase.map((e) => [e.id, e]));

  // Ids are numbered in document order: stored positions may have gaps after merges.
  let segmentNumber = 0;
  const units: XliffUnit[] = document.paragraphs.filter((p) => p.segments.length > 0).map((paragraph, k) => ({
    id: `p${k + 1}`,
    kind: paragraph.kind === "heading" ? "heading" : "paragraph",
    level: paragraph.kind === "heading" ? (paragraph.level ?? 1) : undefined,
    segments: paragraph.segments.map((segment) => {
      const found = [...new Set(matchTerms(index, segment.sourceText).map((m) => m.entryId))].map((id) => byId.get(id)!);
      return {
        id: `s${++segmentNumber}`,
        source: segment.sourceText,
        target: segment.targetText,
        status: segment.status as SegmentStatus,
        notes: notesBySegment.get(segment.id) ?? [],
        comments: comments.get(segment.id) ?? [],
        terms: found.map((e) => ({ source: e.source, preferred: e.preferred, ...(e.definition ? { definition: e.definition } : {}) })),
      };
    }),
  }));
  return { title: document.title, sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, date: document.documentDate ?? undefined, units };
}

export async function exportXliffBody(db: Db, documentId: string): Promise<string> {
  return writeXliff(await loadXliffDocument(db, documentId));
}
