import type { XliffComment, XliffQualityIssue, XliffSegment } from "@/core/formats/xliff/xliff-model";
import type { SegmentStatus } from "@/core/model/document";
import { compileTermIndex, matchTerms } from "@/core/terms/match-terms";
import { toTermEntries } from "@/core/terms/termbase-entry";
import type { CommentView } from "../comments/comment-view";
import { loadThreads } from "../comments/list-comments";
import type { Db } from "../db/client";
import { loadTermbase } from "../glossary/load-termbase";
import { positionsOf, type ExportRow } from "./export-pages";

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

/**
 * How a page of segments goes into XLIFF 2.1: each with its state, the notes written on it, its
 * comment threads (root, then replies; a span whose words are lost is left out, its offsets being
 * stale) and the glossary terms found in its source (glossary module). The termbase is compiled
 * once per export. With the QA report, each segment's issues (xliff-quality-issues.ts). No access
 * check: the export use case has done it.
 */
export async function xliffSegments(
  db: Db,
  documentId: string,
  projectId: string,
  qualityIssues?: Record<string, XliffQualityIssue[]>,
): Promise<(rows: ExportRow[]) => Promise<Omit<XliffSegment, "id">[]>> {
  const termbase = await loadTermbase(db, projectId);
  const index = compileTermIndex(toTermEntries(termbase));
  const byId = new Map(termbase.map((e) => [e.id, e]));
  return async (rows) => {
    const { from, to } = positionsOf(rows);
    const notes = await db.annotation.findMany({
      where: { documentId, kind: "note", status: "anchored", segment: { documentId, position: { gte: from, lte: to } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { segmentId: true, body: true },
    });
    const notesOf = new Map<string, string[]>();
    for (const note of notes) notesOf.set(note.segmentId!, [...(notesOf.get(note.segmentId!) ?? []), note.body]);
    const comments = new Map<string, XliffComment[]>();
    for (const { root, replies } of await loadThreads(db, { documentId, positions: positionsOf(rows) })) {
      const list = comments.get(root.segmentId!) ?? [];
      list.push(toXliffComment(root, root.spanLost ? null : root.span), ...replies.map((reply) => toXliffComment(reply, null)));
      comments.set(root.segmentId!, list);
    }
    return rows.map((segment) => {
      const found = [...new Set(matchTerms(index, segment.sourceText).map((m) => m.entryId))].map((id) => byId.get(id)!);
      return {
        source: segment.sourceText,
        target: segment.targetText,
        status: segment.status as SegmentStatus,
        notes: notesOf.get(segment.id) ?? [],
        comments: comments.get(segment.id) ?? [],
        terms: found.map((e) => ({ source: e.source, preferred: e.preferred, ...(e.definition ? { definition: e.definition } : {}) })),
        ...(qualityIssues?.[segment.id] ? { qualityIssues: qualityIssues[segment.id] } : {}),
      };
    });
  };
}
