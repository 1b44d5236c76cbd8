"use client";

import { useTranslation } from "react-i18next";
import type { RowFilter } from "./row-filter";
import { RowFilterSelect } from "./RowFilterSelect";
import { StructureNotice } from "./StructureNotice";
import type { StructureNotice as Notice } from "./use-restructure";

/** The keys the user may press here, the row filter, and the last structural notice. */
export function WorkbenchHelp({ editable, canReview, canAnnotate, filters, filter, setFilter, notice }: {
  editable: boolean;
  canReview: boolean;
  canAnnotate: boolean;
  filters: { filter: RowFilter; count: number }[];
  filter: RowFilter;
  setFilter: (value: RowFilter) => void;
  notice: Notice | null;
}) {
  const { t } = useTranslation(["workbench", "glossary"]);
  return (
    <div className="hint keyboard-help">
      <p>{editable ? t("workbench:grid.keyboardHelp") : t("workbench:grid.readOnly")}</p>
      {editable ? <p>{t("workbench:structure.help")}</p> : null}
      {canReview ? <p>{t("workbench:review.help")}</p> : null}
      {canAnnotate ? <p>{t("glossary:gloss.help")}</p> : null}
      {filters.length > 1 ? <RowFilterSelect filters={filters} filter={filter} setFilter={setFilter} testId="row-filter" /> : null}
      <StructureNotice notice={notice} />
    </div>
  );
}
