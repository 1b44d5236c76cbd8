"use client";

import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import { DiffText } from "@/components/ui/DiffText";
import type { Replacement } from "./search-results";

/** Every change "replace all" would make, as word diffs, with the button that applies them. */
export function ReplacePreview({ preview, numberOf, onApply }: { preview: Replacement[]; numberOf: ReadonlyMap<string, number>; onApply: () => void }) {
  const { t } = useTranslation("workbench");
  return (
    <div data-testid="replace-preview">
      <p>{t("find.previewCount", { count: preview.length })}</p>
      <ol className="history-list">
        {preview.map((change) => (
          <li key={change.segmentId}>
            <span className="card-meta">{t("find.segment", { n: numberOf.get(change.segmentId) })}</span>{" "}
            <DiffText parts={wordDiff(change.before, change.targetText)} lang="en" />
          </li>
        ))}
      </ol>
      {preview.length > 0 ? (
        <button type="button" className="button button--primary" onClick={onApply}>
          {t("find.replaceAll", { count: preview.length })}
        </button>
      ) : null}
    </div>
  );
}
