"use client";

import { memo } from "react";
import { useTranslation } from "react-i18next";
import { statusShares, type Progress } from "@/core/model/progress";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/core/review/status-machine";

/** Drawing order: the furthest along first, so the bar fills from the left as work is done. */
export const DRAWN: readonly SegmentStatus[] = ["approved", "reviewed", "translated", "draft", "rejected", "new"];

/**
 * Progress as a bar stacked by status (new / draft / translated / reviewed / approved / rejected,
 * each part as wide as its share of the French source words), the done/total summary, and a text
 * legend giving every status present in segments and words — so nothing rests on colour alone.
 */
export const ProgressBar = memo(ProgressBarView, (a, b) => a.label === b.label && sameProgress(a.progress, b.progress));

/** The grid recomputes the figures on every keystroke; the bar (a dozen formatted numbers) redraws only when they change. */
function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.segments === b.segments &&
    a.segmentsDone === b.segmentsDone &&
    a.words === b.words &&
    a.wordsDone === b.wordsDone &&
    SEGMENT_STATUSES.every((status) => a.byStatus[status].segments === b.byStatus[status].segments && a.byStatus[status].words === b.byStatus[status].words)
  );
}

function ProgressBarView({ progress, label }: { progress: Progress; label?: string }) {
  const { t } = useTranslation("common");
  const percent = progress.words === 0 ? 0 : Math.round((progress.wordsDone / progress.words) * 100);
  const summary = t("progress.summary", {
    segments: progress.segments,
    segmentsDone: progress.segmentsDone,
    words: progress.words,
    wordsDone: progress.wordsDone,
  });
  const shares = statusShares(progress);
  const present = DRAWN.filter((status) => progress.byStatus[status].segments > 0);
  const described = new Map(present.map((status) => [status, t("progress.legendItem", { status: t(`status.${status}`), ...progress.byStatus[status] })]));
  const describe = (status: SegmentStatus) => described.get(status);
  return (
    <div className="progress" data-testid="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={label ?? t("progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={summary}
      >
        {present.map((status) => (
          <div key={status} className={`progress__part progress__part--${status}`} style={{ width: `${shares[status]}%` }} title={describe(status)} />
        ))}
      </div>
      <div className="progress__text">
        <p className="progress__summary" data-testid="progress-summary">
          {summary}
        </p>
        <ul className="progress__legend" aria-label={t("progress.byStatus")} title={t("progress.byStatus")}>
          {present.map((status) => (
            <li key={status} data-status={status} data-segments={progress.byStatus[status].segments} data-words={progress.byStatus[status].words}>
              <span className={`progress__swatch progress__part--${status}`} aria-hidden="true" />
              {describe(status)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
