/**
 * The one QA runner: every caller (the editor's worker, the server's report and approval gate, the
 * CLI, the bench) checks a pair through checkPair / checkPairWithLanguage, so a check behaves the
 * same everywhere.
 */

import { PAIR_CHECKS } from "./checks";
import type { QaGlossary } from "./glossary";
import type { QaSettings } from "./settings";
import type { QaFinding, QaIssue, QaPair } from "./types";

export interface QaContext {
  settings: QaSettings;
  /** The project's glossary, compiled once (compileQaGlossary). */
  glossary?: QaGlossary;
}

/** The asynchronous checks (spelling, grammar, repetition) behind one interface, so core does not load the linter itself. */
export interface LanguageChecker {
  check(pair: QaPair, context: QaContext): Promise<QaFinding[]>;
}

/** Findings with the project's severities, disabled checks dropped, sorted by place in the target (also for findings made outside the runner: `inconsistent`). */
export function toIssues(findings: readonly QaFinding[], context: QaContext): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const finding of findings) {
    const setting = context.settings.checks[finding.code];
    if (setting.enabled) issues.push({ ...finding, severity: setting.severity });
  }
  return issues.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** The synchronous checks of one pair, with the project's severities, sorted by place in the target. */
export function checkPair(pair: QaPair, context: QaContext): QaIssue[] {
  const findings: QaFinding[] = [];
  for (const check of PAIR_CHECKS) {
    if (!check.codes.some((code) => context.settings.checks[code].enabled)) continue;
    findings.push(...check.run(pair, context));
  }
  return toIssues(findings, context);
}

/** Every check of one pair, the English linter's included when one is given. */
export async function checkPairWithLanguage(pair: QaPair, context: QaContext, language?: LanguageChecker): Promise<QaIssue[]> {
  const issues = checkPair(pair, context);
  if (!language) return issues;
  const { spelling, grammar, repetition } = context.settings.checks;
  if (!spelling.enabled && !grammar.enabled && !repetition.enabled) return issues;
  const more = toIssues(await language.check(pair, context), context);
  return [...issues, ...more].sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}
