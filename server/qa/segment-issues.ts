import { applyIgnores } from "@/core/qa/fingerprint";
import { checkPair, checkPairWithLanguage, toIssues, type LanguageChecker, type QaContext } from "@/core/qa/run-checks";
import type { QaFinding, QaIgnore, QaPair, QaReportedIssue } from "@/core/qa/types";

/**
 * One segment's issues as the server reports them: the pair's checks through the one runner, plus
 * what only the project can tell (`inconsistent` findings, made across segments), with the
 * project's severities, each marked with the ignore that covers it.
 */
export interface SegmentCheck {
  pair: QaPair;
  context: QaContext;
  ignores: readonly QaIgnore[];
  /** Findings made outside the pair's checks (inconsistent); the settings decide whether they count. */
  projectFindings?: readonly QaFinding[];
}

function merge(check: SegmentCheck, pairIssues: ReturnType<typeof checkPair>): QaReportedIssue[] {
  const more = toIssues(check.projectFindings ?? [], check.context);
  const issues = more.length === 0 ? pairIssues : toIssues([...pairIssues, ...more], check.context);
  return applyIgnores(issues, check.pair.target, check.ignores);
}

/** The synchronous checks (what the approval gate always runs). */
export function segmentIssues(check: SegmentCheck): QaReportedIssue[] {
  return merge(check, checkPair(check.pair, check.context));
}

/** Every check, the English linter's included when one is given. */
export async function segmentIssuesWithLanguage(check: SegmentCheck, language?: LanguageChecker): Promise<QaReportedIssue[]> {
  return merge(check, await checkPairWithLanguage(check.pair, check.context, language));
}
