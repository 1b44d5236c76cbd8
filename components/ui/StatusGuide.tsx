"use client";

import { useTranslation } from "react-i18next";
import { SEGMENT_STATUSES } from "@/core/review/status-machine";

/**
 * What each status means, behind a disclosure: every status of the status machine (so a new one
 * cannot be left unexplained — its meaning is a typed key), with the rule users most need to know,
 * that an edit takes a confirmation or a decision away.
 */
export function StatusGuide() {
  const { t } = useTranslation("common");
  return (
    <details className="status-guide" data-testid="status-guide">
      <summary>{t("statusGuide.title")}</summary>
      <dl>
        {SEGMENT_STATUSES.map((status) => (
          <div key={status} className="status-guide__row">
            <dt>
              <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>
            </dt>
            <dd>{t(`statusGuide.${status}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
