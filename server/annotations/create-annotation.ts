import { describeSpan } from "@/core/annotations/span-anchor";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { fromDomainError } from "../from-domain-error";
import { findSameTerm } from "../glossary/create-term-entry";
import { completeEntry } from "../glossary/complete-entry";
import { parseTermEntryFields, toTermbaseEntry, toTermEntryColumns } from "../glossary/term-entry-fields";
import { ANNOTATION_SELECT, MAX_NOTE_LENGTH, toAnnotationView } from "./annotation-view";

export interface CreateAnnotationOptions {
  actor: Actor;
  segmentId: string;
  /** UTF-16 offsets of the span in the segment's source text. */
  start: number;
  end: number;
  kind: "gloss" | "note";
  /** The note (plain text). */
  body: string;
  /** For a gloss: the termbase entry's fields (the French term defaults to the selected text). */
  entry?: unknown;
}

/**
 * Glosses or annotates a span of a segment's source. A gloss creates the termbase entry, or links
 * the existing entry for the same term and fills in only what it lacked (never overwriting what a
 * colleague wrote). The span is stored with its quote and context so it can be re-anchored later.
 */
export async function createAnnotation(db: Db, options: CreateAnnotationOptions) {
  if (options.body.length > MAX_NOTE_LENGTH) throw new AppError("INVALID_INPUT", `A note is at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`);
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { id: true, documentId: true, sourceText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const { projectId } = await requireDocumentAction(db, options.actor, segment.documentId, "annotation.edit");
  let anchor: ReturnType<typeof describeSpan>;
  try {
    anchor = describeSpan(segment.sourceText, options.start, options.end);
  } catch (error) {
    fromDomainError(error);
  }
  if (options.kind === "note" && !options.body.trim()) throw new AppError("INVALID_INPUT", "Write the note first.");
  const fields = options.kind === "gloss" ? parseTermEntryFields({ source: anchor.exact.trim(), ...(options.entry as object) }) : null;

  return db.$transaction(async (tx) => {
    let entry = null;
    if (fields) {
      const same = await findSameTerm(tx, projectId, fields.source);
      entry = same
        ? await completeEntry(tx, same.id, fields)
        : toTermbaseEntry(await tx.termEntry.create({ data: { projectId, createdById: options.actor.userId, ...toTermEntryColumns(fields) } }));
    }
    const row = await tx.annotation.create({
      data: {
        documentId: segment.documentId,
        segmentId: segment.id,
        kind: options.kind,
        body: options.body.trim(),
        termEntryId: entry?.id ?? null,
        ...anchor,
        authorId: options.actor.userId,
      },
      select: ANNOTATION_SELECT,
    });
    return { annotation: toAnnotationView(row), entry };
  });
}
