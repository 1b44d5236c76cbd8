import type { XliffComment, XliffGlossEntry, XliffQualityIssue, XliffSegment, XliffSpanNote } from "@/core/formats/xliff/xliff-model";
import type { SegmentStatus } from "@/core/model/document";
import { compileTermIndex, matchTerms } from "@/core/terms/match-terms";
import { toTermEntries, type TermbaseEntry } from "@/core/terms/termbase-entry";
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

/** A termbase entry as the XLIFF glossary module carries it: every field, the empty ones left out. */
function glossEntryOf(entry: TermbaseEntry): XliffGlossEntry {
  const { source, preferred, admitted, forbidden, definition, note, domain, partOfSpeech, sourceUrl } = entry;
  return {
    source,
    preferred,
    ...(admitted?.length ? { admitted } : {}),
    ...(forbidden?.length ? { forbidden } : {}),
    ...(definition ? { definition } : {}),
    ...(note ? { note } : {}),
    ...(domain ? { domain } : {}),
    ...(partOfSpeech ? { partOfSpeech } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}

/**
 * How a page of segments goes into XLIFF 2.1: each with its state, the notes written on it (those
 * about some words, and glosses, with their span), its
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
    const annotations = await db.annotation.findMany({
      where: { documentId, status: "anchored", segment: { documentId, position: { gte: from, lte: to } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        segmentId: true,
        kind: true,
        body: true,
        start: true,
        end: true,
        exact: true,
        segment: { select: { sourceText: true } },
        termEntry: { select: { source: true } },
      },
    });
    const notesOf = new Map<string, string[]>();
    const spanNotesOf = new Map<string, XliffSpanNote[]>();
    for (const a of annotations) {
      const whole = a.start === 0 && a.end === a.segment!.sourceText.length;
      if (a.kind === "note" && whole) notesOf.set(a.segmentId!, [...(notesOf.get(a.segmentId!) ?? []), a.body]);
      else {
        const kind = a.kind === "gloss" ? "gloss" : "note";
        const note: XliffSpanNote = {
          kind,
          body: a.body,
          start: a.start,
          end: a.end,
          exact: a.exact,
          ...(kind === "gloss" && a.termEntry ? { term: a.termEntry.source } : {}),
        };
        spanNotesOf.set(a.segmentId!, [...(spanNotesOf.get(a.segmentId!) ?? []), note]);
      }
    }
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
        ...(spanNotesOf.has(segment.id) ? { spanNotes: spanNotesOf.get(segment.id) } : {}),
        comments: comments.get(segment.id) ?? [],
        terms: found.map(glossEntryOf),
        ...(qualityIssues?.[segment.id] ? { qualityIssues: qualityIssues[segment.id] } : {}),
      };
    });
  };
}
