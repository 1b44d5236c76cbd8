import type { TmMatch } from "@/core/tm/types";

/**
 * How good a match is, in the bands translators read at a glance (memoQ and Trados colour the same
 * bands): a context match (101 %), an exact one (100 %), then high, medium and low fuzzies. The
 * band picks a colour; its name is always written beside the score, so colour is never the only sign.
 */
export type MatchTier = "context" | "exact" | "high" | "medium" | "low";

export function matchTier(match: Pick<TmMatch, "score" | "kind">): MatchTier {
  if (match.kind === "context" || match.score > 100) return "context";
  if (match.kind === "exact" || match.score >= 100) return "exact";
  if (match.score >= 95) return "high";
  if (match.score >= 85) return "medium";
  return "low";
}

/** A score as shown: whole percentages, one decimal only below 100 when it matters ("87.5 %" stays, "87.0" reads "87"). */
export function formatScore(score: number, lng: string): string {
  return `${new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(score)}\u00a0%`;
}

/** The thresholds offered for the lowest match shown (and for pre-translation). */
export const MATCH_THRESHOLDS = [50, 60, 70, 75, 80, 85, 90, 95, 100] as const;

/** A stored threshold read back, or the default when it is not one we offer. */
export function parseThreshold(stored: string, fallback: number): number {
  const value = Number(stored);
  return (MATCH_THRESHOLDS as readonly number[]).includes(value) ? value : fallback;
}
