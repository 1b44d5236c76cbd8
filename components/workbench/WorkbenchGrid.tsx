"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import type { KeyboardEvent, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { SegmentRow, type RowInfo } from "./SegmentRow";

interface WorkbenchGridProps {
  title: string;
  rows: readonly RowInfo[];
  /** 1-based position of the open row among `rows`, or null. */
  active: number | null;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The column headings and the virtual list of rows, which scrolls inside the space the page leaves
 * it. Rows take only their segment and whether they are open; the rest comes from the grid's contexts.
 */
export function WorkbenchGrid({ title, rows, active, virtualizer, scrollRef, onKeyDown }: WorkbenchGridProps) {
  const { t } = useTranslation("workbench");
  return (
    <div className="workbench__grid">
      <div className="grid-header" aria-hidden="true">
        <span />
        <span>{t("columns.source")}</span>
        <span>{t("columns.target")}</span>
        <span />
      </div>
      <div ref={scrollRef} className="grid-scroll" role="list" onKeyDown={onKeyDown} aria-label={t("grid.label", { title })} data-testid="segment-grid">
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={item.key}
                role="listitem"
                data-index={item.index}
                data-row-number={row.number}
                data-row-position={item.index + 1}
                ref={virtualizer.measureElement}
                className="grid-row-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SegmentRow row={row} active={active === item.index + 1} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
