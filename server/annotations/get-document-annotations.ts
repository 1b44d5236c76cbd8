import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { listAnnotations } from "./list-annotations";

/** A document's glosses and notes, re-anchored to the current text (e.g. after a merge or split). */
export async function getDocumentAnnotations(db: Db, options: { actor: Actor; documentId: string }) {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  return listAnnotations(db, options.documentId);
}
