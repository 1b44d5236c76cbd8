import type { Metadata } from "next";
import Link from "next/link";
import { partOfSegment } from "@/core/model/parts";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActivityDetail } from "@/components/activity/ActivityDetail";
import { decodeCursor } from "@/core/activity/activity-cursor";
import { getT } from "@/i18n/server";
import { getDb } from "@/server/db/client";
import { ACTIVITY_KINDS, listActivity, type ActivityKind } from "@/server/documents/list-activity";
import { currentSession, requirePageActor } from "@/app/_lib/current-actor";
import { userActor } from "@/server/access/actor";
import { languageParam } from "@/app/_lib/language";
import { loadOr404 } from "@/app/_lib/load-or-404";
import { notFoundTitle } from "@/app/_lib/not-found-title";
import { pageTitle } from "@/app/_lib/page-title";

export const dynamic = "force-dynamic";

type Params = Promise<{ lng: string; projectId: string; documentId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
interface Filters {
  person?: string;
  kinds: ActivityKind[];
  before?: string;
}

const PAGE_SIZE = 50;

// One load per request, shared by the metadata and the page; both go through the access check.
// Keyed by strings (the filters as JSON): React's cache compares arguments by identity.
const loadActivity = cache((userId: string, documentId: string, filtersJson: string) => {
  const filters = JSON.parse(filtersJson) as Filters;
  return listActivity(getDb(), {
    actor: userActor(userId),
    documentId,
    authorId: filters.person,
    kinds: filters.kinds,
    before: filters.before,
    limit: PAGE_SIZE,
  });
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const lng = await languageParam(params);
  const { documentId } = await params;
  const session = await currentSession();
  const loaded = session ? await loadActivity(session.userId, documentId, JSON.stringify(readFilters(await searchParams))).catch(() => null) : null;
  return loaded ? pageTitle(getT(lng, "activity")("title"), loaded.document.title) : { title: notFoundTitle(lng) };
}

/** The filters of the URL (shareable): ?person=<user id>&kind=edit&kind=status&before=<cursor>. Anything malformed is ignored. */
function readFilters(search: Awaited<SearchParams>): Filters {
  const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const person = all(search.person)[0];
  const before = all(search.before)[0];
  return {
    person: person || undefined,
    kinds: ACTIVITY_KINDS.filter((kind) => all(search.kind).includes(kind)),
    before: before && decodeCursor(before) ? before : undefined,
  };
}

function queryOf(filters: Filters, before?: string): string {
  const query = new URLSearchParams();
  if (filters.person) query.set("person", filters.person);
  for (const kind of filters.kinds) query.append("kind", kind);
  if (before) query.set("before", before);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Who did what in one document: saved changes, comments, resolutions and notes, filterable and paged. */
export default async function DocumentActivityPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const lng = await languageParam(params);
  const { projectId, documentId } = await params;
  const filters = readFilters(await searchParams);
  const documentPath = `/${lng}/projects/${projectId}/documents/${documentId}`;
  const path = `${documentPath}/activity`;
  const actor = await requirePageActor(lng, `${path}${queryOf(filters, filters.before)}`);
  const page = await loadOr404(() => loadActivity(actor.userId!, documentId, JSON.stringify(filters)));
  if (page.document.projectId !== projectId) notFound();
  const t = getT(lng, "activity");
  const when = new Intl.DateTimeFormat(lng === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  const filtered = filters.person !== undefined || filters.kinds.length > 0;
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link href={documentPath}>{t("backToDocument", { title: page.document.title })}</Link>
      </p>
      <h1>{t("pageTitle", { title: page.document.title })}</h1>
      <p className="lead">{t("intro")}</p>
      <form method="get" action={path} className="glossary-filters" aria-label={t("filters.label")} data-testid="activity-filters">
        <label className="field">
          <span>{t("filters.person")}</span>
          <select name="person" defaultValue={filters.person ?? ""}>
            <option value="">{t("filters.everyone")}</option>
            {page.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field field--inline">
          <legend>{t("filters.kinds")}</legend>
          {ACTIVITY_KINDS.map((kind) => (
            <label key={kind} className="inline-check">
              <input type="checkbox" name="kind" value={kind} defaultChecked={filters.kinds.includes(kind)} />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t("filters.apply")}
          </button>
          {filtered ? (
            <Link className="button" href={path}>
              {t("filters.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      {page.events.length === 0 ? (
        <p className="empty">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <table className="table" data-testid="activity-list">
          <thead>
            <tr>
              <th>{t("columns.when")}</th>
              <th>{t("columns.who")}</th>
              <th>{t("columns.what")}</th>
              <th>{t("columns.where")}</th>
              <th>{t("columns.details")}</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <tr key={event.id} data-kind={event.kind} data-testid="activity-event">
                <td>
                  <time dateTime={event.at}>{when.format(new Date(event.at))}</time>
                </td>
                <td>{event.authorName ?? t("formerMember")}</td>
                <td>{t(`kind.${event.kind}`)}</td>
                <td>
                  {event.segmentPosition !== null ? (
                    <>
                      <Link
                        href={`${documentPath}${partOfSegment(event.segmentPosition) > 1 ? `?part=${partOfSegment(event.segmentPosition)}` : ""}#segment-${event.segmentPosition}`}
                        aria-label={t("segmentLink", { n: event.segmentPosition })}
                      >
                        {t("segment", { n: event.segmentPosition })}
                      </Link>
                      <div className="hint" lang="fr">
                        {event.sourceExcerpt}
                      </div>
                    </>
                  ) : (
                    <span className="hint">{t("segmentGone")}</span>
                  )}
                </td>
                <td>
                  <ActivityDetail event={event} lng={lng} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="form-actions" aria-label={t("pagination")}>
        {filters.before ? (
          <Link className="button" href={`${path}${queryOf(filters)}`}>
            {t("newest")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link className="button" rel="next" href={`${path}${queryOf(filters, page.nextCursor)}`} data-testid="activity-older">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
