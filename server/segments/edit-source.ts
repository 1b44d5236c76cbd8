import { countWords } from "@/core/text/count-words";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { toSavedSegment, type SavedSegment } from "./save-segment";
import { assertVersion, updateAtVersion } from "./segment-version";

const MAX_SOURCE_LENGTH = 100_000;

export interface EditSourceOptions {
  actor: Actor;
  segmentId: string;
  /** The version the caller saw; a newer save by someone else makes this a CONFLICT. */
  baseVersion: number;
  sourceText: string;
}

/**
 * Corrects the French source of one segment. A translation made against the old source can no
 * longer be trusted as is: the segment is flagged "source changed" (keeping the oldest source not
 * yet looked at, so the diff shows everything that changed) and goes back to draft. Glosses and
 * notes re-anchor by quote when the document is next loaded. Recorded as a revision with the source.
 */
export async function editSource(db: Db, options: EditSourceOptions): Promise<SavedSegment & { sourceText: string; sourceWords: number }> {
  const sourceText = options.sourceText.replace(/\s+/g, " ").trim();
  if (!sourceText) throw new AppError("INVALID_INPUT", "The source cannot be empty; delete or merge the segment instead.");
  if (sourceText.length > MAX_SOURCE_LENGTH) throw new AppError("INVALID_INPUT", "The source is too long.");
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  await requireDocumentAction(db, options.actor, segment.documentId, "source.edit");

  return db.$transaction(async (tx) => {
    const current = await tx.segment.findUniqueOrThrow({ where: { id: options.segmentId } });
    assertVersion(current, options.baseVersion, { theirs: current.targetText, currentVersion: current.version });
    if (sourceText === current.sourceText) return { ...toSavedSegment(current), sourceText: current.sourceText, sourceWords: current.sourceWords };
    const original = current.previousSourceText ?? current.sourceText;
    const hasTranslation = current.targetText !== "";
    const status = hasTranslation ? "draft" : current.status;
    const version = current.version + 1;
    await updateAtVersion(
      tx,
      current.id,
      current.version,
      {
        sourceText,
        sourceWords: countWords(sourceText),
        status,
        version,
        updatedById: options.actor.userId,
        // Changing the source back to what the translation was made for clears the flag.
        previousSourceText: hasTranslation && original !== sourceText ? original : null,
      },
      { theirs: current.targetText },
    );
    await tx.segmentRevision.create({
      data: { segmentId: current.id, documentId: current.documentId, version, targetText: current.targetText, status, sourceText, sourceBefore: current.sourceText, authorId: options.actor.userId },
    });
    const saved = await tx.segment.findUniqueOrThrow({ where: { id: current.id } });
    return { ...toSavedSegment(saved), sourceText: saved.sourceText, sourceWords: saved.sourceWords };
  });
}
