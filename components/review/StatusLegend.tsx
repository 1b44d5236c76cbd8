"use client";

import { useTranslation } from "react-i18next";

const SHOWN = ["draft", "translated", "reviewed", "approved", "rejected"] as const;

/** What the underline colours of review mode mean (new segments have none). */
export function StatusLegend() {
  const { t } = useTranslation("common");
  return (
    <ul className="status-legend" aria-label={t("statusLegend")}>
      {SHOWN.map((status) => (
        <li key={status}>
          <span className={`status-legend__swatch review-seg--${status}`} aria-hidden="true" />
          {t(`status.${status}`)}
        </li>
      ))}
    </ul>
  );
}
