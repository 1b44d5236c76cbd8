/**
 * Character classes for the term tokeniser, by char code. Hand-written with fast paths for ASCII,
 * Latin letters and general punctuation: a Unicode-property regex over a whole document was a
 * third of the matching time.
 */

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
// Latin-1 symbols that are letters or digits (ª µ º ² ³ ¹ ¼ ½ ¾); the rest of U+0080–U+00BF is not.
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
// What \s matches besides U+2000–U+200A: ASCII and Unicode spaces, no-break spaces, line separators.
const SPACES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const SPACE = 0x20;

/** Length (1 or 2 UTF-16 units) of the letter, combining mark or digit at `i`, or 0. */
export function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code < 0xc0) return LATIN1_WORD.has(code) ? 1 : 0;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : 1;
  // General punctuation, and U+02BC, a "letter" that French uses as an apostrophe.
  if ((code >= 0x2000 && code <= 0x206f) || code === 0x2bc) return 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

/** Whether a char code is an apostrophe: ' ’ ʼ. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/**
 * The normalised separator between two tokens: " " for any run of spaces, "-" for one hyphen of
 * any kind (- ‐ ‑ –), otherwise the punctuation with spaces, hyphens and apostrophes unified.
 * Called for every token, so one space or one hyphen is answered without building a string.
 */
export function glueOf(text: string, from: number, to: number): string {
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    if (code === SPACE || isSpace(code)) return " ";
    if (isHyphen(code)) return "-";
  }
  let glue = "";
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) glue += " ";
      inSpace = true;
      continue;
    }
    inSpace = false;
    glue += isHyphen(code) ? "-" : isApostrophe(code) ? "'" : text[i];
  }
  return glue.trim() === "" ? " " : glue;
}

function isSpace(code: number): boolean {
  return SPACES.has(code) || (code >= 0x2000 && code <= 0x200a);
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}
