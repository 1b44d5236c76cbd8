"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TermbaseEntry } from "@/core/terms/termbase-entry";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { ActionResult } from "@/actions/_lib/action-result";
import type { MarkRef } from "./SourceEditor";

export interface CardContext {
  entries: ReadonlyMap<string, TermbaseEntry & { id: string }>;
  annotations: ReadonlyMap<string, AnnotationView>;
  /** Whether the user may change this annotation (its author, or an owner). */
  canChange: (annotation: AnnotationView) => boolean;
  onUpdate: (annotation: AnnotationView, body: string) => Promise<ActionResult<unknown>>;
  onDelete: (annotation: AnnotationView) => Promise<ActionResult<unknown>>;
  glossaryHref: string;
  formatDate: (iso: string) => string;
}

function EntryDetails({ entry }: { entry: TermbaseEntry }) {
  const { t } = useTranslation("glossary");
  return (
    <dl className="card-details">
      <dt>{t("card.equivalent")}</dt>
      <dd lang="en" data-testid="card-equivalent">
        {entry.preferred || "—"}
      </dd>
      {entry.admitted?.length ? (
        <>
          <dt>{t("card.admitted")}</dt>
          <dd lang="en">{entry.admitted.join(", ")}</dd>
        </>
      ) : null}
      {entry.forbidden?.length ? (
        <>
          <dt>{t("card.forbidden")}</dt>
          <dd lang="en">
            <del>{entry.forbidden.join(", ")}</del>
          </dd>
        </>
      ) : null}
      {entry.definition ? (
        <>
          <dt>{t("card.definition")}</dt>
          <dd className="pre-wrap">{entry.definition}</dd>
        </>
      ) : null}
      {entry.note ? (
        <>
          <dt>{t("card.note")}</dt>
          <dd className="pre-wrap" data-testid="card-note">
            {entry.note}
          </dd>
        </>
      ) : null}
      {entry.domain ? (
        <>
          <dt>{t("card.domain")}</dt>
          <dd>{entry.domain}</dd>
        </>
      ) : null}
      {/* The server accepts only http(s) addresses here, so this link cannot run script. */}
      {entry.sourceUrl ? (
        <>
          <dt>{t("card.source")}</dt>
          <dd>
            <a href={entry.sourceUrl} target="_blank" rel="noopener noreferrer nofollow">
              {entry.sourceUrl}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function NoteItem({ annotation, context }: { annotation: AnnotationView; context: CardContext }) {
  const { t } = useTranslation("glossary");
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const author = annotation.author?.name ?? "—";
  return (
    <div className="card-note">
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await context.onUpdate(annotation, String(new FormData(event.currentTarget).get("body") ?? ""));
            if (result.ok) setEditing(false);
            else setError(result.message);
          }}
        >
          <textarea name="body" defaultValue={annotation.body} rows={3} maxLength={5000} aria-label={t("note.body")} autoFocus />
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button--small button--primary">
            {t("save")}
          </button>
          <button type="button" className="button button--small" onClick={() => setEditing(false)}>
            {t("cancel")}
          </button>
        </form>
      ) : annotation.body ? (
        <p className="pre-wrap" data-testid="card-annotation-body">
          {annotation.body}
        </p>
      ) : null}
      <p className="card-meta">{t("card.by", { author, date: context.formatDate(annotation.updatedAt) })}</p>
      {context.canChange(annotation) && !editing ? (
        <p className="card-actions">
          {annotation.kind === "note" ? (
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              {t("note.edit")}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              if (window.confirm(t("note.deleteConfirm"))) {
                const r = await context.onDelete(annotation);
                if (!r.ok) setError(r.message);
              }
            }}
          >
            {annotation.kind === "gloss" ? t("card.removeGloss") : t("note.delete")}
          </button>
        </p>
      ) : null}
      {!editing && error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What a highlighted span means: its glossary entry, its gloss, its notes. Shown on hover and on caret. */
export function AnnotationCard({ items, context }: { items: MarkRef[]; context: CardContext }) {
  const { t } = useTranslation("glossary");
  const glossed = new Set(items.flatMap((item) => (item.type === "gloss" ? [context.annotations.get(item.id)?.termEntryId] : [])));
  const shown = items.filter((item) => item.type !== "term" || !glossed.has(item.id));
  const first = shown[0];
  const about = first ? (first.type === "term" ? context.entries.get(first.id)?.source : context.annotations.get(first.id)?.exact) : "";
  return (
    <div className="annotation-card" role="group" aria-label={t("card.label", { text: about ?? "" })} data-testid="annotation-card">
      {shown.map((item) => {
        if (item.type === "term") {
          const entry = context.entries.get(item.id);
          return entry ? (
            <section key={`t-${item.id}`}>
              <h3>
                <span className="card-kind">{t("card.term")}</span> <span lang="fr">{entry.source}</span>
              </h3>
              <EntryDetails entry={entry} />
              <a href={`${context.glossaryHref}?q=${encodeURIComponent(entry.source)}`}>{t("card.openGlossary")}</a>
            </section>
          ) : null;
        }
        const annotation = context.annotations.get(item.id);
        if (!annotation) return null;
        const entry = annotation.termEntryId ? context.entries.get(annotation.termEntryId) : undefined;
        return (
          <section key={`a-${item.id}`}>
            <h3>
              <span className="card-kind">{item.type === "gloss" ? t("card.gloss") : t("card.note")}</span>{" "}
              <span lang="fr">{entry?.source ?? annotation.exact}</span>
            </h3>
            {entry ? <EntryDetails entry={entry} /> : null}
            <NoteItem annotation={annotation} context={context} />
          </section>
        );
      })}
    </div>
  );
}
