"use client";

import { useTranslation } from "react-i18next";
import type { QaRelated, QaReportedIssue } from "@/core/qa/types";
import { useQaText } from "./qa-text";
import "./qa.css";

export interface QaPanelProps {
  issues: readonly QaReportedIssue[];
  /** The text the issues' offsets point into. */
  target: string;
  phase: "loading" | "ready" | "error";
  /** Spelling and grammar are still being checked. */
  checking: boolean;
  error?: string;
  /** The segment's editor is open: fixes go through it (and are saved like typing). */
  canFix: boolean;
  canIgnore: boolean;
  onFix: (issue: QaReportedIssue) => void;
  onIgnore: (issue: QaReportedIssue) => void;
  onUnignore: (issue: QaReportedIssue) => void;
  /** The number of a related segment in this document, or null when it is elsewhere. */
  numberOf: (segmentId: string) => number | null;
  onJump: (segmentId: string) => void;
}

const ICONS = { error: "✖", warning: "▲", info: "ℹ" } as const;

/**
 * The side panel's QA tab: the focused segment's issues (severity, message, check), each with its
 * fix when one is certain and a way to ignore it with a reason; then the ignored ones, with the
 * reason and who gave it, so the reviewer sees them.
 */
export function QaPanel(props: QaPanelProps) {
  const { t } = useTranslation("qa");
  const open = props.issues.filter((issue) => !issue.ignored);
  const ignored = props.issues.filter((issue) => issue.ignored);
  return (
    <div className="qa-panel" data-testid="qa-panel" data-phase={props.phase} aria-busy={props.phase === "loading" || props.checking}>
      {props.phase === "error" ? (
        <p className="form-error" role="alert">
          {t("panel.loadError", { message: props.error ?? "" })}
        </p>
      ) : null}
      {props.phase === "ready" && open.length === 0 ? (
        <p className="hint" data-testid="qa-empty">
          {t("panel.empty")}
        </p>
      ) : null}
      {open.length > 0 ? (
        <ul className="qa-list" aria-label={t("panel.label")}>
          {open.map((issue) => (
            <QaIssueItem key={`${issue.fingerprint}@${issue.start}`} issue={issue} {...props} />
          ))}
        </ul>
      ) : null}
      {props.checking ? <p className="hint">{t("panel.checking")}</p> : null}
      {!props.canFix && open.some((issue) => issue.suggestion !== undefined) ? <p className="hint">{t("panel.openHint")}</p> : null}
      {ignored.length > 0 ? (
        <>
          <h3 className="side-panel__heading">{t("panel.ignored")}</h3>
          <ul className="qa-list qa-list--ignored" data-testid="qa-ignored">
            {ignored.map((issue) => (
              <QaIssueItem key={`${issue.fingerprint}@${issue.start}`} issue={issue} {...props} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function QaIssueItem({ issue, target, canFix, canIgnore, onFix, onIgnore, onUnignore, numberOf, onJump }: QaPanelProps & { issue: QaReportedIssue }) {
  const { t } = useTranslation("qa");
  const { message, checkName } = useQaText();
  const flagged = target.slice(issue.start, issue.end);
  const fixLabel =
    issue.suggestion === undefined
      ? null
      : !flagged
        ? t("panel.fixInsert", { to: issue.suggestion })
        : issue.suggestion
          ? t("panel.fixReplace", { from: flagged, to: issue.suggestion })
          : t("panel.fixDelete", { from: flagged });
  return (
    <li className={`qa-issue-item qa-issue-item--${issue.severity}`} data-testid="qa-issue" data-code={issue.code} data-severity={issue.severity}>
      <p className="qa-issue-item__head">
        <span className="qa-issue-item__icon" aria-hidden="true">
          {ICONS[issue.severity]}
        </span>
        <span className="visually-hidden">{t(`severity.${issue.severity}`)}: </span>
        <span className="qa-issue-item__message" data-testid="qa-message">
          {message(issue.message)}
        </span>
      </p>
      <p className="qa-issue-item__meta hint">
        <span data-testid="qa-check">{checkName(issue.code)}</span>
        {flagged ? <span lang="en"> · {t("panel.at", { text: flagged })}</span> : null}
      </p>
      {issue.related && issue.related.length > 0 ? <RelatedLinks related={issue.related} numberOf={numberOf} onJump={onJump} /> : null}
      {issue.ignored ? (
        <p className="qa-issue-item__ignored" data-testid="qa-ignore-reason">
          {issue.ignored.userName
            ? t("panel.ignoredBy", { name: issue.ignored.userName, reason: issue.ignored.reason })
            : t("panel.ignoredReason", { reason: issue.ignored.reason })}
        </p>
      ) : null}
      <div className="qa-issue-item__actions">
        {fixLabel && !issue.ignored ? (
          <button
            type="button"
            className="button button--small button--primary"
            disabled={!canFix}
            // Keep the editor's focus and selection: the fix is typed into it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onFix(issue)}
            data-testid="qa-fix"
            title={fixLabel}
          >
            {t("panel.fix")}: <span lang="en">{fixLabel}</span>
          </button>
        ) : null}
        {canIgnore && !issue.ignored ? (
          <button type="button" className="button button--small" aria-haspopup="dialog" onClick={() => onIgnore(issue)} data-testid="qa-ignore">
            {t("panel.ignore")}
          </button>
        ) : null}
        {canIgnore && issue.ignored ? (
          <button type="button" className="button button--small" onClick={() => onUnignore(issue)} data-testid="qa-unignore">
            {t("panel.unignore")}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function RelatedLinks({ related, numberOf, onJump }: { related: QaRelated[]; numberOf: (id: string) => number | null; onJump: (id: string) => void }) {
  const { t } = useTranslation("qa");
  return (
    <p className="qa-issue-item__related">
      {t("panel.related")}{" "}
      {related.map((other, k) => {
        const n = numberOf(other.segmentId);
        return (
          <span key={other.segmentId}>
            {k > 0 ? ", " : null}
            {n !== null ? (
              <button type="button" className="link-button" onClick={() => onJump(other.segmentId)} data-testid="qa-related" title={other.target}>
                {t("panel.relatedSegment", { n })}
              </button>
            ) : (
              <span lang="en">{t("panel.relatedElsewhere", { target: other.target })}</span>
            )}
          </span>
        );
      })}
    </p>
  );
}
