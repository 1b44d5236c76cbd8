import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { progressByDocument, type DocumentSummary } from "./list-documents";
import { emptyProgress } from "@/core/model/progress";

export type DocumentDetail = DocumentSummary & { projectId: string; segmentation: string; createdAt: string };

/** One live document with its progress, for a member of its project; NOT_FOUND otherwise. */
export async function getDocument(db: Db, options: { actor: Actor; documentId: string }): Promise<DocumentDetail> {
  await requireDocumentAction(db, options.actor, options.documentId, "project.read");
  const document = await db.document.findUniqueOrThrow({
    where: { id: options.documentId },
    select: { id: true, projectId: true, title: true, documentDate: true, originFileName: true, segmentation: true, createdAt: true, updatedAt: true },
  });
  const progress = (await progressByDocument(db, [document.id])).get(document.id) ?? emptyProgress();
  return {
    ...document,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    progress,
  };
}
