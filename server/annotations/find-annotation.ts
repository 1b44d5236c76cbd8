import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";

/**
 * Loads an annotation the actor may change: a member whose role allows annotating, and either its
 * author or a project owner (a note is signed; others reply with their own).
 */
export async function findEditableAnnotation(db: Db, actor: Actor, annotationId: string) {
  const annotation = await db.annotation.findUnique({ where: { id: annotationId } });
  if (!annotation) throw new AppError("NOT_FOUND", "Annotation not found.");
  const { role, projectId } = await requireDocumentAction(db, actor, annotation.documentId, "annotation.edit").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", "Annotation not found.");
    throw error;
  });
  if (actor.kind === "user" && role !== "owner" && annotation.authorId !== null && annotation.authorId !== actor.userId) {
    throw new AppError("FORBIDDEN", "Only its author or a project owner can change this annotation.");
  }
  return { annotation, projectId };
}
