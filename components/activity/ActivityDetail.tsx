import { wordDiff } from "@/core/diff/word-diff";
import { DiffText } from "@/components/ui/DiffText";
import { getT } from "@/i18n/server";
import type { Language } from "@/i18n/settings";
import type { ActivityEvent } from "@/server/documents/list-activity";

/** A status as its badge (server component, like the page that renders it). */
function StatusBadge({ status, lng }: { status: string; lng: Language }) {
  const tc = getT(lng, "common");
  return <span className={`status-badge status-badge--${status}`}>{tc(`status.${status as "new"}`)}</span>;
}

/**
 * What one activity event changed: the status move, a word diff for text edits (target in English,
 * source in French), comment and note bodies as plain text — never as HTML.
 */
export function ActivityDetail({ event, lng }: { event: ActivityEvent; lng: Language }) {
  const t = getT(lng, "activity");
  const tc = getT(lng, "common");
  const { detail } = event;
  const statusMoved = detail.toStatus !== undefined && (event.kind === "status" || (detail.fromStatus !== undefined && detail.fromStatus !== detail.toStatus));
  const texts = (event.kind === "edit" || event.kind === "replace") && detail.after !== undefined;
  return (
    <>
      {statusMoved ? (
        <p data-testid="activity-status">
          {detail.fromStatus ? (
            <>
              <StatusBadge status={detail.fromStatus} lng={lng} /> →{" "}
            </>
          ) : null}
          <StatusBadge status={detail.toStatus!} lng={lng} />
        </p>
      ) : null}
      {detail.action ? (
        <p className="hint" data-testid="activity-action">
          {tc(`action.${detail.action as "edit"}`)}
        </p>
      ) : detail.restored ? (
        <p className="hint">{t("restored")}</p>
      ) : null}
      {texts ? (
        <p data-testid="activity-diff">
          {detail.before || detail.after ? (
            <DiffText parts={wordDiff(detail.before ?? "", detail.after!)} lang="en" />
          ) : (
            <span className="empty">{t("emptyText")}</span>
          )}
        </p>
      ) : null}
      {event.kind === "source" && detail.after !== undefined ? (
        <p data-testid="activity-diff">
          {detail.before !== undefined ? (
            <DiffText parts={wordDiff(detail.before, detail.after)} lang="fr" />
          ) : (
            <span className="pre-wrap" lang="fr">
              {detail.after || t("emptyText")}
            </span>
          )}
        </p>
      ) : null}
      {detail.quote ? (
        <p className="hint" lang="fr">
          {t("quote", { quote: detail.quote })}
        </p>
      ) : null}
      {detail.body !== undefined ? (
        <p className="pre-wrap" data-testid="activity-body">
          {detail.body}
        </p>
      ) : null}
    </>
  );
}
