/**
 * What is wrong with a regular expression, in words a user can act on ("unclosed group"), rather
 * than the engine's message (which quotes the internal pattern with its flags and look-arounds).
 * A small scan finds the common slips; anything else is reported as "invalid".
 */

export type RegexProblem = "unclosedGroup" | "unmatchedParenthesis" | "unclosedClass" | "nothingToRepeat" | "trailingBackslash" | "badQuantifier" | "invalid";
export const REGEX_PROBLEMS: readonly RegexProblem[] = [
  "unclosedGroup",
  "unmatchedParenthesis",
  "unclosedClass",
  "nothingToRepeat",
  "trailingBackslash",
  "badQuantifier",
  "invalid",
];

/** The first slip found in `pattern` (assumed refused by the engine); "invalid" when none of the known ones. */
export function regexProblem(pattern: string): RegexProblem {
  let depth = 0;
  // Whether the previous token can be repeated (a quantifier right after "(", "|" or the start cannot).
  let repeatable = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (i === pattern.length - 1) return "trailingBackslash";
      i++;
      // \p{…}, \P{…} and \u{…} carry their own braces.
      if ("pPu".includes(pattern[i]) && pattern[i + 1] === "{") i = Math.max(i, pattern.indexOf("}", i));
      repeatable = true;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close < 0) return "unclosedClass";
      i = close;
      repeatable = true;
    } else if (c === "(") {
      depth++;
      i += groupOpeningLength(pattern, i) - 1;
      repeatable = false;
    } else if (c === ")") {
      if (depth === 0) return "unmatchedParenthesis";
      depth--;
      repeatable = true;
    } else if (c === "|") {
      repeatable = false;
    } else if (c === "*" || c === "+" || c === "?") {
      if (!repeatable) return "nothingToRepeat";
      if (pattern[i + 1] === "?") i++; // lazy
      repeatable = false;
    } else if (c === "{") {
      const quantifier = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (quantifier) {
        if (!repeatable) return "nothingToRepeat";
        if (quantifier[3] && Number(quantifier[3]) < Number(quantifier[1])) return "badQuantifier";
        i += quantifier[0].length - 1;
        repeatable = false;
      } else return "badQuantifier"; // a lone brace is refused in Unicode mode
    } else if (c === "}" || c === "]") {
      return c === "}" ? "badQuantifier" : "unclosedClass";
    } else {
      repeatable = c !== "^";
    }
  }
  return depth > 0 ? "unclosedGroup" : "invalid";
}

/** Index of the "]" closing the class opened at `open`, or -1. */
function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i;
  }
  return -1;
}

/** Length of a group's opening: "(", "(?:", "(?=", "(?!", "(?<=", "(?<!" or "(?<name>". */
function groupOpeningLength(pattern: string, open: number): number {
  if (pattern[open + 1] !== "?") return 1;
  if (pattern[open + 2] !== "<") return 3;
  if (pattern[open + 3] === "=" || pattern[open + 3] === "!") return 4;
  const close = pattern.indexOf(">", open);
  return close < 0 ? 3 : close - open + 1;
}
