import type { QaIssue } from "@/core/qa/types";
import type { QaLiveContext } from "@/server/qa/get-qa-live-context";

export type { QaLiveContext };

/**
 * What the page and the QA worker say to each other. The context (server/qa/get-qa-live-context.ts)
 * is sent once per document, as plain data: the worker compiles the glossary itself. Every check
 * names the text it is about, so an answer that arrives after more typing is recognised as stale.
 */
export type QaWorkerRequest = { type: "context"; context: QaLiveContext } | { type: "check"; id: number; segmentId: string; source: string; target: string };

export type QaWorkerAnswer =
  /** `complete` is false for the quick answer of the synchronous checks when spelling and grammar follow. */
  { type: "issues"; id: number; segmentId: string; target: string; issues: QaIssue[]; complete: boolean } | { type: "failed"; id: number; message: string };
