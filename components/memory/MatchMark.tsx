"use client";

import { useTranslation } from "react-i18next";
import { formatScore } from "./match-tier";

/** What a row knows of how its English was filled: by pre-translation from the memory, or as a repetition. */
export interface MatchMarked {
  id: string;
  matchOrigin?: string | null;
  matchScore?: number | null;
}

/**
 * "TM 87 %" beside a segment's status: its English came from the translation memory (or from an
 * identical segment) and nobody has edited it since, so a reviewer knows what to check.
 */
export function MatchMark({ segment }: { segment: MatchMarked }) {
  const { t, i18n } = useTranslation("memory");
  if (!segment.matchOrigin) return null;
  const origin = segment.matchOrigin === "repetition" ? "propagated" : "tm";
  const score = segment.matchScore === null || segment.matchScore === undefined ? "" : formatScore(segment.matchScore, i18n.language);
  return (
    <span className={`match-mark match-mark--${origin}`} title={t("mark.title", { score: score || "100\u00a0%" })} data-testid="match-mark">
      {t("mark.label", { origin: t(`mark.origin.${origin}`), score }).trim()}
    </span>
  );
}
