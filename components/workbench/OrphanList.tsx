"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AnnotationView } from "@/server/annotations/annotation-view";
import type { ActionResult } from "@/actions/_lib/action-result";
import type { SourceRange } from "./use-annotations";

/**
 * Annotations whose text could not be found again. Nothing is dropped silently: they wait here
 * until the user re-attaches them to a selected span or deletes them.
 */
export function OrphanList({
  orphans,
  selection,
  editable,
  onReattach,
  onDelete,
}: {
  orphans: AnnotationView[];
  selection: SourceRange | null;
  editable: boolean;
  onReattach: (annotation: AnnotationView, range: SourceRange) => Promise<ActionResult<unknown>>;
  onDelete: (annotation: AnnotationView) => Promise<ActionResult<unknown>>;
}) {
  const { t } = useTranslation("glossary");
  const [error, setError] = useState<string | null>(null);
  if (orphans.length === 0) return null;
  const report = (result: ActionResult<unknown>) => setError(result.ok ? null : result.message);
  return (
    <details className="orphans panel" open data-testid="orphans">
      <summary>{t("orphans.title", { count: orphans.length })}</summary>
      <p className="hint">{t("orphans.help")}</p>
      <ul className="card-list">
        {orphans.map((annotation) => (
          <li key={annotation.id} data-testid="orphan">
            <q lang="fr">{annotation.exact}</q> {annotation.body ? <span className="pre-wrap">— {annotation.body}</span> : null}
            {editable ? (
              <span className="inline-actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={!selection}
                  title={selection ? undefined : t("orphans.needSelection")}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={async () => selection && report(await onReattach(annotation, selection))}
                >
                  {t("orphans.reattach")}
                </button>
                <button type="button" className="button button--small" onClick={async () => report(await onDelete(annotation))}>
                  {t("orphans.delete")}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
