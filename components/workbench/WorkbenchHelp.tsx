"use client";

import { useTranslation } from "react-i18next";
import { StructureNotice } from "./StructureNotice";
import type { StructureNotice as Notice } from "./use-restructure";

/** The keys the user may press here, the low-confidence filter, and the last structural notice. */
export function WorkbenchHelp({ editable, canReview, canAnnotate, lowCount, onlyLow, setOnlyLow, notice }: {
  editable: boolean;
  canReview: boolean;
  canAnnotate: boolean;
  lowCount: number;
  onlyLow: boolean;
  setOnlyLow: (value: boolean) => void;
  notice: Notice | null;
}) {
  const { t } = useTranslation(["workbench", "glossary"]);
  return (
    <div className="hint keyboard-help">
      <p>{editable ? t("workbench:grid.keyboardHelp") : t("workbench:grid.readOnly")}</p>
      {editable ? <p>{t("workbench:structure.help")}</p> : null}
      {canReview ? <p>{t("workbench:review.help")}</p> : null}
      {canAnnotate ? <p>{t("glossary:gloss.help")}</p> : null}
      {lowCount > 0 ? (
        <label className="filter-toggle">
          <input type="checkbox" checked={onlyLow} onChange={(event) => setOnlyLow(event.target.checked)} /> {t("workbench:structure.filterLow", { count: lowCount })}
        </label>
      ) : null}
      <StructureNotice notice={notice} />
    </div>
  );
}
