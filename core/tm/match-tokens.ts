/**
 * How the memory reads a French source to score it: words through the term tokeniser (so
 * «chaînes» and «chaîne» share a key), plus the cheap tokens a translator barely has to touch —
 * numbers, inline tags and placeholders (`{1}`, `<1/>`, `%s`), punctuation. Whitespace is not a
 * token: only whether two texts are identical says anything about it (score-match.ts).
 *
 * Tokens are parallel arrays, as in core/terms/tokenise.ts: the brute-force bench and every
 * candidate scored per lookup go through here, and objects per token would double the cost.
 */

import { FRENCH_NUMBER_BODY, numberValue } from "../numbers/number-format";
import { tokenise } from "../terms/tokenise";
import { WordTable } from "../terms/word-table";

export const WORD = 0;
export const NUMBER = 1;
export const TAG = 2;
export const PUNCT = 3;
export type TokenKind = typeof WORD | typeof NUMBER | typeof TAG | typeof PUNCT;

export interface MatchTokens {
  count: number;
  kinds: TokenKind[];
  /** Word: its term key; number: its value ("1234.5"); tag: its text; punctuation: its class. */
  keys: string[];
  /** The text as written (a word's surface, a number's digits and separators). */
  surfaces: string[];
  /** UTF-16 offsets in the text. */
  starts: number[];
  ends: number[];
  /** Interned ids of `surfaces` and `keys`: the scorer compares numbers, not strings. */
  surfaceIds: number[];
  keyIds: number[];
  /** Words and numbers: what the score's length and the length filter count. */
  major: number;
}

// Interned strings, bounded like the word table: ids only need to agree within one comparison,
// so clearing the table (and restarting ids from a new base) never makes two strings equal.
const MAX_INTERNED = 500_000;
const interned = new Map<string, number>();
let nextId = 0;
function intern(text: string): number {
  let id = interned.get(text);
  if (id === undefined) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    id = nextId++;
    interned.set(text, id);
  }
  return id;
}

// One table for the process: keys are pure functions of the surface, and the table bounds itself.
const WORDS = new WordTable();

// Inline codes kept verbatim by translators: ICU/printf placeholders, XML-ish tags, ${x}, {{x}}.
const TAG_SOURCE = String.raw`\{\{[^{}\s]{1,40}\}\}|\{[^{}\s]{1,40}\}|<\/?[A-Za-z0-9_:.-]{1,30}(?:\s[^<>]{0,80})?\/?>|\$\{[\w.]{1,40}\}|%(?:\d+\$)?[-+#0]?\d*(?:\.\d+)?[sdfiuxXeEgGc@]`;
// A number standing alone (not «h30», not «2e»): French groups thousands with (no-break) spaces and
// writes the decimal comma; an English-style «3.5» is read too.
const NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}_])${FRENCH_NUMBER_BODY}(?![\p{L}\p{N}])`;
const SPECIAL = new RegExp(`(${TAG_SOURCE})|(${NUMBER_SOURCE})`, "gu");
const SPACE = /\s/u;

/** One class per punctuation mark that reads the same: apostrophes, hyphens and dashes, quotes. */
function punctuationKey(char: string): string {
  switch (char) {
    case "’":
    case "ʼ":
      return "'";
    case "‐":
    case "‑":
    case "–":
    case "—":
      return "-";
    case "«":
    case "»":
    case "“":
    case "”":
    case "„":
      return '"';
    default:
      return char;
  }
}

/** Tokens of `text` (expected NFC), in text order. */
export function matchTokens(text: string): MatchTokens {
  const out: MatchTokens = { count: 0, kinds: [], keys: [], surfaces: [], starts: [], ends: [], surfaceIds: [], keyIds: [], major: 0 };
  let from = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m !== null; m = SPECIAL.exec(text)) {
    plainText(text, from, m.index, out);
    const surface = m[0];
    if (m[1] !== undefined) push(out, TAG, surface, surface, m.index, m.index + surface.length);
    else push(out, NUMBER, numberValue(surface), surface, m.index, m.index + surface.length);
    from = m.index + surface.length;
  }
  plainText(text, from, text.length, out);
  return out;
}

/** Words and punctuation of text[from, to). */
function plainText(text: string, from: number, to: number, out: MatchTokens): void {
  if (from >= to) return;
  const piece = text.slice(from, to);
  const words = tokenise(piece, WORDS);
  let at = 0;
  for (let i = 0; i <= words.count; i++) {
    const gapEnd = i < words.count ? words.starts[i] : piece.length;
    for (let c = at; c < gapEnd; c++) {
      const char = piece[c];
      if (!SPACE.test(char)) push(out, PUNCT, punctuationKey(char), char, from + c, from + c + 1);
    }
    if (i === words.count) break;
    const info = words.words[i];
    push(out, WORD, info.key, piece.slice(words.starts[i], words.ends[i]), from + words.starts[i], from + words.ends[i]);
    at = words.ends[i];
  }
}

function push(out: MatchTokens, kind: TokenKind, key: string, surface: string, start: number, end: number): void {
  out.kinds.push(kind);
  out.keys.push(key);
  out.surfaces.push(surface);
  out.surfaceIds.push(intern(surface));
  // Kinds never share a key id: a word «12» cannot equal the number 12.
  out.keyIds.push(intern(kind === WORD ? key : `${kind}\u0000${key}`));
  out.starts.push(start);
  out.ends.push(end);
  out.count++;
  if (kind === WORD || kind === NUMBER) out.major++;
}
