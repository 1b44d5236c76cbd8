"use client";

import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, type KeyboardEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { SKIP_TARGET } from "@/components/ui/SkipLink";
import { SegmentRow, type RowInfo } from "./SegmentRow";

interface WorkbenchGridProps {
  title: string;
  rows: readonly RowInfo[];
  /** 1-based position of the open row among `rows`, or null. */
  active: number | null;
  /** Set to the grid's virtual list, through which the page brings rows into view (use-active-row.ts). */
  virtualizerRef: RefObject<Virtualizer<HTMLDivElement, Element> | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The column headings and the virtual list of rows, which scrolls inside the space the page leaves
 * it. Rows take only their segment and whether they are open; the rest comes from the grid's contexts.
 */
export function WorkbenchGrid({ title, rows, active, virtualizerRef, scrollRef, onKeyDown }: WorkbenchGridProps) {
  const { t } = useTranslation("workbench");
  // Here rather than in the page: the virtual list re-renders its owner on every scroll and
  // measure (synchronously), and re-rendering the whole workbench each time cost ~40 ms a move.
  // TanStack Virtual returns functions the React Compiler cannot memoise; it skips this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 6,
    getItemKey: (i) => rows[i].segment.id,
  });
  useLayoutEffect(() => {
    virtualizerRef.current = virtualizer;
  }, [virtualizer, virtualizerRef]);
  return (
    // A table to assistive technology: a screen reader says which row of how many (the virtual list
    // renders only some, hence aria-rowcount and aria-rowindex) and which column a cell is in.
    <div className="workbench__grid" role="table" aria-label={t("grid.label", { title })} aria-rowcount={rows.length + 1}>
      <div className="grid-header" role="row" aria-rowindex={1}>
        <span role="columnheader">
          <span className="visually-hidden">{t("columns.number")}</span>
        </span>
        <span role="columnheader">{t("columns.source")}</span>
        <span role="columnheader">{t("columns.target")}</span>
        <span role="columnheader">
          <span className="visually-hidden">{t("columns.status")}</span>
        </span>
      </div>
      {/* The skip link's target: focusable from script only, so it adds no stop to the Tab order. */}
      <div ref={scrollRef} className="grid-scroll" role="rowgroup" tabIndex={-1} {...{ [SKIP_TARGET]: "" }} onKeyDown={onKeyDown} data-testid="segment-grid">
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
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
