/**
 * Shapes of the quality checks (QA). A check reads one source/target pair (and the project's
 * glossary) and returns findings; the runner (run-checks.ts) applies the project's settings
 * (which checks run, at which severity) and sorts them. Offsets are in the English target,
 * UTF-16 code units, like every other span in the app.
 */

/** Every check's stable code: CLI output, settings, ignores and the UI key on these. Never rename. */
export const QA_CODES = [
  "number",
  "magnitude",
  "currency",
  "date",
  "typography",
  "quotes",
  "brackets",
  "untranslated",
  "length",
  "term-missing",
  "term-forbidden",
  "inconsistent",
  "spelling",
  "grammar",
  "repetition",
  "punctuation-end",
  "double-space",
  "url",
  "case",
] as const;
export type QaCode = (typeof QA_CODES)[number];

export const QA_SEVERITIES = ["error", "warning", "info"] as const;
export type QaSeverity = (typeof QA_SEVERITIES)[number];

export function isQaCode(value: string): value is QaCode {
  return (QA_CODES as readonly string[]).includes(value);
}

/** A message by key (locales/{en,fr}/qa.json, under "messages") with its interpolation values. */
export interface QaMessage {
  key: string;
  params?: Record<string, string | number>;
}

/** What a check reports; the runner adds the severity from the settings. */
export interface QaFinding {
  code: QaCode;
  /**
   * The span in the target the finding is about. When the target has nothing to point at (a number
   * missing from it, an empty target) the span is empty (start === end) at the place it belongs, or at 0.
   */
  start: number;
  end: number;
  message: QaMessage;
  /** Text to put in place of target.slice(start, end); only when the fix is certain. */
  suggestion?: string;
  /**
   * What in the source the finding is about (the French number «200 millions», the glossary entry's
   * id…). With the code it identifies the finding across edits of the target: an ignore keys on it.
   */
  subject?: string;
  /** Other segments involved (`inconsistent`): where the same source or target was translated otherwise. */
  related?: QaRelated[];
}

export interface QaRelated {
  segmentId: string;
  documentId?: string;
  source: string;
  target: string;
}

/** A finding as shown and stored: with its severity. */
export interface QaIssue extends QaFinding {
  severity: QaSeverity;
}

/** A translator's decision to ignore one finding of one segment, shown to the reviewer. */
export interface QaIgnore {
  fingerprint: string;
  reason: string;
  userName?: string;
  createdAt?: string;
}

/** A QaIssue with the ignore that covers it, if any. */
export interface QaReportedIssue extends QaIssue {
  fingerprint: string;
  ignored?: QaIgnore;
}

/** One source/target pair to check. */
export interface QaPair {
  source: string;
  target: string;
}
