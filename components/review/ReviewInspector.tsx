"use client";

import { useMemo, useState, type ReactNode, type RefObject } from "react";
import type { Editor } from "@tiptap/core";
import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { DiffText } from "@/components/ui/DiffText";
import { TargetEditor, Typeahead, type TargetEditorHandlers } from "@/components/workbench";
import { SourceEditForm } from "./SourceEditForm";

export interface ReviewInspectorProps {
  segment: WorkbenchSegment;
  number: number;
  /** Changes when the text changed outside the editor (revert, restore), to start it afresh. */
  editorKey: string;
  canEdit: boolean;
  canReview: boolean;
  canEditSource: boolean;
  handlers: Omit<TargetEditorHandlers, "register" | "unregister" | "equivalent" | "onStructure">;
  onDecide: (status: "reviewed" | "approved" | "rejected") => void;
  onSettle: (decision: "accept" | "revert") => Promise<string | null>;
  onEditSource: (text: string) => Promise<string | null>;
  onHistory: () => void;
  sourceLanguage: string;
  targetLanguage: string;
  /** The segment's comment threads. */
  children: ReactNode;
  /** Holds the English editor while it is mounted: live updates show others' saves in it when nothing is typed. */
  editorRef: RefObject<Editor | null>;
}

/** The selected segment in review mode: its source and what changed, the editable English, the decisions. */
export function ReviewInspector(props: ReviewInspectorProps) {
  const { t } = useTranslation(["review", "common"]);
  const { segment } = props;
  const [typeahead] = useState(() => new Typeahead());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingSource, setEditingSource] = useState(false);
  const tracked = useMemo(
    () => (segment.trackedBaseText === null ? null : wordDiff(segment.trackedBaseText, segment.targetText)),
    [segment.trackedBaseText, segment.targetText],
  );
  const sourceDiff = useMemo(
    () => (segment.previousSourceText === null ? null : wordDiff(segment.previousSourceText, segment.sourceText)),
    [segment.previousSourceText, segment.sourceText],
  );
  const { editorRef } = props;
  const handlers: TargetEditorHandlers = {
    ...props.handlers,
    register: (editor) => void (editorRef.current = editor),
    unregister: (editor) => void (editorRef.current === editor && (editorRef.current = null)),
    equivalent: () => undefined,
    onStructure: () => {},
  };

  async function settle(decision: "accept" | "revert") {
    setBusy(true);
    setError(await props.onSettle(decision));
    setBusy(false);
  }

  return (
    <aside className="review-inspector" aria-labelledby="review-inspector-title" data-testid="review-inspector" data-segment-id={segment.id}>
      <header className="review-inspector__header">
        <h2 id="review-inspector-title">{t("inspector.title", { n: props.number })}</h2>
        <span className={`status-badge status-badge--${segment.status}`} data-testid="inspector-status">
          {t(`common:status.${segment.status as "new"}`)}
        </span>
        <button type="button" className="button button--small" onClick={props.onHistory} data-testid="inspector-history">
          {t("inspector.history")}
        </button>
      </header>

      <section aria-label={t("inspector.source")}>
        <h3>{t("inspector.source")}</h3>
        {editingSource ? (
          <SourceEditForm
            initial={segment.sourceText}
            lang={props.sourceLanguage}
            onCancel={() => setEditingSource(false)}
            onSave={async (text) => {
              const problem = await props.onEditSource(text);
              if (!problem) setEditingSource(false);
              return problem;
            }}
          />
        ) : (
          <p lang={props.sourceLanguage} className="pre-wrap" data-testid="inspector-source">
            {segment.sourceText}
          </p>
        )}
        {sourceDiff ? (
          <div className="review-callout" data-testid="source-changed">
            <strong>{t("inspector.sourceChanged")}</strong> <DiffText parts={sourceDiff} lang={props.sourceLanguage} />
          </div>
        ) : null}
        {props.canEditSource && !editingSource ? (
          <button type="button" className="button button--small" onClick={() => setEditingSource(true)}>
            {t("inspector.editSource")}
          </button>
        ) : null}
      </section>

      <section aria-label={t("inspector.target")}>
        <h3>{t("inspector.target")}</h3>
        {tracked ? (
          <div className="review-callout" data-testid="tracked-change">
            <strong>{t("inspector.trackedChange")}</strong> <DiffText parts={tracked} lang={props.targetLanguage} />
            {props.canEdit ? (
              <div className="form-actions">
                <button type="button" className="button button--small" disabled={busy} onClick={() => settle("accept")} data-testid="accept-change">
                  {t("inspector.accept")}
                </button>
                <button type="button" className="button button--small" disabled={busy} onClick={() => settle("revert")} data-testid="revert-change">
                  {t("inspector.revert")}
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        {props.canEdit ? (
          <TargetEditor
            key={props.editorKey}
            initialText={segment.targetText}
            typeahead={typeahead}
            label={t("inspector.editLabel", { n: props.number })}
            handlers={handlers}
            autofocus={false}
          />
        ) : (
          <p lang={props.targetLanguage} className="pre-wrap">
            {segment.targetText}
          </p>
        )}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </section>

      {props.canReview ? (
        <div className="form-actions review-inspector__decisions">
          <button type="button" className="button button--primary" onClick={() => props.onDecide("approved")} data-testid="approve">
            {t("inspector.approve")}
          </button>
          <button type="button" className="button" onClick={() => props.onDecide("reviewed")} data-testid="mark-reviewed">
            {t("inspector.markReviewed")}
          </button>
          <button type="button" className="button" onClick={() => props.onDecide("rejected")} data-testid="reject">
            {t("inspector.reject")}
          </button>
        </div>
      ) : null}
      <p className="hint">{props.canReview ? t("inspector.keysReviewer") : t("inspector.keys")}</p>
      {props.children}
    </aside>
  );
}
