"use client";

import { useTranslation } from "react-i18next";
import type { RowFilter } from "./row-filter";

/** "Show: All segments (18) / Rejected (2) / …" — the grid's and review mode's filter, with counts. */
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
  const { t } = useTranslation("workbench");
  return (
    <label className="filter-toggle">
      {t("filter.label")}{" "}
      <select value={filter} onChange={(event) => setFilter(event.target.value as RowFilter)} data-testid={testId}>
        {filters.map(({ filter: value, count }) => (
          <option key={value} value={value}>
            {t(`filter.${value}`, { count })}
          </option>
        ))}
      </select>
    </label>
  );
}
