import type { Metadata } from "next";
import { QaSettingsForm } from "@/components/qa/QaSettingsForm";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { roleAllows } from "@/core/access/permissions";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { listMembers } from "@/server/members/list-members";
import { getQaSettings } from "@/server/qa/get-qa-settings";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { projectPageTitle } from "@/app/_lib/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lng: string; projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "qa")("settings.title"));
}

/** The project's quality checks: which run, how serious each is, US or UK English, the length ratio (owners change them). */
export default async function QaSettingsPage({ params }: Props) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/qa`);
  const db = getDb();
  const [members, settings] = await loadOr404(() => Promise.all([listMembers(db, { actor, projectId }), getQaSettings(db, { actor, projectId })]));
  const t = getT(lng, "qa");
  return (
    <div className="page page--wide">
      <ProjectHeader lng={lng} project={members.project} role={members.role} current="qa" />
      <h2>{t("settings.title")}</h2>
      <p className="hint">{t("settings.intro")}</p>
      <QaSettingsForm projectId={projectId} settings={settings} canManage={roleAllows(members.role, "qa.manage")} />
    </div>
  );
}
