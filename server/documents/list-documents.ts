import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { liveDocumentsOf } from "./live-documents";
import { purgeTrash } from "./purge-trash";
import { addProgress, countInto, emptyProgress, type Progress } from "@/core/model/progress";

export interface DocumentSummary {
  id: string;
  title: string;
  documentDate: string | null;
  originFileName: string | null;
  updatedAt: string;
  progress: Progress;
}

/** Progress of many documents at once, aggregated in the database (no segment rows loaded). */
export async function progressByDocument(db: Db, documentIds: string[]): Promise<Map<string, Progress>> {
  const groups = await db.segment.groupBy({
    by: ["documentId", "status"],
    where: { documentId: { in: documentIds } },
    _count: { _all: true },
    _sum: { sourceWords: true },
  });
  const result = new Map<string, Progress>();
  for (const group of groups) {
    const progress = result.get(group.documentId) ?? emptyProgress();
    result.set(group.documentId, countInto(progress, group.status, group._count._all, group._sum.sourceWords ?? 0));
  }
  return result;
}

/** The live documents of a project, newest first, each with its progress (the trash's expired documents are purged first). */
export async function listDocuments(db: Db, options: { actor: Actor; projectId: string; now?: Date }) {
  const role = await requireProjectAction(db, options.actor, options.projectId, "project.read");
  await purgeTrash(db, { projectId: options.projectId, now: options.now });
  const project = await db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { id: true, name: true, description: true } });
  const documents = await db.document.findMany({
    where: liveDocumentsOf(options.projectId),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, documentDate: true, originFileName: true, updatedAt: true },
  });
  const progress = await progressByDocument(
    db,
    documents.map((d) => d.id),
  );
  const summaries: DocumentSummary[] = documents.map((d) => ({
    ...d,
    updatedAt: d.updatedAt.toISOString(),
    progress: progress.get(d.id) ?? emptyProgress(),
  }));
  // The project's figures are its live documents' figures, summed.
  const total = summaries.reduce((sum, d) => addProgress(sum, d.progress), emptyProgress());
  return { project, role, documents: summaries, progress: total };
}
