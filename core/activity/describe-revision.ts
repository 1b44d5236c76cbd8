/**
 * What one saved revision of a segment did, compared with the revision before it: the activity
 * view's event kinds. Pure: revisions are plain objects, however they were loaded.
 */

/** The fields of a revision this classification reads. */
export interface RevisionFacts {
  version: number;
  targetText: string;
  status: string;
  /** Set when the revision changed the source (merge, split, aligned import); null otherwise. */
  sourceText: string | null;
  /** Set on revisions written by one batch operation (search and replace, and its undo). */
  batchId: string | null;
}

export type RevisionKind = "created" | "replaced" | "source-changed" | "restored" | "translated-text" | "status";

export interface RevisionDescription {
  kind: RevisionKind;
  /** The status before, when known (null for a segment's first revision or a missing predecessor). */
  fromStatus: string | null;
  toStatus: string;
  textChanged: boolean;
}

export interface RevisionContext {
  /**
   * The source as last recorded before this revision, when the caller knows it. Defaults to the
   * previous revision's `sourceText`; when no earlier source is known, a recorded source counts as a change.
   */
  previousSourceText?: string | null;
  /** Target texts of revisions older than `previous`: a text coming back to one of them is a restore. */
  earlierTargetTexts?: readonly string[];
}

/**
 * Classifies `revision` against `previous` (the same segment's revision just before it, or null
 * when there is none: an imported segment's first save starts from an empty target).
 * Precedence: created (version 1) → replaced (batch) → source-changed → restored → text → status.
 */
export function describeRevision(revision: RevisionFacts, previous: RevisionFacts | null, context: RevisionContext = {}): RevisionDescription {
  const fromStatus = previous?.status ?? null;
  const toStatus = revision.status;
  const textChanged = revision.targetText !== (previous?.targetText ?? "");
  const describe = (kind: RevisionKind): RevisionDescription => ({ kind, fromStatus, toStatus, textChanged });

  if (revision.version <= 1) return { kind: "created", fromStatus: null, toStatus, textChanged: revision.targetText !== "" };
  if (revision.batchId !== null) return describe("replaced");
  if (revision.sourceText !== null) {
    const before = context.previousSourceText !== undefined ? context.previousSourceText : (previous?.sourceText ?? null);
    if (before === null || before !== revision.sourceText) return describe("source-changed");
  }
  if (textChanged && revision.targetText !== "" && context.earlierTargetTexts?.includes(revision.targetText)) return describe("restored");
  if (textChanged) return describe("translated-text");
  return describe("status");
}
