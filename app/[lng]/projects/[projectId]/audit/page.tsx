import type { Metadata } from "next";
import { describeAuditEvent } from "@/components/members/describe-audit-event";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { getT } from "@/i18n/server";
import { listAuditEvents } from "@/server/audit/list-audit-events";
import { getDb } from "@/server/db/client";
import { listMembers } from "@/server/members/list-members";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { projectPageTitle } from "@/app/_lib/page-title";
import { loadOr404 } from "@/app/_lib/load-or-404";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string; projectId: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "members")("nav.audit"));
}

/** The project's audit log, for owners. */
export default async function AuditPage({ params }: { params: Promise<{ lng: string; projectId: string }> }) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/audit`);
  const [events, { project, role }] = await loadOr404(() =>
    Promise.all([listAuditEvents(getDb(), { actor, projectId }), listMembers(getDb(), { actor, projectId })]),
  );
  const t = getT(lng, "members");
  const tp = getT(lng, "projects");
  const when = new Intl.DateTimeFormat(lng === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="page">
      <ProjectHeader lng={lng} project={project} role={role} current="audit" />
      <h2>{t("audit.title", { project: project.name })}</h2>
      {events.length === 0 ? <p className="empty">{t("audit.empty")}</p> : null}
      <table className="table" data-testid="audit-log">
        <thead>
          <tr>
            <th>{t("audit.when")}</th>
            <th>{t("audit.who")}</th>
            <th>{t("audit.what")}</th>
            <th>{t("audit.details")}</th>
            <th>{t("audit.address")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const described = describeAuditEvent(t, tp, event);
            return (
              <tr key={event.id} data-action={event.action}>
                <td>
                  <time dateTime={event.createdAt}>{when.format(new Date(event.createdAt))}</time>
                </td>
                <td>{event.actor ?? "—"}</td>
                <td title={event.action}>{described.name}</td>
                <td>{described.details}</td>
                <td>{event.ip ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
