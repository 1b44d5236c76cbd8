import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { userActor } from "@/server/access/actor";
import { notFound } from "next/navigation";
import { ImportAnnotationsForm, ImportTranslationForm, ImportsMenu, PartNavigator, Workbench } from "@/components/workbench";
import { getT } from "@/i18n/server";
import { roleAllows } from "@/core/access/permissions";
import { getDb } from "@/server/db/client";
import { getWorkbench } from "@/server/documents/get-workbench";
import { requirePageActor } from "@/app/_lib/current-actor";
import { languageParam } from "@/app/_lib/language";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { QA_REPORT_SLOT_ID } from "@/components/qa/qa-report-slot";
import { formatCalendarDate } from "@/app/_lib/format-date";
import { notFoundTitle } from "@/app/_lib/not-found-title";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string; documentId: string }>;
type SearchParams = Promise<{ part?: string }>;

// One load per request, shared by the metadata and the page; both go through the access check.
// Keyed by strings: React's cache compares arguments by identity.
const loadWorkbench = cache((userId: string, documentId: string, part?: number) => getWorkbench(getDb(), { actor: userActor(userId), documentId, part }));

/** The part of a long document asked for (`?part=N`), else the first. */
const partParam = async (searchParams: SearchParams) => Number((await searchParams).part) || undefined;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { lng, projectId, documentId } = await params;
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/documents/${documentId}`);
  const loaded = await loadWorkbench(actor.userId!, documentId, await partParam(searchParams)).catch(() => null);
  return { title: loaded?.document.title ?? notFoundTitle(lng) };
}

export default async function DocumentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const lng = await languageParam(params);
  const { projectId, documentId } = await params;
  const t = getT(lng, "workbench");
  const actor = await requirePageActor(lng, `/${lng}/projects/${projectId}/documents/${documentId}`);
  const part = await partParam(searchParams);
  const data = await loadOr404(() => loadWorkbench(actor.userId!, documentId, part));
  if (data.document.projectId !== projectId) notFound();
  const { document } = data;
  const canImportTranslation = roleAllows(data.role, "segment.edit");
  const canImportAnnotations = roleAllows(data.role, "annotation.edit");
  // The document bar and the workbench's toolbar form one compact strip above the grid (see
  // `.workbench-page` in globals.css); the import forms sit here, outside the workbench, so their
  // result survives the workbench remounting when the import reloads the document.
  return (
    <div className="workbench-page">
      <header className="document-bar">
        <Link href={`/${lng}/projects/${projectId}`} className="document-bar__back" title={t("header.backToProject", { project: document.projectName })}>
          {t("header.backToProject", { project: document.projectName })}
        </Link>
        <h1 lang={document.sourceLanguage} data-testid="document-title" className="document-bar__title">
          {document.title}
        </h1>
        <p className="document-bar__meta">
          {document.documentDate ? (
            <time dateTime={document.documentDate} data-testid="document-date">
              {t("header.date", { date: formatCalendarDate(document.documentDate, lng) })}
            </time>
          ) : null}
          {document.documentDate ? " · " : null}
          <span data-testid="segment-count" data-count={data.part.total}>
            {t("header.segments", { count: data.part.total })}
          </span>
        </p>
        <nav className="document-bar__links" aria-label={t("header.views")}>
          <Link
            href={`/${lng}/projects/${projectId}/documents/${documentId}/review${data.part.parts > 1 ? `?part=${data.part.part}` : ""}`}
            data-testid="open-review"
          >
            {t("header.review")}
          </Link>
          <Link href={`/${lng}/projects/${projectId}/documents/${documentId}/activity`} data-testid="open-activity">
            {t("header.activity")}
          </Link>
          {/* The workbench puts its "QA report" button here (components/qa/QaReportButton.tsx). */}
          <span id={QA_REPORT_SLOT_ID} className="document-bar__slot" />
        </nav>
        {canImportTranslation || canImportAnnotations ? (
          <ImportsMenu>
            {canImportTranslation ? <ImportTranslationForm documentId={document.id} hasTranslations={data.gaps.total > data.gaps.missing} /> : null}
            {canImportAnnotations ? <ImportAnnotationsForm documentId={document.id} /> : null}
          </ImportsMenu>
        ) : null}
        <PartNavigator part={data.part} href={(n) => `/${lng}/projects/${projectId}/documents/${documentId}?part=${n}`} lng={lng} />
      </header>
      <Workbench
        key={`${document.updatedAt}-${data.part.part}`}
        data={data}
        editable={roleAllows(data.role, "segment.edit")}
        canAnnotate={canImportAnnotations}
        canReview={roleAllows(data.role, "segment.review")}
        lng={lng}
      />
    </div>
  );
}
