import { anchorSpan } from "@/core/annotations/anchor-span";
import { describeSpan } from "@/core/annotations/span-anchor";
import type { Db } from "../db/client";
import { ANNOTATION_SELECT, toAnnotationView, type AnnotationView } from "./annotation-view";

/**
 * A document's annotations, each checked against its segment's current text: still in place, moved
 * (re-anchored by quote, exactly or fuzzily, within the same segment), or orphaned. Changes are saved
 * so that every reader sees the same anchors. No access check: callers have done it.
 */
export async function listAnnotations(db: Db, documentId: string): Promise<AnnotationView[]> {
  const rows = await db.annotation.findMany({
    where: { documentId },
    select: { ...ANNOTATION_SELECT, segment: { select: { sourceText: true } } },
    orderBy: { createdAt: "asc" },
  });
  // Re-anchoring is not an edit of the note: updatedAt (its version and shown date) is kept.
  const changes: { id: string; data: { start: number; end: number; status: string; exact?: string; prefix?: string; suffix?: string; updatedAt: Date } }[] = [];
  const views = rows.map((row) => {
    if (row.status === "orphaned" || !row.segment) {
      if (row.status !== "orphaned") changes.push({ id: row.id, data: { start: row.start, end: row.end, status: "orphaned", updatedAt: row.updatedAt } });
      return toAnnotationView({ ...row, status: "orphaned" });
    }
    const found = anchorSpan(row.segment.sourceText, row);
    if (found && found.start === row.start && found.end === row.end) return toAnnotationView(row);
    // Re-anchored: the quote is refreshed to the text it now covers, so the next load is exact.
    const data = found
      ? { ...describeSpan(row.segment.sourceText, found.start, found.end), status: "anchored", updatedAt: row.updatedAt }
      : { start: row.start, end: row.end, status: "orphaned", updatedAt: row.updatedAt };
    changes.push({ id: row.id, data });
    return toAnnotationView({ ...row, ...data });
  });
  // Only rows unchanged since they were read: a note saved meanwhile keeps its new version (the next load re-anchors it).
  if (changes.length > 0)
    await db.$transaction(changes.map((c) => db.annotation.updateMany({ where: { id: c.id, updatedAt: c.data.updatedAt }, data: c.data })));
  return views;
}
