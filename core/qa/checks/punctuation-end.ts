/**
 * `punctuation-end`: the source ends a sentence (. ! ? : …) and the target does not, or the other
 * way round, or they end with different marks. Closing quotes and brackets after the mark are
 * looked past, on either side of it (French «oui ».», English “yes.”). A colon for a period is a
 * nuance (a French colon often introduces what English puts in a new sentence): reported without
 * a suggestion.
 */

import { abbreviationLists, hasWord } from "../../segmentation/abbreviations";
import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";
import { TRAILING_CLOSERS } from "./marks";

type Mark = "." | "!" | "?" | ":" | "…";

interface Ending {
  mark: Mark | null;
  /** The mark's span in the text, or an empty span where a mark would go (before closers and spaces). */
  start: number;
  end: number;
}

function ending(text: string): Ending {
  let end = text.length;
  // Trailing spaces and closers, remembering where the text proper ends (a missing mark goes there).
  while (end > 0 && (/\s/u.test(text[end - 1]) || TRAILING_CLOSERS.has(text[end - 1]))) end--;
  const tail = text.slice(0, text.trimEnd().length);
  // «… ».» puts the mark after the closer: look at the very end first.
  const last = tail.length > 0 ? markAt(tail, tail.length) : null;
  if (last) return last;
  const inside = markAt(text, end);
  return inside ?? { mark: null, start: end, end };
}

function markAt(text: string, end: number): Ending | null {
  if (end >= 3 && text.slice(end - 3, end) === "...") return { mark: "…", start: end - 3, end };
  const char = text[end - 1];
  if (char === "." || char === "!" || char === "?" || char === ":" || char === "…") return { mark: char, start: end - 1, end };
  return null;
}

const ABBREVIATIONS = abbreviationLists("en").mayEnd;

/** Whether the final period belongs to an abbreviation ("U.S.", "etc.", "Inc."): it may or may not end the sentence too. */
function periodOfAbbreviation(text: string, { mark, start }: Ending): boolean {
  if (mark !== ".") return false;
  const before = text.slice(0, start);
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? "";
  return /(?:\p{L}\.)+\p{L}$/u.test(word) || hasWord(ABBREVIATIONS, word);
}

const isColonNuance = (a: Mark, b: Mark) => (a === ":" && b === ".") || (a === "." && b === ":");

function run({ source, target }: QaPair): QaFinding[] {
  if (source.trim() === "" || target.trim() === "") return [];
  const inSource = ending(source);
  const inTarget = ending(target);
  if (inSource.mark === inTarget.mark) return [];
  // "in the U.S." may end a sentence or not: a period that an abbreviation needs settles nothing.
  const periodOrNone = (mark: Mark | null) => mark === null || mark === ".";
  if (periodOrNone(inSource.mark) && periodOrNone(inTarget.mark) && (periodOfAbbreviation(source, inSource) || periodOfAbbreviation(target, inTarget)))
    return [];
  if (inTarget.mark === null) {
    // The mark goes at the very end, after closing quotes (British placement, never wrong in meaning).
    const at = target.trimEnd().length;
    const mark = inSource.mark!;
    return [{ code: "punctuation-end", start: at, end: at, message: { key: "punctuation-end.missing", params: { mark } }, suggestion: mark, subject: mark }];
  }
  const at = { start: inTarget.start, end: inTarget.end };
  if (inSource.mark === null) {
    return [{ code: "punctuation-end", ...at, message: { key: "punctuation-end.added", params: { mark: inTarget.mark } }, subject: "none" }];
  }
  const params = { mark: inTarget.mark, expected: inSource.mark };
  if (isColonNuance(inSource.mark, inTarget.mark)) {
    return [{ code: "punctuation-end", ...at, message: { key: "punctuation-end.colon", params }, subject: inSource.mark }];
  }
  return [{ code: "punctuation-end", ...at, message: { key: "punctuation-end.different", params }, suggestion: inSource.mark, subject: inSource.mark }];
}

export const punctuationEndCheck: RegisteredCheck = { codes: ["punctuation-end"], run };
