"use client";

import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { shortcutOf } from "@/core/work/shortcuts";
import type { SearchProblem } from "@/core/search/find-text";
import { previewReplacements, type Replacement, type SearchableSegment } from "./search-results";
import { ReplacePreview } from "./ReplacePreview";
import { useFind, type FindFlags } from "./use-find";
import { useFindHighlights } from "./use-find-highlights";
import { useDocumentSearch, type DocumentMatches } from "./use-document-search";
import { followSegmentLink } from "./use-grid-navigation";
import type { DocumentPart } from "@/core/model/parts";

interface FindBarProps {
  documentId: string;
  segments: readonly SearchableSegment[];
  /** The open part: numbers shown are the document's; a long document is also searched whole on the server. */
  part: DocumentPart;
  editable: boolean;
  /** Changes each time Ctrl+F is pressed: the query field takes the focus again. */
  focusToken: number;
  gridRef: RefObject<HTMLElement | null>;
  /** Scrolls the grid to a segment without taking the focus from the bar. */
  reveal: (segmentId: string) => void;
  /** Esc: the bar closes; `segmentId` is the current match's segment, to open (or null). */
  onClose: (segmentId: string | null) => void;
  /** Saves replacements as one batch through the segment writer; an error message or the batch id. */
  onReplace: (changes: Replacement[]) => Promise<{ error: string } | { batchId: string }>;
  onUndo: (batchId: string) => Promise<string | null>;
}

/** Ctrl+F: find in the French, the English or both, step through the matches (highlighted in the grid), replace one or all. */
export function FindBar({ documentId, segments, part, editable, focusToken, gridRef, reveal, onClose, onReplace, onUndo }: FindBarProps) {
  const { t } = useTranslation("workbench");
  const find = useFind(segments);
  const { hits, current, problem } = find;
  const offset = part.offset;
  const whole = useDocumentSearch(documentId, part, find.query, find.flags, find.scope, !!find.matcher);
  const queryRef = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState("");
  const [preview, setPreview] = useState<Replacement[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [lastBatch, setLastBatch] = useState<string | null>(null);
  const numberOf = useMemo(() => new Map(segments.map((s, k) => [s.id, offset + k + 1])), [segments, offset]);
  useFindHighlights(gridRef, find.matcher, find.scope, current >= 0 ? hits[current] : null);
  useEffect(() => {
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [focusToken]);

  const step = (direction: 1 | -1) => {
    const hit = find.step(direction);
    if (hit) reveal(hit.segmentId);
  };
  const saved = (result: { error: string } | { batchId: string }, done: string) => {
    if ("error" in result) return setMessage(result.error);
    setMessage(done);
    setLastBatch(result.batchId);
  };
  async function replaceOne() {
    const next = find.replacementForCurrent(replacement);
    if ("moved" in next) {
      if (next.moved) reveal(next.moved.segmentId);
      else setMessage(t("find.notInTarget"));
      return;
    }
    const result = await onReplace([next.change]);
    saved(result, t("find.replacedOne", { n: numberOf.get(next.hit.segmentId) }));
    if (!("error" in result)) find.continueAfter(next.hit, next.change);
  }
  function onKeyDown(event: React.KeyboardEvent) {
    const command = shortcutOf(event, ["findNext", "findPrevious", "closeFind"]);
    // Enter steps only from the query field; elsewhere it presses the focused button or replaces.
    if (!command || (event.key === "Enter" && event.target !== queryRef.current)) return;
    event.preventDefault();
    if (command === "closeFind") onClose(current >= 0 ? hits[current].segmentId : null);
    else step(command === "findNext" ? 1 : -1);
  }
  const flag = (name: keyof FindFlags) => (
    <label className="inline-check">
      <input type="checkbox" checked={find.flags[name]} onChange={(e) => (find.setFlags({ ...find.flags, [name]: e.target.checked }), setPreview(null))} />{" "}
      {t(`find.${name}`)}
    </label>
  );

  return (
    <section className="panel find-bar" aria-label={t("find.title")} data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="find-bar__row">
        <label className="field">
          <span>{t("find.find")}</span>
          <input
            ref={queryRef}
            type="search"
            value={find.query}
            onChange={(e) => (find.setQuery(e.target.value), setPreview(null))}
            aria-describedby="find-count"
            data-testid="find-query"
          />
        </label>
        <label className="field">
          <span>{t("find.in")}</span>
          <select value={find.scope} onChange={(e) => find.setScope(e.target.value as typeof find.scope)}>
            {(["both", "source", "target"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`find.scope.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {flag("caseSensitive")}
        {flag("wholeWord")}
        {flag("regex")}
        <button type="button" className="button button--small" onClick={() => step(-1)} disabled={hits.length === 0}>
          {t("find.previous")}
        </button>
        <button type="button" className="button button--small" onClick={() => step(1)} disabled={hits.length === 0}>
          {t("find.next")}
        </button>
        <button type="button" className="button button--small" onClick={() => onClose(null)}>
          {t("find.close")}
        </button>
        <p className="hint" id="find-count" aria-live="polite" data-testid="find-count">
          {problem ? (
            <span className="form-error">{problemText(problem, t)}</span>
          ) : find.query ? (
            hits.length === 0 ? (
              t("find.noMatch")
            ) : current < 0 ? (
              t("find.total", { count: hits.length })
            ) : (
              t("find.count", { count: hits.length, current: current + 1 })
            )
          ) : null}
        </p>
      </div>
      {whole ? <DocumentMatchesLine matches={whole} t={t} /> : null}
      {editable ? (
        <div className="find-bar__row">
          <label className="field">
            <span>{t("find.replaceWith")}</span>
            <input
              value={replacement}
              onChange={(e) => (setReplacement(e.target.value), setPreview(null))}
              onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), void replaceOne())}
              data-testid="find-replacement"
            />
          </label>
          <button
            type="button"
            className="button button--small"
            title={t("find.replaceOneTitle")}
            disabled={hits.length === 0}
            onClick={() => void replaceOne()}
          >
            {t("find.replaceOne")}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!find.matcher}
            onClick={() => setPreview(previewReplacements(segments, find.options, replacement))}
          >
            {t("find.preview")}
          </button>
        </div>
      ) : null}
      {preview ? (
        <ReplacePreview
          preview={preview}
          numberOf={numberOf}
          onApply={async () => (saved(await onReplace(preview), t("find.replaced", { count: preview.length })), setPreview(null))}
        />
      ) : null}
      {message ? (
        <p role="status" data-testid="replace-result">
          {message}
        </p>
      ) : null}
      {lastBatch ? (
        <button
          type="button"
          className="button button--small"
          onClick={async () => {
            const undoProblem = await onUndo(lastBatch);
            setMessage(undoProblem ?? t("find.undone"));
            if (!undoProblem) setLastBatch(null);
          }}
        >
          {t("find.undo")}
        </button>
      ) : null}
    </section>
  );
}

/** Why the search cannot run, in the user's language (never the engine's message with the built pattern). */
function problemText(problem: SearchProblem, t: TFunction<"workbench">): string {
  if (problem.kind === "regex") return t(`find.problem.regex.${problem.problem}`);
  return problem.kind === "tooLong" ? t("find.problem.tooLong", { max: problem.max }) : t("find.problem.empty");
}

/** A long document's matches beyond the open part, with the way to the nearest ones (opening their part). */
function DocumentMatchesLine({ matches, t }: { matches: DocumentMatches; t: TFunction<"workbench"> }) {
  const go = (n: number | null, key: "previousPart" | "nextPart") =>
    n === null ? null : (
      <button type="button" className="button button--small" onClick={() => followSegmentLink(n)} data-testid={`find-${key}`}>
        {t(`find.${key}`, { n: n.toLocaleString() })}
      </button>
    );
  return (
    <div className="find-bar__row">
      <p className="hint" aria-live="polite" data-testid="find-document">
        {t("find.inDocument", { count: matches.total })}
      </p>
      {go(matches.previous, "previousPart")}
      {go(matches.next, "nextPart")}
    </div>
  );
}
