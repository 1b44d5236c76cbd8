/**
 * `case`: the source starts with a capital and the target with a lower-case letter. Leading
 * quotes, brackets and dashes are looked past; a target starting with a link or a brand written
 * with an inner capital ("iPhone", "eBay") is left alone, as is a source starting with a digit.
 */

import type { QaFinding, QaPair } from "../types";
import type { RegisteredCheck } from "./index";

const FIRST_WORD = /^[\s«»“”‘’"'([{¿¡—–\-…*]*(\S+)/u;

function firstWord(text: string): { word: string; start: number } | null {
  const match = FIRST_WORD.exec(text);
  if (!match) return null;
  return { word: match[1], start: match[0].length - match[1].length };
}

function run({ source, target }: QaPair): QaFinding[] {
  const inSource = firstWord(source);
  const inTarget = firstWord(target);
  if (!inSource || !inTarget) return [];
  const sourceLetter = inSource.word[0];
  const targetLetter = inTarget.word[0];
  const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
  const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
  if (!isUpper(sourceLetter) || !isLower(targetLetter)) return [];
  if (/\p{Lu}/u.test(inTarget.word.slice(1)) || /^(?:https?:|www\.)|@/u.test(inTarget.word)) return [];
  const start = inTarget.start;
  const suggestion = targetLetter.toUpperCase();
  return [{ code: "case", start, end: start + 1, message: { key: "case.lowercase-start", params: { letter: suggestion } }, suggestion }];
}

export const caseCheck: RegisteredCheck = { codes: ["case"], run };
