import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { findEditableAnnotation } from "./find-annotation";

/** Deletes a gloss or note (the termbase entry of a gloss stays: it belongs to the glossary). */
export async function deleteAnnotation(db: Db, options: { actor: Actor; annotationId: string }) {
  const { annotation } = await findEditableAnnotation(db, options.actor, options.annotationId);
  await db.annotation.delete({ where: { id: annotation.id } });
  return { id: annotation.id };
}
