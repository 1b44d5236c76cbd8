import type { QaGlossaryEntry } from "@/core/qa/glossary";
import type { QaSettings } from "@/core/qa/settings";
import type { QaIssue } from "@/core/qa/types";

/**
 * What the page and the QA worker say to each other. The context is sent once per document (plain
 * data: the worker compiles the glossary itself); every check names the text it is about, so an
 * answer that arrives after more typing can be recognised as stale.
 */
export interface QaLiveContext {
  settings: QaSettings;
  glossary: QaGlossaryEntry[];
}

export type QaWorkerRequest =
  | { type: "context"; context: QaLiveContext }
  | { type: "check"; id: number; segmentId: string; source: string; target: string };

export type QaWorkerAnswer =
  /** `complete` is false for the quick answer of the synchronous checks when spelling and grammar follow. */
  | { type: "issues"; id: number; segmentId: string; target: string; issues: QaIssue[]; complete: boolean }
  | { type: "failed"; id: number; message: string };
