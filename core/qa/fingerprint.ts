import type { QaFinding, QaIgnore, QaIssue, QaReportedIssue } from "./types";

/**
 * Identifies a finding across edits of the target, so that an ignore made once stays true while the
 * same problem stays and no longer covers a different one: the code and what the finding is about
 * (its source subject, else the flagged target text).
 */
export function qaFingerprint(finding: QaFinding, target: string): string {
  const about = finding.subject ?? target.slice(finding.start, finding.end);
  return `${finding.code}|${about.normalize("NFC").replace(/\s+/gu, " ").trim()}`;
}

/** The issues with their fingerprints, each marked with the ignore that covers it. */
export function applyIgnores(issues: readonly QaIssue[], target: string, ignores: readonly QaIgnore[]): QaReportedIssue[] {
  const byFingerprint = new Map(ignores.map((ignore) => [ignore.fingerprint, ignore]));
  return issues.map((issue) => {
    const fingerprint = qaFingerprint(issue, target);
    const ignored = byFingerprint.get(fingerprint);
    return ignored ? { ...issue, fingerprint, ignored } : { ...issue, fingerprint };
  });
}

/** Errors nobody has ignored: what blocks approval. */
export function blockingIssues(issues: readonly QaReportedIssue[]): QaReportedIssue[] {
  return issues.filter((issue) => issue.severity === "error" && !issue.ignored);
}
