"use client";

import { useTranslation } from "react-i18next";
import { SEGMENT_STATUSES } from "@/core/review/status-machine";
import { StatusGuide } from "@/components/ui/StatusGuide";

/** Every status of the status machine but "new", which has no underline. */
const SHOWN = SEGMENT_STATUSES.filter((status) => status !== "new");

/** What the underline colours of review mode mean (new segments have none). */
export function StatusLegend() {
  const { t } = useTranslation("common");
  return (
    <>
      <ul className="status-legend" aria-label={t("statusLegend")}>
        {SHOWN.map((status) => (
          <li key={status}>
            <span className={`status-legend__swatch review-seg--${status}`} aria-hidden="true" />
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>
      <StatusGuide />
    </>
  );
}
