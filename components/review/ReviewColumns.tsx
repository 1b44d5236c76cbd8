"use client";

import { memo, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import type { WorkbenchParagraph, WorkbenchSegment } from "@/server/documents/get-workbench";
import { DiffText } from "@/components/workbench/DiffText";
import { useSyncedScroll } from "./use-synced-scroll";

export interface ReviewColumnsProps {
  paragraphs: WorkbenchParagraph[];
  segments: WorkbenchSegment[];
  /** Segments the filter keeps; paragraphs without any are left out, the others dim the rest. */
  kept: ReadonlySet<string> | null;
  openComments: Readonly<Record<string, number>>;
  selectedId: string | null;
  onSelect: (segmentId: string) => void;
  sourceLanguage: string;
  targetLanguage: string;
}

interface Block {
  paragraph: WorkbenchParagraph;
  segments: { segment: WorkbenchSegment; number: number }[];
}

/**
 * The whole document as two columns of paragraphs, French | English, each scrolling with the other.
 * A segment is one clickable run of text in each column; its status shows as a colour, its open
 * comments as a count, and a reviewer's pending edit as a word diff in the English.
 */
export function ReviewColumns(props: ReviewColumnsProps) {
  const { t } = useTranslation(["review", "common"]);
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  useSyncedScroll(left, right, true);
  const blocks = useMemo(() => {
    const byParagraph = new Map<string, Block>(props.paragraphs.map((paragraph) => [paragraph.id, { paragraph, segments: [] }]));
    props.segments.forEach((segment, index) => byParagraph.get(segment.paragraphId)?.segments.push({ segment, number: index + 1 }));
    return [...byParagraph.values()].filter((block) => block.segments.length > 0 && (!props.kept || block.segments.some((s) => props.kept!.has(s.segment.id))));
  }, [props.paragraphs, props.segments, props.kept]);

  const pane = (side: "source" | "target") => (
    <div
      ref={side === "source" ? left : right}
      className={`review-pane review-pane--${side}`}
      lang={side === "source" ? props.sourceLanguage : props.targetLanguage}
      aria-label={t(side === "source" ? "columns.source" : "columns.target")}
      role="region"
      tabIndex={0}
      data-testid={`review-${side}`}
    >
      <div>
        {blocks.map((block) => (
          <ReviewParagraph key={block.paragraph.id} block={block} side={side} {...props} />
        ))}
        {blocks.length === 0 ? <p className="hint">{t("filter.none")}</p> : null}
      </div>
    </div>
  );
  return (
    <div className="review-columns">
      {pane("source")}
      {pane("target")}
    </div>
  );
}

const ReviewParagraph = memo(function ReviewParagraph({ block, side, kept, openComments, selectedId, onSelect }: { block: Block; side: "source" | "target" } & ReviewColumnsProps) {
  const { t } = useTranslation(["review", "common"]);
  const Tag = block.paragraph.kind === "heading" ? "h2" : "p";
  return (
    <Tag className={`review-paragraph${block.paragraph.kind === "heading" ? " review-paragraph--heading" : ""}`} data-paragraph-id={block.paragraph.id}>
      {block.segments.map(({ segment, number }) => {
        const comments = openComments[segment.id] ?? 0;
        const dimmed = kept && !kept.has(segment.id);
        const text = side === "source" ? segment.sourceText : segment.targetText;
        return (
          <span key={segment.id}>
            <span
              className={`review-seg review-seg--${segment.status}${segment.id === selectedId ? " review-seg--selected" : ""}${dimmed ? " review-seg--dimmed" : ""}`}
              data-segment-id={segment.id}
              data-number={number}
              data-status={segment.status}
              {...(side === "target" ? { "data-target-of": segment.id, "data-target-text": segment.targetText } : {})}
              onClick={() => onSelect(segment.id)}
              title={t("segment.title", { n: number, status: t(`common:status.${segment.status as "new"}`) })}
            >
              {side === "target" && segment.trackedBaseText !== null ? (
                <DiffText parts={wordDiff(segment.trackedBaseText, segment.targetText)} />
              ) : text ? (
                text
              ) : (
                <span className="review-seg__empty" data-shown-only>{t("segment.untranslated")}</span>
              )}
            </span>
            {side === "target" && comments > 0 ? (
              <span className="review-seg__comments" aria-label={t("segment.comments", { count: comments })} data-testid="comment-count">{comments}</span>
            ) : null}
            {side === "source" && segment.previousSourceText !== null ? <span className="review-seg__flag">{t("segment.sourceChanged")}</span> : null}{" "}
          </span>
        );
      })}
    </Tag>
  );
});
