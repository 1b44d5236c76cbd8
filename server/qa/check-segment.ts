import type { LanguageChecker } from "@/core/qa/run-checks";
import type { QaReportedIssue } from "@/core/qa/types";
import type { Actor } from "../access/actor";
import { requireDocumentAction } from "../access/require-project-action";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { loadQaContext } from "./load-qa-context";
import { projectInconsistencies } from "./project-inconsistencies";
import { loadIgnores, type QaIgnoreView } from "./qa-ignores";
import { segmentIssues, segmentIssuesWithLanguage } from "./segment-issues";

export interface CheckSegmentOptions {
  actor: Actor;
  segmentId: string;
  /** The English being edited, when it differs from the stored one (the editor checks what is on screen). */
  targetText?: string;
  /** The English linter; without it only the synchronous checks run. */
  language?: LanguageChecker;
}

export interface SegmentQa {
  /** Every issue, ignored ones included (marked `ignored`). */
  issues: QaReportedIssue[];
  /** Every ignore of the segment, also those whose finding is gone, so the reviewer sees all the reasons. */
  ignores: QaIgnoreView[];
}

const MAX_TARGET_LENGTH = 100_000;

/** One segment's QA (the side panel's QA tab): the pair's checks with the project's settings and glossary, and its ignores. */
export async function checkSegment(db: Db, options: CheckSegmentOptions): Promise<SegmentQa> {
  if (options.targetText !== undefined && options.targetText.length > MAX_TARGET_LENGTH) throw new AppError("INVALID_INPUT", "The translation is too long.");
  const segment = await db.segment.findUnique({ where: { id: options.segmentId }, select: { id: true, documentId: true, sourceText: true, targetText: true } });
  if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
  const { projectId } = await requireDocumentAction(db, options.actor, segment.documentId, "project.read");
  const context = await loadQaContext(db, projectId);
  const ignores = (await loadIgnores(db, { segmentIds: [options.segmentId] })).get(options.segmentId) ?? [];
  const target = options.targetText ?? segment.targetText;
  // Compared with the project's other segments as if the English on screen were saved.
  const onScreen = { segmentId: segment.id, documentId: segment.documentId, source: segment.sourceText, target };
  const projectFindings = (await projectInconsistencies(db, projectId, context, [onScreen])).get(segment.id);
  const check = { pair: { source: segment.sourceText, target }, context, ignores, projectFindings };
  const issues = options.language ? await segmentIssuesWithLanguage(check, options.language) : segmentIssues(check);
  return { issues, ignores };
}
