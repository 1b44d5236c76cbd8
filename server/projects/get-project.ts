import type { Actor } from "../access/actor";
import { requireProjectAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { progressByDocument } from "../documents/list-documents";
import { LIVE_DOCUMENT } from "../documents/live-documents";
import { projectSummary, type ProjectSummary } from "./list-projects";

export type ProjectDetail = ProjectSummary & { sourceLanguage: string; targetLanguage: string; createdAt: string };

/** One project as its member sees it (role, languages, live documents' progress); NOT_FOUND otherwise. */
export async function getProject(db: Db, options: { actor: Actor; projectId: string }): Promise<ProjectDetail> {
  const role = await requireProjectAction(db, options.actor, options.projectId, "project.read");
  const project = await db.project.findUniqueOrThrow({
    where: { id: options.projectId },
    include: { documents: { where: LIVE_DOCUMENT, select: { id: true } } },
  });
  const byDocument = await progressByDocument(
    db,
    project.documents.map((d) => d.id),
  );
  return {
    ...projectSummary(project, role, byDocument),
    sourceLanguage: project.sourceLanguage,
    targetLanguage: project.targetLanguage,
    createdAt: project.createdAt.toISOString(),
  };
}
