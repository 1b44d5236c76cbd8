"use client";

import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { WorkbenchParagraph, WorkbenchSegment } from "@/server/documents/get-workbench";
import { ReviewParagraph, type ParagraphBlock } from "./ReviewParagraph";
import { useSyncedScroll } from "./use-synced-scroll";

export interface ReviewColumnsProps {
  /** Segments of the document before the open part: numbers continue from it. */
  offset: number;
  paragraphs: WorkbenchParagraph[];
  segments: WorkbenchSegment[];
  /** Segments the filter keeps; paragraphs without any are left out, the others dim the rest. */
  kept: ReadonlySet<string> | null;
  openComments: Readonly<Record<string, number>>;
  commentSpans: Readonly<Record<string, readonly { start: number; end: number }[]>>;
  selectedId: string | null;
  onSelect: (segmentId: string) => void;
  /** Bumped to bring the selected segment into view (keyboard moves). */
  revealNonce: number;
  sourceLanguage: string;
  targetLanguage: string;
}

/** A rough height before measuring: the text's length over a line's worth of characters. */
function estimateHeight(block: ParagraphBlock, side: "source" | "target"): number {
  const chars = block.segments.reduce((n, { segment }) => n + (side === "source" ? segment.sourceText.length : segment.targetText.length || 18) + 1, 0);
  return Math.max(1, Math.ceil(chars / 62)) * 26 + 15;
}

const blocksOf = (virtualizer: Virtualizer<HTMLDivElement, Element>) => () => virtualizer.measurementsCache;

/**
 * The whole document as two columns of paragraphs, French | English, each scrolling with the other.
 * Both columns are virtual lists of paragraphs (a long report has thousands), so only what is on
 * screen is in the DOM; scrolling is synchronised on the lists' measurements, not on the DOM.
 */
export function ReviewColumns(props: ReviewColumnsProps) {
  const { t } = useTranslation("review");
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => {
    const byParagraph = new Map<string, ParagraphBlock>(props.paragraphs.map((paragraph) => [paragraph.id, { paragraph, segments: [] }]));
    props.segments.forEach((segment, index) => byParagraph.get(segment.paragraphId)?.segments.push({ segment, number: props.offset + index + 1 }));
    return [...byParagraph.values()].filter((block) => block.segments.length > 0 && (!props.kept || block.segments.some((s) => props.kept!.has(s.segment.id))));
  }, [props.paragraphs, props.segments, props.kept, props.offset]);

  // TanStack Virtual returns functions the React Compiler cannot memoise; it skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const source = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => left.current,
    estimateSize: (i) => estimateHeight(blocks[i], "source"),
    overscan: 4,
    getItemKey: (i) => blocks[i].paragraph.id,
  });
  const target = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => right.current,
    estimateSize: (i) => estimateHeight(blocks[i], "target"),
    overscan: 4,
    getItemKey: (i) => blocks[i].paragraph.id,
  });
  useSyncedScroll({ element: left, blocks: blocksOf(source) }, { element: right, blocks: blocksOf(target) });

  const { selectedId, revealNonce } = props;
  useEffect(() => {
    if (!revealNonce || !selectedId) return;
    const index = blocks.findIndex((block) => block.segments.some((s) => s.segment.id === selectedId));
    if (index >= 0) source.scrollToIndex(index, { align: "auto" });
  }, [revealNonce]); // eslint-disable-line react-hooks/exhaustive-deps -- only on an explicit request

  const pane = (side: "source" | "target", virtualizer: typeof source) => (
    <div
      ref={side === "source" ? left : right}
      className={`review-pane review-pane--${side}`}
      lang={side === "source" ? props.sourceLanguage : props.targetLanguage}
      aria-label={t(side === "source" ? "columns.source" : "columns.target")}
      role="region"
      tabIndex={0}
      data-testid={`review-${side}`}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="review-block"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <ReviewParagraph block={blocks[item.index]} side={side} {...props} />
          </div>
        ))}
      </div>
      {blocks.length === 0 ? <p className="hint">{t("filter.none")}</p> : null}
    </div>
  );
  return (
    <div className="review-columns">
      {pane("source", source)}
      {pane("target", target)}
    </div>
  );
}
