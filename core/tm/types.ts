/**
 * The shapes translation memory shares between its engine (core/tm, server/tm), the CLI and the UI.
 * A unit is a sentence pair; a match is a unit scored against the sentence being translated.
 */

import type { DiffPart } from "../diff/word-diff";

/** Review status of a unit: the segment statuses that confirm a translation, and the two outside origins. */
export type TmUnitStatus = "translated" | "reviewed" | "approved" | "aligned" | "imported";

/** Where a unit came from: a confirmed segment, an aligned translation, a TMX file, or a match an XLIFF file carried (1.2 `alt-trans`, 2.x `mtc:match`). */
export const TM_UNIT_ORIGINS = ["segment", "alignment", "tmx", "xliff"] as const;
export type TmUnitOrigin = (typeof TM_UNIT_ORIGINS)[number];

/** How good a unit is when scores tie: best-reviewed first (the newest wins among equals). */
export const TM_STATUS_RANK: Readonly<Record<TmUnitStatus, number>> = { approved: 5, reviewed: 4, translated: 3, aligned: 2, imported: 1 };

/** Default lowest score shown in the side panel and used by pre-translation (%). */
export const DEFAULT_MATCH_THRESHOLD = 70;

/** Where a match comes from, as the panel and the CLI show it. */
export interface TmProvenance {
  /** The project whose memory holds the unit (the project's own or an attached one). */
  memoryProjectId: string;
  memoryName: string;
  documentTitle: string;
  authorName: string;
  /** ISO date-time of the unit's last change. */
  date: string;
  status: TmUnitStatus;
  origin: TmUnitOrigin;
}

/** A memory unit scored against the sentence being translated. */
export interface TmMatch {
  unitId: number;
  /** 0–100, or 101 for an exact match in the same context (same previous and next source). */
  score: number;
  kind: "context" | "exact" | "fuzzy";
  source: string;
  target: string;
  /** Word diff from the match's source to the current source: what differs is what to fix. */
  sourceDiff: DiffPart[];
  /** The target with numbers adapted where the source differs only by them and it is safe to. */
  insertText: string;
  /** Numbers that differ and could not be adapted safely: shown, and flagged on insert. */
  numberWarnings: string[];
  provenance: TmProvenance;
}

/** A concordance line: a unit holding the searched word or phrase, with where it sits. */
export interface ConcordanceHit {
  unitId: number;
  source: string;
  target: string;
  /** Which side was searched ("fr" = source). */
  lang: "fr" | "en";
  /** UTF-16 offsets of the found phrase in the searched side. */
  start: number;
  end: number;
  provenance: TmProvenance;
}
