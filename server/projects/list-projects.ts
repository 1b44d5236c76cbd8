import type { Actor } from "../access/actor";
import type { Db } from "../db/client";
import { progressByDocument } from "../documents/list-documents";
import { LIVE_DOCUMENT } from "../documents/live-documents";
import { addProgress, emptyProgress, type Progress } from "@/core/model/progress";

export interface ProjectSummary {
  id: string;
  name: string;
  description: string;
  role: string;
  documentCount: number;
  progress: Progress;
}

/** The projects the actor is a member of, with their document count and overall progress. */
export async function listProjects(db: Db, options: { actor: Actor }): Promise<ProjectSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: options.actor.userId ?? "" },
    include: { project: { include: { documents: { where: LIVE_DOCUMENT, select: { id: true } } } } },
    orderBy: { project: { createdAt: "asc" } },
  });
  const documentIds = memberships.flatMap((m) => m.project.documents.map((d) => d.id));
  const byDocument = await progressByDocument(db, documentIds);
  return memberships.map(({ project, role }) => projectSummary(project, role, byDocument));
}

/** A project's summary: its live documents (`documents`) counted, their progress added up. */
export function projectSummary(
  project: { id: string; name: string; description: string; documents: { id: string }[] },
  role: string,
  byDocument: ReadonlyMap<string, Progress>,
): ProjectSummary {
  const progress = project.documents.reduce((sum, { id }) => addProgress(sum, byDocument.get(id) ?? emptyProgress()), emptyProgress());
  return { id: project.id, name: project.name, description: project.description, role, documentCount: project.documents.length, progress };
}
