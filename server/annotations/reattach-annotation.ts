import { describeSpan } from "@/core/annotations/span-anchor";
import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { ANNOTATION_SELECT, toAnnotationView } from "./annotation-view";
import { findEditableAnnotation } from "./find-annotation";

/** Attaches an annotation (typically an orphan) to a span the user chose, in the same document. */
export async function reattachAnnotation(db: Db, options: { actor: Actor; annotationId: string; segmentId: string; start: number; end: number }) {
  const { annotation } = await findEditableAnnotation(db, options.actor, options.annotationId);
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { id: true, documentId: true, sourceText: true } });
  if (!segment || segment.documentId !== annotation.documentId) throw new AppError("NOT_FOUND", "Segment not found in this document.");
  let anchor: ReturnType<typeof describeSpan>;
  try {
    anchor = describeSpan(segment.sourceText, options.start, options.end);
  } catch (error) {
    fromDomainError(error);
  }
  const row = await db.annotation.update({
    where: { id: annotation.id },
    data: { segmentId: segment.id, ...anchor, status: "anchored" },
    select: ANNOTATION_SELECT,
  });
  return toAnnotationView(row);
}
