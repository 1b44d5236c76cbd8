"use client";

import type { ActionResult } from "@/actions/_lib/action-result";
import type { QaCode, QaIgnore, QaIssue, QaReportedIssue } from "@/core/qa/types";
import { DEFAULT_QA_SETTINGS } from "@/core/qa/settings";
import type { QaLiveContext } from "./qa-worker-protocol";

/** The server's report on one document (server/qa/check-document.ts). */
export interface QaDocumentReport {
  documentId: string;
  counts: Partial<Record<QaCode, number>>;
  segments: { segmentId: string; position: number; source: string; target: string; status?: string; issues: QaReportedIssue[] }[];
}

/** The server's check of one segment: every issue (inconsistencies included) and the ignores kept for it. */
export interface QaSegmentCheck {
  issues: QaReportedIssue[];
  ignores: QaIgnore[];
}

/**
 * The QA screens' one way to the server (actions/qa.ts), gathered here so the components share one
 * vocabulary. PLACEHOLDER until the server's actions are merged: answers as a project with default
 * settings, no glossary and nothing ignored would.
 */
export const qaServer = {
  loadContext: async (_documentId: string): Promise<ActionResult<QaLiveContext>> => ({ ok: true, value: { settings: DEFAULT_QA_SETTINGS, glossary: [] } }),
  checkSegment: async (_segmentId: string): Promise<ActionResult<QaSegmentCheck>> => ({ ok: true, value: { issues: [], ignores: [] } }),
  checkDocument: async (documentId: string): Promise<ActionResult<QaDocumentReport>> => ({ ok: true, value: { documentId, counts: {}, segments: [] } }),
  ignore: async (_input: { segmentId: string; issue: QaIssue & { fingerprint: string }; reason: string }): Promise<ActionResult<QaIgnore>> => ({
    ok: false,
    code: "UNKNOWN",
    message: "Not available yet",
  }),
  unignore: async (_input: { segmentId: string; fingerprint: string }): Promise<ActionResult<void>> => ({ ok: false, code: "UNKNOWN", message: "Not available yet" }),
};
