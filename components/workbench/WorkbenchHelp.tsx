"use client";

import { useTranslation } from "react-i18next";
import type { RowFilter } from "./row-filter";
import { RowFilterSelect } from "./RowFilterSelect";
import { StatusGuide } from "@/components/ui/StatusGuide";
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
  // The first line says how to move and confirm; the rest waits behind a disclosure.
  const more = [editable && t("workbench:structure.help"), canReview && t("workbench:review.help"), canAnnotate && t("glossary:gloss.help")].filter((line) => typeof line === "string");
  return (
    <div className="hint keyboard-help">
      <div className="keyboard-help__line">
        {filters.length > 1 ? <RowFilterSelect filters={filters} filter={filter} setFilter={setFilter} testId="row-filter" /> : null}
        <p>{editable ? t("workbench:grid.keyboardHelp") : t("workbench:grid.readOnly")}</p>
        {more.length > 0 ? (
          <details className="keyboard-help__more">
            <summary>{t("workbench:grid.moreShortcuts")}</summary>
            {more.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </details>
        ) : null}
        <StatusGuide />
        <StructureNotice notice={notice} />
      </div>
    </div>
  );
}
