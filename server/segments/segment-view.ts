/** The columns of a segment that the grid and review mode show, and their JSON-safe shape. */
export const SEGMENT_VIEW_SELECT = {
  id: true,
  paragraphId: true,
  position: true,
  sourceText: true,
  targetText: true,
  status: true,
  version: true,
  sourceWords: true,
  alignScore: true,
  trackedBaseText: true,
  previousSourceText: true,
  reviewedVersion: true,
  translatedById: true,
  matchOrigin: true,
  matchScore: true,
  updatedAt: true,
} as const;

export interface SegmentView {
  id: string;
  paragraphId: string;
  position: number;
  sourceText: string;
  targetText: string;
  status: string;
  version: number;
  sourceWords: number;
  /** Aligner confidence (0–1) for pairs made by aligning an existing translation. */
  alignScore: number | null;
  /** The translator's text a pending reviewer edit is shown against (tracked change). */
  trackedBaseText: string | null;
  /** The source before it changed, while the translation is flagged "source changed". */
  previousSourceText: string | null;
  /** Version at the last review decision. */
  reviewedVersion: number | null;
  /** Whose words the translation is (a reviewer's edit of someone else's is tracked). */
  translatedById: string | null;
  /** "tm" when the text was pre-translated from the memory, "repetition" when propagated; null once a person edits it. */
  matchOrigin?: string | null;
  /** The match's score (%) when matchOrigin is set: reviewers filter pre-translated rows by these. */
  matchScore?: number | null;
  updatedAt: string;
}

export function toSegmentView(row: Omit<SegmentView, "updatedAt"> & { updatedAt: Date }): SegmentView {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** What a write returns to the grid: the segment's text, status and review bookkeeping after it. */
export type SavedSegment = Pick<
  SegmentView,
  | "id"
  | "targetText"
  | "status"
  | "version"
  | "updatedAt"
  | "trackedBaseText"
  | "previousSourceText"
  | "reviewedVersion"
  | "translatedById"
  | "matchOrigin"
  | "matchScore"
>;

export function toSavedSegment(row: Omit<SavedSegment, "updatedAt"> & { updatedAt: Date }): SavedSegment {
  const { id, targetText, status, version, trackedBaseText, previousSourceText, reviewedVersion, translatedById, matchOrigin, matchScore } = row;
  return {
    id,
    targetText,
    status,
    version,
    updatedAt: row.updatedAt.toISOString(),
    trackedBaseText,
    previousSourceText,
    reviewedVersion,
    translatedById,
    matchOrigin,
    matchScore,
  };
}
