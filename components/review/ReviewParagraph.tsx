"use client";

import { memo } from "react";
import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import type { WorkbenchParagraph, WorkbenchSegment } from "@/server/documents/get-workbench";
import { DiffText } from "@/components/ui/DiffText";
import { highlightRuns } from "./highlight-runs";

export interface ParagraphBlock {
  paragraph: WorkbenchParagraph;
  segments: { segment: WorkbenchSegment; number: number }[];
}

interface ReviewParagraphProps {
  block: ParagraphBlock;
  side: "source" | "target";
  kept: ReadonlySet<string> | null;
  openComments: Readonly<Record<string, number>>;
  /** Words of the English that open comment threads are about, per segment. */
  commentSpans: Readonly<Record<string, readonly { start: number; end: number }[]>>;
  selectedId: string | null;
  onSelect: (segmentId: string) => void;
}

/**
 * One paragraph in one column: each segment a clickable run of text, its status a colour, its open
 * comments a count, a reviewer's pending edit a word diff, a changed source a flag.
 */
export const ReviewParagraph = memo(function ReviewParagraph({ block, side, kept, openComments, commentSpans, selectedId, onSelect }: ReviewParagraphProps) {
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
              ) : side === "target" && text && commentSpans[segment.id]?.length ? (
                highlightRuns(text, commentSpans[segment.id]).map((run, k) =>
                  run.marked ? (
                    <mark key={k} className="comment-mark">
                      {run.text}
                    </mark>
                  ) : (
                    run.text
                  ),
                )
              ) : text ? (
                text
              ) : (
                <span className="review-seg__empty" data-shown-only>
                  {t("segment.untranslated")}
                </span>
              )}
            </span>
            {side === "target" && comments > 0 ? (
              <span className="review-seg__comments" aria-label={t("segment.comments", { count: comments })} data-testid="comment-count">
                {comments}
              </span>
            ) : null}
            {side === "source" && segment.previousSourceText !== null ? <span className="review-seg__flag">{t("segment.sourceChanged")}</span> : null}{" "}
          </span>
        );
      })}
    </Tag>
  );
});
