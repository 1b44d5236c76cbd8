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
  const row = await db.annotation.update({ where: { id: annotation.id }, data: { body: options.body.trim() }, select: ANNOTATION_SELECT });
  return toAnnotationView(row);
}
