import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { ANNOTATION_SELECT, MAX_NOTE_LENGTH, toAnnotationView } from "./annotation-view";
import { findEditableAnnotation } from "./find-annotation";

/**
 * Changes an annotation's note. `baseUpdatedAt` is what the editor loaded; a newer save by someone
 * else is a CONFLICT that carries their text, never a silent overwrite.
 */
export async function updateAnnotation(db: Db, options: { actor: Actor; annotationId: string; baseUpdatedAt: string; body: string }) {
  if (options.body.length > MAX_NOTE_LENGTH) throw new AppError("INVALID_INPUT", `A note is at most ${MAX_NOTE_LENGTH.toLocaleString("en")} characters.`);
  const { annotation } = await findEditableAnnotation(db, options.actor, options.annotationId);
  if (annotation.kind === "note" && !options.body.trim()) throw new AppError("INVALID_INPUT", "A note cannot be empty; delete it instead.");
  if (annotation.updatedAt.toISOString() !== options.baseUpdatedAt) {
    throw new AppError("CONFLICT", "Someone else changed this note after you opened it.", { theirs: annotation.body });
  }
  // Check-and-set in one statement: a save that landed since the read above must not be overwritten.
  // The new updatedAt is strictly later, so two saves within one millisecond are still two versions.
  const updatedAt = new Date(Math.max(Date.now(), annotation.updatedAt.getTime() + 1));
  const { count } = await db.annotation.updateMany({
    where: { id: annotation.id, updatedAt: annotation.updatedAt },
    data: { body: options.body.trim(), updatedAt },
  });
  const row = await db.annotation.findUnique({ where: { id: annotation.id }, select: ANNOTATION_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Annotation not found.");
  if (count === 0) throw new AppError("CONFLICT", "Someone else changed this note after you opened it.", { theirs: row.body });
  return toAnnotationView(row);
}
