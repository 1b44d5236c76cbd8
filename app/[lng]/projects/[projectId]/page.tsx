import type { Metadata } from "next";
import Link from "next/link";
import { ImportDocumentForm } from "@/components/projects/ImportDocumentForm";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { getT } from "@/i18n/server";
import { roleAllows } from "@/server/access/permissions";
import { getDb } from "@/server/db/client";
import { listDocuments } from "@/server/documents/list-documents";
import { MAX_IMPORT_BYTES } from "@/server/documents/import-document";
import { currentActor } from "../../../_lib/current-actor";
import { languageParam } from "../../../_lib/language";
import { loadOr404 } from "../../../_lib/load-or-404";
import { progressSummary } from "../../../_lib/progress-summary";
import { formatCalendarDate } from "../../../_lib/format-date";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { projectId } = await params;
  const project = await getDb().project.findUnique({ where: { id: projectId }, select: { name: true } });
  return { title: project?.name };
}

export default async function ProjectPage({ params }: { params: Params }) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const t = getT(lng, "projects");
  const tc = getT(lng, "common");
  const { project, role, documents } = await loadOr404(async () => listDocuments(getDb(), { actor: await currentActor(), projectId }));
  return (
    <div className="page">
      <p className="breadcrumb"><Link href={`/${lng}`}>{tc("nav.projects")}</Link></p>
      <h1>{project.name}</h1>
      {project.description ? <p className="lead">{project.description}</p> : null}
      <h2>{t("documents.title")}</h2>
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
            <ProgressBar progress={document.progress} label={tc("progress.label")} summary={progressSummary(tc, document.progress)} />
          </li>
        ))}
      </ul>
      {roleAllows(role, "document.import") ? <ImportDocumentForm projectId={project.id} limitMb={MAX_IMPORT_BYTES / 1048576} /> : null}
    </div>
  );
}
