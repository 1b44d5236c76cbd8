"use client";

import { useTranslation } from "react-i18next";

/** Said when someone else restructured the document and the grid could not reload at once (the user's edits are not all saved). */
export function LiveNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation("workbench");
  return (
    <p className="live-notice" role="status" data-testid="live-notice">
      {t("live.restructured")}{" "}
      <button type="button" className="history-button" onClick={onReload}>
        {t("live.reload")}
      </button>
    </p>
  );
}
