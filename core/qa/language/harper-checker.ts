/**
 * Spelling, grammar and repetition of the English target with harper (offline, wasm), behind the
 * LanguageChecker interface. The caller gives the harper Linter (Node loads the inlined binary, the
 * browser worker the wasm asset), so core never loads the 16 MB binary itself.
 */

import { Dialect, SuggestionKind, type Lint, type Linter } from "harper.js";
import type { QaContext, LanguageChecker } from "../run-checks";
import type { EnglishDialect } from "../settings";
import type { QaFinding, QaPair } from "../types";
import { certainReplacement, codeOfLintKind, DISABLED_RULES } from "./lint-rules";
import { protectedWords } from "./protected-words";
import { utf16Span } from "./utf16-span";

const DIALECTS: Record<EnglishDialect, Dialect> = { us: Dialect.American, uk: Dialect.British };
const MESSAGE_KEY = { spelling: "spelling.unknown", grammar: "grammar.lint", repetition: "repetition.word" } as const;

/** What a harper suggestion puts in place of the flagged span. */
function replacementText(lint: Lint, problem: string): string[] {
  return lint.suggestions().map((suggestion) => {
    const kind = suggestion.kind();
    if (kind === SuggestionKind.Remove) return "";
    if (kind === SuggestionKind.InsertAfter) return problem + suggestion.get_replacement_text();
    return suggestion.get_replacement_text();
  });
}

/** One lint as a finding, or null when it is dropped (kind not wanted, protected word, unplaceable span). */
function toFinding(lint: Lint, pair: QaPair, context: QaContext, guard: ReturnType<typeof protectedWords>): QaFinding | null {
  const code = codeOfLintKind(lint.lint_kind());
  if (!code || !context.settings.checks[code].enabled) return null;
  const problem = lint.get_problem_text();
  const raw = lint.span();
  const span = utf16Span(pair.target, raw.start, raw.end, problem);
  raw.free();
  if (!span || guard.inExemptSpan(span.start, span.end) || guard.isSourceName(problem)) return null;
  if (code === "spelling" && (guard.isProtectedSpelling(problem) || guard.isInnerName(problem, span.start))) return null;
  const word = code === "repetition" ? (problem.trim().split(/\s+/u)[0] ?? problem) : problem;
  const sourceName = code === "spelling" ? guard.nearSourceName(problem) : undefined;
  const suggestion = sourceName ?? certainReplacement(code, problem, replacementText(lint, problem));
  return {
    code,
    start: span.start,
    end: span.end,
    message: { key: MESSAGE_KEY[code], params: { detail: lint.message(), word } },
    ...(suggestion !== undefined && suggestion !== problem ? { suggestion } : {}),
    subject: problem.replace(/\s+/gu, " ").trim().toLowerCase(),
  };
}

/**
 * A target where half the words or more are unknown is not English (left in French, a list of
 * names): `untranslated` reports it once, rather than every word underlined as a misspelling.
 */
function notEnglish(target: string, findings: readonly QaFinding[]): boolean {
  const unknown = findings.filter((f) => f.code === "spelling").length;
  const words = target.match(/\p{L}+/gu)?.length ?? 0;
  return unknown >= 3 && unknown * 2 >= words;
}

/**
 * A LanguageChecker on one harper Linter. Calls are serialised: the dialect is switched on the
 * shared linter (harper rebuilds it, dropping its rule settings, so those are applied again), and a
 * lint must run under the dialect of the pair it checks.
 */
export function createHarperChecker(linter: Linter): LanguageChecker {
  let dialect: Dialect | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  async function switchDialect(wanted: Dialect) {
    if (dialect === wanted) return;
    await linter.setDialect(wanted);
    await linter.setLintConfig(Object.fromEntries(DISABLED_RULES.map((rule) => [rule, false])));
    dialect = wanted;
  }

  async function checkNow(pair: QaPair, context: QaContext): Promise<QaFinding[]> {
    if (!pair.target.trim()) return [];
    await switchDialect(DIALECTS[context.settings.dialect]);
    const lints = await linter.lint(pair.target, { language: "plaintext" });
    const guard = protectedWords(pair.source, pair.target, context.glossary);
    const findings: QaFinding[] = [];
    for (const lint of lints) {
      const finding = toFinding(lint, pair, context, guard);
      lint.free();
      if (finding) findings.push(finding);
    }
    return notEnglish(pair.target, findings) ? findings.filter((f) => f.code !== "spelling") : findings;
  }

  return {
    check(pair, context) {
      const run = tail.then(() => checkNow(pair, context));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
