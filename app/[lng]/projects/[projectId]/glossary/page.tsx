import type { Metadata } from "next";
import { GlossaryManager } from "@/components/glossary/GlossaryManager";
import { ProjectHeader } from "@/components/projects/ProjectTabs";
import { getT } from "@/i18n/server";
import { roleAllows } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { listTermEntries } from "@/server/glossary/list-term-entries";
import { MAX_GLOSSARY_BYTES } from "@/server/glossary/import-glossary";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { projectPageTitle } from "@/app/_lib/page-title";
import { loadOr404 } from "@/app/_lib/load-or-404";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lng: string; projectId: string }> }): Promise<Metadata> {
  const lng = await languageParam(params);
  return projectPageTitle(lng, (await params).projectId, getT(lng, "members")("nav.glossary"));
}

type Props = { params: Promise<{ lng: string; projectId: string }>; searchParams: Promise<{ q?: string }> };

export default async function GlossaryPage({ params, searchParams }: Props) {
  const lng = await languageParam(params);
  const { projectId } = await params;
  const { q } = await searchParams;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/glossary`);
  const data = await loadOr404(() => listTermEntries(getDb(), { actor, projectId }));
  const t = getT(lng, "glossary");
  return (
    <div className="page page--wide">
      <ProjectHeader lng={lng} project={data.project} role={data.role} current="glossary" />
      <h2>{t("title")}</h2>
      <p className="hint">{t("intro")}</p>
      <GlossaryManager
        projectId={projectId}
        entries={data.entries}
        editable={roleAllows(data.role, "glossary.edit")}
        initialQuery={typeof q === "string" ? q.slice(0, 200) : ""}
        limitMb={MAX_GLOSSARY_BYTES / 1048576}
      />
    </div>
  );
}
