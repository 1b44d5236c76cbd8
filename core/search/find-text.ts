/**
 * Search and replace over segment texts. One RegExp is built from the user's options and used for
 * both finding and replacing, so the preview shows exactly what "replace all" will do.
 */
import { DomainError } from "../errors";
import { regexProblem, type RegexProblem } from "./regex-problem";

export interface SearchOptions {
  query: string;
  caseSensitive?: boolean;
  wholeWord?: boolean;
  /** The query is a regular expression (JavaScript syntax, Unicode mode). */
  regex?: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
}

const MAX_QUERY = 500;

/** Why a search cannot run: the client words each kind in the user's language (locales `find.problem`). */
export type SearchProblem = { kind: "empty" } | { kind: "tooLong"; max: number } | { kind: "regex"; problem: RegexProblem };

const REGEX_WORDS: Record<RegexProblem, string> = {
  unclosedGroup: "a group is not closed",
  unmatchedParenthesis: "a closing parenthesis has no opening one",
  unclosedClass: "a character class is not closed",
  nothingToRepeat: "a repetition (*, + or ?) has nothing to repeat",
  trailingBackslash: "it ends with a lone backslash",
  badQuantifier: "a {} repetition is malformed",
  invalid: "check its syntax",
};

/** The search as a global RegExp, or why there is none. */
export function compileSearch(options: SearchOptions): { matcher: RegExp } | { problem: SearchProblem } {
  if (!options.query) return { problem: { kind: "empty" } };
  if (options.query.length > MAX_QUERY) return { problem: { kind: "tooLong", max: MAX_QUERY } };
  const body = options.regex ? options.query : options.query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Word boundaries that know accented letters: \b in JavaScript only knows ASCII word characters.
  const pattern = options.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body;
  try {
    return { matcher: new RegExp(pattern, `gu${options.caseSensitive ? "" : "i"}`) };
  } catch {
    return { problem: { kind: "regex", problem: regexProblem(options.query) } };
  }
}

/** The search as a global RegExp; INVALID_INPUT (in English, for the CLI and server) for an empty query or a broken expression. */
export function buildMatcher(options: SearchOptions): RegExp {
  const compiled = compileSearch(options);
  if ("matcher" in compiled) return compiled.matcher;
  const { problem } = compiled;
  if (problem.kind === "empty") throw new DomainError("INVALID_INPUT", "Type something to search for.");
  if (problem.kind === "tooLong") throw new DomainError("INVALID_INPUT", `A search is at most ${problem.max} characters.`);
  throw new DomainError("INVALID_INPUT", `This regular expression is not valid: ${REGEX_WORDS[problem.problem]}.`);
}

/** Every non-empty match in `text`, in order. */
export function findMatches(text: string, matcher: RegExp): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const m of text.matchAll(matcher)) if (m[0].length > 0) matches.push({ start: m.index, end: m.index + m[0].length });
  return matches;
}

/**
 * `text` with every match replaced. In regex mode `$1`, `$&`… refer to groups as in
 * String.prototype.replace; otherwise the replacement is taken literally.
 */
export function replaceMatches(text: string, matcher: RegExp, replacement: string, regex: boolean): string {
  return text.replace(matcher, (match: string) => {
    if (match.length === 0) return match;
    if (!regex) return replacement;
    // Expand $-patterns the way String.prototype.replace does, for this one match.
    return match.replace(new RegExp(matcher.source, matcher.flags.replace("g", "")), replacement);
  });
}

/** `text` with only the match at `at` replaced (replace one at a time), expanded as `replaceMatches` would. */
export function replaceMatchAt(text: string, matcher: RegExp, at: TextMatch, replacement: string, regex: boolean): string {
  const found = text.slice(at.start, at.end);
  return text.slice(0, at.start) + replaceMatches(found, matcher, replacement, regex) + text.slice(at.end);
}
