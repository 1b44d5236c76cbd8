"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import type { RevisionView } from "@/server/segments/list-revisions";
import { listRevisionsAction } from "@/actions/segments";
import { DiffText } from "@/components/ui/DiffText";
import { ModalDialog } from "@/components/ui/ModalDialog";
import { segmentFocusTarget } from "./segment-focus";

interface HistoryPanelProps {
  segmentId: string;
  number: number;
  canRestore: boolean;
  /** Restores a revision; resolves to an error message, or null once it is saved. */
  onRestore: (revision: RevisionView) => Promise<string | null>;
  /** Shown as a dialog with a Close button; without it, embedded (the side panel's History tab). */
  onClose?: () => void;
  /** The segment's current version: the list is read again when it changes (a save, a restore). */
  version?: number;
  formatDate: (iso: string) => string;
}

/**
 * Every saved state of one segment, newest first, each with a word diff against the one before;
 * two pickers compare any two. Restoring makes a new revision, so nothing in the history is lost.
 */
export function HistoryPanel({ segmentId, number, canRestore, onRestore, onClose, version, formatDate }: HistoryPanelProps) {
  const { t } = useTranslation(["workbench", "common"]);
  const titleId = useId();
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    void listRevisionsAction({ segmentId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setRevisions(result.value);
        setPair(result.value.length > 1 ? [result.value[1].id, result.value[0].id] : null);
      } else setError(result.message);
    });
    return () => {
      live = false;
    };
  }, [segmentId, reload, version]);

  const byId = useMemo(() => new Map((revisions ?? []).map((r) => [r.id, r])), [revisions]);
  const compared = pair && byId.get(pair[0]) && byId.get(pair[1]) ? wordDiff(byId.get(pair[0])!.targetText, byId.get(pair[1])!.targetText) : null;
  const label = (r: RevisionView) => t("workbench:history.revision", { version: r.version, author: r.author ?? "—", date: formatDate(r.createdAt) });

  return (
    <Frame titleId={titleId} segmentId={segmentId} onClose={onClose}>
      <h2 id={titleId}>{t("workbench:history.title", { n: number })}</h2>
      {onClose ? (
        <button type="button" className="button button--small history-panel__close" onClick={onClose}>
          {t("workbench:history.close")}
        </button>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {revisions === null && !error ? <p className="hint">{t("workbench:history.loading")}</p> : null}
      {revisions && revisions.length > 1 && pair ? (
        <section className="history-compare" aria-label={t("workbench:history.compare")}>
          <label className="field">
            <span>{t("workbench:history.from")}</span>
            <select value={pair[0]} onChange={(e) => setPair([e.target.value, pair[1]])}>
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t("workbench:history.to")}</span>
            <select value={pair[1]} onChange={(e) => setPair([pair[0], e.target.value])}>
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </select>
          </label>
          {compared ? (
            <p data-testid="history-compare">
              <DiffText parts={compared} lang="en" />
            </p>
          ) : null}
        </section>
      ) : null}
      <ol className="history-list" reversed>
        {(revisions ?? []).map((revision, k) => {
          const previous = revisions![k + 1];
          return (
            <li key={revision.id} data-testid="revision">
              <p className="card-meta">
                {label(revision)}
                {revision.action ? <span data-testid="revision-action"> · {t(`common:action.${revision.action as "edit"}`)}</span> : null} ·{" "}
                {t(`common:status.${revision.status as "new"}`)}
                {revision.sourceText !== null && k < revisions!.length - 1 ? ` · ${t("workbench:history.sourceChanged")}` : null}
              </p>
              <p>
                {previous ? (
                  <DiffText parts={wordDiff(previous.targetText, revision.targetText)} lang="en" />
                ) : (
                  <span className="pre-wrap" lang="en">
                    {revision.targetText || "—"}
                  </span>
                )}
              </p>
              {revision.sourceBefore !== null && revision.sourceText !== null ? (
                <p className="history-source" data-testid="revision-source-diff">
                  <DiffText parts={wordDiff(revision.sourceBefore, revision.sourceText)} lang="fr" />
                </p>
              ) : null}
              {canRestore && k > 0 ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={async () => {
                    const problem = await onRestore(revision);
                    setError(problem);
                    if (!problem) setReload((n) => n + 1);
                  }}
                >
                  {t("workbench:history.restore", { version: revision.version })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Frame>
  );
}

/** A modal dialog where the history opens over the page (review mode); a region inside the side panel. */
function Frame({ titleId, segmentId, onClose, children }: { titleId: string; segmentId: string; onClose?: () => void; children: React.ReactNode }) {
  if (!onClose)
    return (
      <div className="history-panel history-panel--embedded" role="region" aria-labelledby={titleId} data-testid="history-panel">
        {children}
      </div>
    );
  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      returnFocus={() => segmentFocusTarget(segmentId)}
      className="annotate-dialog history-panel"
      testId="history-panel"
    >
      {children}
    </ModalDialog>
  );
}
