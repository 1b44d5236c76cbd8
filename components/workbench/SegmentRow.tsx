"use client";

import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { WorkbenchSegment } from "@/server/documents/get-workbench";
import { TargetEditor, type TargetEditorHandlers } from "./TargetEditor";
import type { Typeahead } from "./typeahead";

import { LOW_CONFIDENCE } from "@/core/model/document";

export { LOW_CONFIDENCE };

export interface RowInfo {
  segment: WorkbenchSegment;
  number: number;
  heading: { level: number } | null;
  paragraphStart: boolean;
}

interface SegmentRowProps {
  row: RowInfo;
  active: boolean;
  editable: boolean;
  handlers: TargetEditorHandlers | null;
  /** Opens the editor on segment `number`, typing `insert` into it when the user started typing on the row. */
  onActivate: (number: number, insert?: string) => void;
  typeahead: Typeahead;
  /** Changes after a structural edit, so the open editor remounts with the new text. */
  editorEpoch: number;
}

/** A printable key pressed on a row starts editing with that character, as in a spreadsheet. */
function printableKey(event: React.KeyboardEvent): string | undefined {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== " " ? event.key : undefined;
}

/** One source | target pair. Only the active row mounts an editor; others show text. */
export const SegmentRow = memo(function SegmentRow({ row, active, editable, handlers, onActivate, typeahead, editorEpoch }: SegmentRowProps) {
  const { t } = useTranslation(["workbench", "common"]);
  const { segment, number, heading } = row;
  const SourceTag = heading ? (`h${Math.min(6, heading.level + 1)}` as "h2") : "p";
  const label = t("workbench:grid.editLabel", { n: number });
  return (
    <div className={`seg-row${row.paragraphStart ? " seg-row--paragraph-start" : ""}${active ? " seg-row--active" : ""}${heading ? " seg-row--heading" : ""}`} data-testid="segment-row" data-segment-id={segment.id} data-status={segment.status}>
      <div className="seg-row__number" aria-label={t("workbench:grid.segmentNumber", { n: number })}>{number}</div>
      <div className="seg-row__source" lang="fr" data-source-text={segment.id}>
        {segment.sourceText ? (
          <SourceTag className={heading ? "seg-heading" : "seg-text"}>{segment.sourceText}</SourceTag>
        ) : (
          <p className="seg-text seg-text--missing" lang={undefined}>{t("workbench:structure.noSource")}</p>
        )}
        {segment.alignScore !== null && segment.alignScore < LOW_CONFIDENCE ? (
          <span className="align-flag" title={t("workbench:structure.lowConfidenceTitle", { score: Math.round(segment.alignScore * 100) })} data-testid="low-confidence">
            {t("workbench:structure.lowConfidence")}
          </span>
        ) : null}
      </div>
      <div className="seg-row__target">
        {active && editable && handlers ? (
          <TargetEditor key={editorEpoch} initialText={segment.targetText} typeahead={typeahead} label={label} handlers={handlers} />
        ) : (
          <button type="button" className={`seg-target${segment.targetText ? "" : " seg-target--empty"}`} lang="en" aria-label={label} disabled={!editable}
            onClick={() => onActivate(number)}
            onKeyDown={(event) => {
              const key = editable ? printableKey(event) : undefined;
              if (key) {
                event.preventDefault();
                onActivate(number, key);
              }
            }}
            data-testid="segment-target"
          >
            {segment.targetText || t("workbench:grid.empty")}
          </button>
        )}
      </div>
      <div className="seg-row__status">
        <span className={`status-badge status-badge--${segment.status}`} data-testid="segment-status">{t(`common:status.${segment.status as "new"}`)}</span>
      </div>
    </div>
  );
});
