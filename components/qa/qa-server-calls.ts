"use client";

import { checkDocumentAction, checkSegmentAction, ignoreQaIssueAction, qaLiveContextAction, unignoreQaIssueAction } from "@/actions/qa";
import type { QaReportedIssue } from "@/core/qa/types";
import type { QaDocumentReport } from "@/server/qa/check-document";
import type { SegmentQa } from "@/server/qa/check-segment";

export type { QaDocumentReport, SegmentQa };

/** The QA screens' one way to the server (actions/qa.ts), so the components share one vocabulary. */
export const qaServer = {
  loadContext: (documentId: string) => qaLiveContextAction({ documentId }),
  checkSegment: (segmentId: string) => checkSegmentAction({ segmentId }),
  /** `part`: only that part of a long document (what the grid holds). */
  checkDocument: (documentId: string, part?: number) => checkDocumentAction({ documentId, part }),
  ignore: ({ segmentId, issue, reason }: { segmentId: string; issue: QaReportedIssue; reason: string }) =>
    ignoreQaIssueAction({ segmentId, fingerprint: issue.fingerprint, code: issue.code, reason }),
  unignore: (input: { segmentId: string; fingerprint: string }) => unignoreQaIssueAction(input),
};
