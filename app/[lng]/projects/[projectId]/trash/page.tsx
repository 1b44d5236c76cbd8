import type { Metadata } from "next";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { RestoreDocumentButton } from "@/components/projects/RestoreDocumentButton";
import { TRASH_RETENTION_DAYS } from "@/core/trash/retention";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { listTrash } from "@/server/documents/list-trash";
import { listMembers } from "@/server/members/list-members";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { projectPageTitle } from "@/app/_lib/page-title";
import { loadOr404 } from "@/app/_lib/load-or-404";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string }>;

export async function generateMetadata({ params }: { params: Promise<{ lng: string; projectId: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "projects")("trash.tab"));
}

/** The project's trash, for owners: who deleted what and when, days left, Restore. */
export default async function TrashPage({ params }: { params: Params }) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/trash`);
  const [documents, { project, role }] = await loadOr404(() =>
    Promise.all([listTrash(getDb(), { actor, projectId }), listMembers(getDb(), { actor, projectId })]),
  );
  const t = getT(lng, "projects");
  const when = new Intl.DateTimeFormat(lng === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="page">
      <ProjectHeader lng={lng} project={project} role={role} current="trash" />
      <h2>{t("trash.title")}</h2>
      <p className="lead">{t("trash.help", { count: TRASH_RETENTION_DAYS })}</p>
      {documents.length === 0 ? <p className="empty">{t("trash.empty")}</p> : null}
      <ul className="card-list" data-testid="trash-list">
        {documents.map((document) => {
          const date = when.format(new Date(document.deletedAt));
          return (
            <li key={document.id} className="card">
              <h3 className="card__title">{document.title}</h3>
              <p className="card__meta">
                {document.deletedBy ? t("trash.deletedBy", { name: document.deletedBy, date }) : t("trash.deletedOn", { date })}
                {" · "}
                {document.daysLeft > 0 ? t("trash.daysLeft", { count: document.daysLeft }) : t("trash.lastDay")}
              </p>
              <RestoreDocumentButton documentId={document.id} label={t("trash.restore")} ariaLabel={t("trash.restoreLabel", { title: document.title })} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
