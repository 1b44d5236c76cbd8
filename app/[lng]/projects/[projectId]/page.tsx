import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { userActor } from "@/server/access/actor";
import { ImportDocumentForm } from "@/components/projects/ImportDocumentForm";
import { DeleteDocumentButton } from "@/components/projects/DeleteDocumentButton";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { TrashUndoNotice } from "@/components/projects/TrashUndoNotice";
import { getT } from "@/i18n/server";
import { roleAllows } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { listTrash } from "@/server/documents/list-trash";
import { MAX_IMPORT_BYTES } from "@/server/documents/read-upload";
import { ARCHIVE_ACTIONS } from "@/server/operations/export-project-archive";
import { requirePageActor } from "../../../_lib/current-actor";
import { languageParam } from "../../../_lib/language";
import { loadOr404 } from "../../../_lib/load-or-404";
import { notFoundTitle } from "../../../_lib/not-found-title";
import { formatCalendarDate } from "../../../_lib/format-date";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string }>;

// One load per request, shared by the metadata and the page; both go through the access check.
// Keyed by strings: React's cache compares arguments by identity.
const loadProject = cache((userId: string, projectId: string) => listDocuments(getDb(), { actor: userActor(userId), projectId }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lng, projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}`);
  const loaded = await loadProject(actor.userId!, projectId).catch(() => null);
  return { title: loaded?.project.name ?? notFoundTitle(lng) };
}

export default async function ProjectPage({ params, searchParams }: { params: Params; searchParams: Promise<{ trashed?: string | string[] }> }) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const t = getT(lng, "projects");
  const tc = getT(lng, "common");
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}`);
  const { project, role, documents, progress } = await loadOr404(() => loadProject(actor.userId!, projectId));
  // Right after a deletion (?trashed=<id>), offer Undo while the document is still in the trash.
  const { trashed } = await searchParams;
  const justTrashed =
    typeof trashed === "string" && roleAllows(role, "document.restore")
      ? (await listTrash(getDb(), { actor, projectId })).find((d) => d.id === trashed)
      : undefined;
  return (
    <div className="page">
      <ProjectHeader lng={lng} project={project} role={role} current="documents" />
      {documents.length > 0 ? (
        <section className="project-progress" data-testid="project-progress" aria-label={tc("progress.project")}>
          <ProgressBar progress={progress} label={tc("progress.project")} />
        </section>
      ) : null}
      <h2>{t("documents.title")}</h2>
      {justTrashed ? <TrashUndoNotice lng={lng} projectId={project.id} documentId={justTrashed.id} title={justTrashed.title} /> : null}
      {documents.length === 0 ? <p className="empty">{t("documents.empty")}</p> : null}
      <ul className="card-list" data-testid="document-list">
        {documents.map((document) => (
          <li key={document.id} className="card">
            <h3 className="card__title">
              <Link href={`/${lng}/projects/${project.id}/documents/${document.id}`}>{document.title}</Link>
            </h3>
            <p className="card__meta">
              {document.documentDate ? t("documents.date", { date: formatCalendarDate(document.documentDate, lng) }) : null}
              {document.documentDate && document.originFileName ? " · " : null}
              {document.originFileName ? t("documents.origin", { file: document.originFileName }) : null}
            </p>
            <ProgressBar progress={document.progress} label={tc("progress.label")} />
            {roleAllows(role, "document.delete") ? <DeleteDocumentButton documentId={document.id} title={document.title} /> : null}
          </li>
        ))}
      </ul>
      {ARCHIVE_ACTIONS.every((action) => roleAllows(role, action)) ? (
        <p className="project-archive">
          <a className="button" href={`/api/v1/projects/${project.id}/archive`} download data-testid="project-archive">
            {t("archive.download")}
          </a>{" "}
          <span className="hint">{t("archive.help")}</span>
        </p>
      ) : null}
      {roleAllows(role, "document.import") ? <ImportDocumentForm projectId={project.id} limitMb={MAX_IMPORT_BYTES / 1048576} /> : null}
    </div>
  );
}
