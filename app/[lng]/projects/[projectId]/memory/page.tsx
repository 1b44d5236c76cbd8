import type { Metadata } from "next";
import { MemorySettings } from "@/components/memory/MemorySettings";
import { TmxExportLink } from "@/components/memory/TmxExportLink";
import { TmxImportForm } from "@/components/memory/TmxImportForm";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { roleAllows } from "@/core/access/permissions";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { listMembers } from "@/server/members/list-members";
import { MAX_TMX_BYTES } from "@/core/limits";
import { listMemories } from "@/server/tm/list-memories";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { projectPageTitle } from "@/app/_lib/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lng: string; projectId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "members")("nav.memory"));
}

/** The project's translation memory: its size, TMX in and out, the other memories it reads, repetitions. */
export default async function MemoryPage({ params }: Props) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/memory`);
  const db = getDb();
  const [members, overview] = await loadOr404(() => Promise.all([listMembers(db, { actor, projectId }), listMemories(db, { actor, projectId })]));
  const t = getT(lng, "memory");
  return (
    <div className="page page--wide">
      <ProjectHeader lng={lng} project={members.project} role={members.role} current="memory" />
      <h2>{t("page.title")}</h2>
      <p className="hint">{t("page.intro")}</p>
      <div className="memory-page">
        <MemorySettings projectId={projectId} overview={overview} />
        <div className="tmx-grid">
          {roleAllows(members.role, "memory.import") ? <TmxImportForm projectId={projectId} limitMb={Math.round(MAX_TMX_BYTES / 1048576)} /> : null}
          {roleAllows(members.role, "memory.export") ? <TmxExportLink projectId={projectId} /> : null}
        </div>
      </div>
    </div>
  );
}
