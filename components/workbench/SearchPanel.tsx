"use client";

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { DiffText } from "@/components/ui/DiffText";
import { previewReplacements, searchSegments, type Replacement, type SearchScope } from "./search-results";

interface SearchPanelProps {
  segments: WorkbenchSegment[];
  editable: boolean;
  /** Scrolls the grid to a segment and focuses it. */
  onJump: (segmentId: string) => void;
  /** Saves the previewed replacements as one batch; resolves to an error message or the batch id. */
  onReplace: (changes: Replacement[]) => Promise<{ error: string } | { batchId: string }>;
  onUndo: (batchId: string) => Promise<string | null>;
}

/** Search source and/or target, jump through hits, preview every replacement in targets, apply, undo. */
export function SearchPanel({ segments, editable, onJump, onReplace, onUndo }: SearchPanelProps) {
  const { t } = useTranslation("workbench");
  const [query, setQuery] = useState("");
  const [replacement, setReplacement] = useState("");
  const [scope, setScope] = useState<SearchScope>("both");
  const [flags, setFlags] = useState({ caseSensitive: false, wholeWord: false, regex: false });
  const [current, setCurrent] = useState(-1);
  const [preview, setPreview] = useState<Replacement[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [lastBatch, setLastBatch] = useState<string | null>(null);
  const options = useMemo(() => ({ query, ...flags }), [query, flags]);
  const { hits, error } = useMemo(() => (query ? searchSegments(segments, options, scope) : { hits: [], error: null }), [segments, options, scope, query]);
  const numberOf = useMemo(() => new Map(segments.map((s, k) => [s.id, k + 1])), [segments]);

  const jump = (step: 1 | -1) => {
    if (hits.length === 0) return;
    const next = (current + step + hits.length) % hits.length;
    setCurrent(next);
    onJump(hits[next].segmentId);
  };
  const flag = (name: keyof typeof flags) => (
    <label className="inline-check">
      <input type="checkbox" checked={flags[name]} onChange={(e) => (setFlags({ ...flags, [name]: e.target.checked }), setPreview(null))} /> {t(`search.${name}`)}
    </label>
  );

  return (
    <section className="panel search-panel" aria-label={t("search.title")} data-testid="search-panel">
      <div className="search-panel__row">
        <label className="field">
          <span>{t("search.find")}</span>
          <input type="search" value={query} onChange={(e) => (setQuery(e.target.value), setCurrent(-1), setPreview(null))} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), jump(e.shiftKey ? -1 : 1))} autoFocus />
        </label>
        <label className="field">
          <span>{t("search.in")}</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as SearchScope)}>
            {(["both", "source", "target"] as const).map((s) => <option key={s} value={s}>{t(`search.scope.${s}`)}</option>)}
          </select>
        </label>
        {flag("caseSensitive")}
        {flag("wholeWord")}
        {flag("regex")}
      </div>
      <p className="hint" aria-live="polite" data-testid="search-count">
        {error ? <span className="form-error">{error}</span> : query ? t("search.count", { count: hits.length, current: current >= 0 ? current + 1 : 0 }) : null}
      </p>
      <div className="inline-actions">
        <button type="button" className="button button--small" onClick={() => jump(-1)} disabled={hits.length === 0}>{t("search.previous")}</button>
        <button type="button" className="button button--small" onClick={() => jump(1)} disabled={hits.length === 0}>{t("search.next")}</button>
      </div>
      {editable ? (
        <div className="search-panel__row">
          <label className="field">
            <span>{t("search.replaceWith")}</span>
            <input value={replacement} onChange={(e) => (setReplacement(e.target.value), setPreview(null))} />
          </label>
          <button type="button" className="button" disabled={!query || !!error} onClick={() => setPreview(previewReplacements(segments, options, replacement))}>{t("search.preview")}</button>
        </div>
      ) : null}
      {preview ? (
        <div data-testid="replace-preview">
          <p>{t("search.previewCount", { count: preview.length })}</p>
          <ol className="history-list">
            {preview.map((change) => (
              <li key={change.segmentId}>
                <span className="card-meta">{t("search.segment", { n: numberOf.get(change.segmentId) })}</span> <DiffText parts={wordDiff(change.before, change.targetText)} lang="en" />
              </li>
            ))}
          </ol>
          {preview.length > 0 ? (
            <button
              type="button"
              className="button button--primary"
              onClick={async () => {
                const result = await onReplace(preview);
                if ("error" in result) return setMessage(result.error);
                setMessage(t("search.replaced", { count: preview.length }));
                setLastBatch(result.batchId);
                setPreview(null);
              }}
            >
              {t("search.replaceAll", { count: preview.length })}
            </button>
          ) : null}
        </div>
      ) : null}
      {message ? <p role="status" data-testid="replace-result">{message}</p> : null}
      {lastBatch ? (
        <button type="button" className="button button--small" onClick={async () => {
          const problem = await onUndo(lastBatch);
          setMessage(problem ?? t("search.undone"));
          if (!problem) setLastBatch(null);
        }}>
          {t("search.undo")}
        </button>
      ) : null}
    </section>
  );
}
