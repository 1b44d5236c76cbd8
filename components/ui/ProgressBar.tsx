"use client";

import { useTranslation } from "react-i18next";
import { statusShares, type Progress } from "@/core/model/progress";
import { SEGMENT_STATUSES } from "@/core/review/status-machine";

/**
 * Progress as a bar stacked by status (new / draft / translated / reviewed / approved / rejected,
 * each part as wide as its share of the French source words), the done/total summary, and a text
 * legend giving every status present in segments and words — so nothing rests on colour alone.
 */
export function ProgressBar({ progress, label }: { progress: Progress; label?: string }) {
  const { t } = useTranslation("common");
  const percent = progress.words === 0 ? 0 : Math.round((progress.wordsDone / progress.words) * 100);
  const summary = t("progress.summary", { segments: progress.segments, segmentsDone: progress.segmentsDone, words: progress.words, wordsDone: progress.wordsDone });
  const shares = statusShares(progress);
  const present = SEGMENT_STATUSES.filter((status) => progress.byStatus[status].segments > 0);
  const describe = (status: (typeof SEGMENT_STATUSES)[number]) => t("progress.legendItem", { status: t(`status.${status}`), ...progress.byStatus[status] });
  return (
    <div className="progress" data-testid="progress">
      <div className="progress__bar" role="progressbar" aria-label={label ?? t("progress.label")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={summary}>
        {present.map((status) => (
          <div key={status} className={`progress__part progress__part--${status}`} style={{ width: `${shares[status]}%` }} title={describe(status)} />
        ))}
      </div>
      <div className="progress__text">
        <p className="progress__summary" data-testid="progress-summary">{summary}</p>
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
