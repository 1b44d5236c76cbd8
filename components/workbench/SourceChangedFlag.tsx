"use client";

import { useTranslation } from "react-i18next";
import { wordDiff } from "@/core/diff/word-diff";
import { DiffText } from "@/components/ui/DiffText";

/** Tells the translator the French changed under their translation, and shows how (word diff). */
export function SourceChangedFlag({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation("workbench");
  return (
    <details className="source-changed" data-testid="source-changed-flag">
      <summary>{t("sourceChanged.label")}</summary>
      <p>
        {t("sourceChanged.title")} <DiffText parts={wordDiff(before, after)} lang="fr" />
      </p>
    </details>
  );
}
