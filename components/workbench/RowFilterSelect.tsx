"use client";

import { useTranslation } from "react-i18next";
import type { QaCode } from "@/core/qa/types";
import { isQaRowFilter, type RowFilter } from "./row-filter";

/** "Show: All segments (18) / Rejected (2) / QA: Numbers (3) / …" — the grid's and review mode's filter, with counts. */
export function RowFilterSelect({
  filters,
  filter,
  setFilter,
  testId,
}: {
  filters: { filter: RowFilter; count: number }[];
  filter: RowFilter;
  setFilter: (value: RowFilter) => void;
  testId: string;
}) {
  const { t } = useTranslation(["workbench", "qa"]);
  const label = (value: RowFilter, count: number) => {
    if (!isQaRowFilter(value)) return t(`workbench:filter.${value}`, { count });
    if (value === "qa:all") return t("qa:filter.all", { count });
    return t("qa:filter.code", { check: t(`qa:codes.${value.slice(3) as QaCode}`), count });
  };
  return (
    <label className="filter-toggle">
      {t("workbench:filter.label")}{" "}
      <select value={filter} onChange={(event) => setFilter(event.target.value as RowFilter)} data-testid={testId}>
        {filters.map(({ filter: value, count }) => (
          <option key={value} value={value}>
            {label(value, count)}
          </option>
        ))}
      </select>
    </label>
  );
}
