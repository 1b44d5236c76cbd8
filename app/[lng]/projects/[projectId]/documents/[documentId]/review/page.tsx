import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReviewMode } from "@/components/review/ReviewMode";
import { PartNavigator } from "@/components/workbench";
import { getT } from "@/i18n/server";
import { userActor } from "@/server/access/actor";
import { roleAllows } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { getWorkbench } from "@/server/documents/get-workbench";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { notFoundTitle } from "@/app/_lib/not-found-title";
import { pageTitle } from "@/app/_lib/page-title";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string; documentId: string }>;
type SearchParams = Promise<{ part?: string }>;

// One load per request, shared by the metadata and the page; both go through the access check.
// Keyed by strings: React's cache compares arguments by identity.
const loadWorkbench = cache((userId: string, documentId: string, part?: number) => getWorkbench(getDb(), { actor: userActor(userId), documentId, part }));

/** The part of a long document asked for (`?part=N`), else the first. */
const partParam = async (searchParams: SearchParams) => Number((await searchParams).part) || undefined;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const lng = await languageParam(params);
  const { projectId, documentId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/documents/${documentId}/review`);
  const loaded = await loadWorkbench(actor.userId!, documentId, await partParam(searchParams)).catch(() => null);
  return loaded ? pageTitle(getT(lng, "review")("title"), loaded.document.title) : { title: notFoundTitle(lng) };
}

/** Review mode: the whole document in two columns, with an inspector for the selected segment. */
export default async function ReviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const lng = await languageParam(params);
  const { projectId, documentId } = await params;
  const t = getT(lng, "review");
  const documentPath = `/${lng}/projects/${projectId}/documents/${documentId}`;
  const actor = await requirePageActor(lng, `${documentPath}/review`);
  const data = await loadOr404(async () => loadWorkbench(actor.userId!, documentId, await partParam(searchParams)));
  if (data.document.projectId !== projectId) notFound();
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link href={data.part.parts > 1 ? `${documentPath}?part=${data.part.part}` : documentPath}>{t("backToGrid")}</Link>
      </p>
      <header className="document-header">
        <h1 lang={data.document.sourceLanguage} data-testid="document-title">
          {data.document.title}
        </h1>
        <p className="document-header__meta">{t("intro")}</p>
      </header>
      <PartNavigator part={data.part} href={(n) => `${documentPath}/review?part=${n}`} lng={lng} />
      <ReviewMode
        data={data}
        canEdit={roleAllows(data.role, "segment.edit")}
        canReview={roleAllows(data.role, "segment.review")}
        canEditSource={roleAllows(data.role, "source.edit")}
        canComment={roleAllows(data.role, "comment.write")}
        lng={lng}
      />
    </div>
  );
}
