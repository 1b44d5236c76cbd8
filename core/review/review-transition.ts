import type { SegmentStatus } from "../model/document";

/** The review bookkeeping a segment carries besides its text and status. */
export interface ReviewMarks {
  /** The translator's version a reviewer's edits are measured against; null when none is pending. */
  trackedBaseText: string | null;
  /** The source before its last change, until someone acts on the segment; null when unchanged. */
  previousSourceText: string | null;
  /** The version at the last review decision; null before any. */
  reviewedVersion: number | null;
}

export interface SegmentState extends ReviewMarks {
  targetText: string;
  status: string;
  updatedById: string | null;
}

export interface SegmentChange {
  targetText: string;
  status: SegmentStatus;
  /** The version the change will be saved as. */
  version: number;
  actorId: string | null;
  /** Whether the actor may review (reviewer or owner): only their edits are tracked. */
  actorReviews: boolean;
}

/** Statuses at which a translation exists to be reviewed; editing it then is a reviewer's correction. */
const REVIEWABLE: readonly string[] = ["translated", "reviewed", "approved", "rejected"];
const DECISIONS: readonly string[] = ["reviewed", "approved", "rejected"];

/**
 * How a save changes the review bookkeeping. A reviewer editing someone else's finished translation
 * starts a tracked change against that translator's text (kept across further reviewer edits, and
 * dropped when the text comes back to it); approving accepts it; a translator editing after the
 * reviewer takes the change over. Any save means someone looked at the segment since its source
 * changed, so the "source changed" flag goes. A review decision records the version it judged.
 */
export function applyReviewTransition(current: SegmentState, change: SegmentChange): ReviewMarks {
  const textChanged = current.targetText !== change.targetText;
  let trackedBaseText = current.trackedBaseText;
  if (change.status === "approved") {
    trackedBaseText = null;
  } else if (textChanged) {
    if (!change.actorReviews) trackedBaseText = null;
    else if (trackedBaseText === null && current.targetText !== "" && current.updatedById !== change.actorId && REVIEWABLE.includes(current.status)) {
      trackedBaseText = current.targetText;
    }
    if (trackedBaseText === change.targetText) trackedBaseText = null;
  }
  const decided = DECISIONS.includes(change.status) && (change.status !== current.status || textChanged);
  return {
    trackedBaseText,
    previousSourceText: null,
    reviewedVersion: decided ? change.version : current.reviewedVersion,
  };
}

/** A segment edited since its last review decision (and not itself a decision now). */
export function changedSinceReview(segment: { version: number; reviewedVersion: number | null }): boolean {
  return segment.reviewedVersion !== null && segment.version > segment.reviewedVersion;
}
