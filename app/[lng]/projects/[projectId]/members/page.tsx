import type { Metadata } from "next";
import { DeleteProjectForm } from "@/components/members/DeleteProjectForm";
import { InviteForm } from "@/components/members/InviteForm";
import { MemberRow } from "@/components/members/MemberRow";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { getT } from "@/i18n/server";
import { roleAllows } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { listMembers } from "@/server/members/list-members";
import { requirePageActor } from "@/app/_lib/current-actor";
import { formatCalendarDate } from "@/app/_lib/format-date";
import { languageParam } from "@/app/_lib/language";
import { projectPageTitle } from "@/app/_lib/page-title";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { revokeInvitationAction } from "@/actions/members";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string; projectId: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "members")("nav.members"));
}

export default async function MembersPage({ params }: { params: Promise<{ lng: string; projectId: string }> }) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/members`);
  const data = await loadOr404(() => listMembers(getDb(), { actor, projectId }));
  const t = getT(lng, "members");
  return (
    <div className="page">
      <ProjectHeader lng={lng} project={data.project} role={data.role} current="members" />
      <h2>{t("members.title", { project: data.project.name })}</h2>
      <table className="table" data-testid="members">
        <thead>
          <tr>
            <th>{t("members.name")}</th>
            <th>{t("members.email")}</th>
            <th>{t("members.role")}</th>
            <th>{t("members.since")}</th>
            {data.canManage ? <th /> : null}
          </tr>
        </thead>
        <tbody>
          {data.members.map((member) => (
            <MemberRow
              key={member.userId}
              projectId={projectId}
              member={member}
              canManage={data.canManage}
              isSelf={member.userId === actor.userId}
              since={formatCalendarDate(member.since.slice(0, 10), lng)}
            />
          ))}
        </tbody>
      </table>
      {data.canManage ? (
        <>
          <InviteForm projectId={projectId} />
          <section className="panel">
            <h2>{t("invite.pendingTitle")}</h2>
            {data.invitations.length === 0 ? <p className="empty">{t("invite.none")}</p> : null}
            <ul className="card-list" data-testid="pending-invitations">
              {data.invitations.map((invitation) => (
                <li key={invitation.id} className="inline-form">
                  <span>
                    {invitation.email} — {t(`roles.${invitation.role as "viewer"}`).split(" — ")[0]} —{" "}
                    {t("invite.expires", { date: formatCalendarDate(invitation.expiresAt.slice(0, 10), lng) })}
                  </span>
                  <form action={revokeInvitationAction}>
                    <input type="hidden" name="projectId" value={projectId} />
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="button button--small">
                      {t("invite.revoke")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
      {roleAllows(data.role, "project.delete") ? <DeleteProjectForm projectId={projectId} projectName={data.project.name} /> : null}
    </div>
  );
}
