/**
 * Search and replace over segment texts. One RegExp is built from the user's options and used for
 * both finding and replacing, so the preview shows exactly what "replace all" will do.
 */
import { DomainError } from "../errors";

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

/** The search as a global RegExp; INVALID_INPUT for an empty query or a broken expression. */
export function buildMatcher(options: SearchOptions): RegExp {
  if (!options.query) throw new DomainError("INVALID_INPUT", "Type something to search for.");
  if (options.query.length > MAX_QUERY) throw new DomainError("INVALID_INPUT", `A search is at most ${MAX_QUERY} characters.`);
  const body = options.regex ? options.query : options.query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Word boundaries that know accented letters: \b in JavaScript only knows ASCII word characters.
  const pattern = options.wholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body;
  try {
    return new RegExp(pattern, `gu${options.caseSensitive ? "" : "i"}`);
  } catch (error) {
    throw new DomainError("INVALID_INPUT", `This regular expression is not valid: ${(error as Error).message}`);
  }
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
