/**
 * Characters the text checks share: the spaces French typography puts around marks, and which
 * quotation marks open or close. One home, so the typography, quotes and punctuation checks agree.
 */

/** Space, no-break space, narrow no-break space, thin space. */
export function isInlineSpace(char: string | undefined): boolean {
  return char === " " || char === "\u00A0" || char === "\u202F" || char === "\u2009";
}

export type QuoteRole = "open" | "close";

const OPENS_BEFORE = /[\s([{\u2014\u2013\-/«“‘]/u;

/**
 * The role of a double quotation mark at `i`, or null when it is not one. A straight " opens after
 * the start, a space, a bracket or a dash, and closes otherwise.
 */
export function doubleQuoteRole(text: string, i: number): QuoteRole | null {
  const char = text[i];
  if (char === "“" || char === "«") return "open";
  if (char === "”" || char === "»") return "close";
  if (char !== '"') return null;
  return i === 0 || OPENS_BEFORE.test(text[i - 1]) ? "open" : "close";
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/**
 * The role of a single quotation mark at `i`, or null. ’ is an apostrophe far more often than a
 * closing quote (don't, Anthropic’s, the companies’ demands): the caller treats it as a closer only
 * when a ‘ is open, and never between two letters.
 */
export function singleQuoteRole(text: string, i: number): QuoteRole | null {
  const char = text[i];
  if (char === "‘" || char === "‹") return "open";
  if (char === "›") return "close";
  if (char !== "’") return null;
  const inWord = i > 0 && LETTER_OR_DIGIT.test(text[i - 1]) && i + 1 < text.length && LETTER_OR_DIGIT.test(text[i + 1]);
  return inWord ? null : "close";
}

/** Closing quotes and brackets that may follow a sentence's final mark («oui ».», “yes.”). */
export const TRAILING_CLOSERS = new Set(["»", "”", "’", '"', "'", ")", "]", "}", "›"]);
