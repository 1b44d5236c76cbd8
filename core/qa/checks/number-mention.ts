/**
 * A number as the number checks read it, in the French source or the English target: its digits
 * (or word), what it stands for (its keys: the value times its magnitude, or a time of day), and the
 * words around it that say what kind of number it is (magnitude, currency, percent, ordinal).
 */

import type { Currency } from "./number-words";

export interface NumberMention {
  /** The whole expression: currency, number, magnitude («200 millions de dollars»). */
  start: number;
  end: number;
  surface: string;
  /** The digits (or the number word) only. */
  numberStart: number;
  numberEnd: number;
  /** The number alone, canonical ("1.5"); empty for a time of day. */
  value: string;
  /** 1, 1e6 (million), 1e9 (milliard, billion)… */
  magnitude: number;
  magnitudeWord?: string;
  magnitudeStart?: number;
  magnitudeAbbreviated?: boolean;
  currency?: Currency;
  currencyText?: string;
  currencyStart?: number;
  /** The currency is written after the number («15 €», "15 euros"). */
  currencyAfter?: boolean;
  percent: boolean;
  /** English target only: where a "%" ends ("3,5 %" is pointed at whole). */
  percentSignEnd?: number;
  ordinal: boolean;
  /** What the mention stands for: two mentions agree when they share a key. */
  keys: string[];
  /**
   * Written as a word ("two", «deux») or a time in the English: such a mention only excuses a number
   * on the other side, it is never reported as missing or added.
   */
  optional: boolean;
  /** English target only: written the French way (decimal comma, spaces between thousands). */
  frenchFormat?: boolean;
}

/** A time of day read at `start` (French «14 h 30», English "2:30 p.m."): no value, compared by its keys only. */
export function timeMention(start: number, surface: string, keys: string[], optional: boolean): NumberMention {
  const end = start + surface.length;
  return { start, end, surface, numberStart: start, numberEnd: end, value: "", magnitude: 1, percent: false, ordinal: false, keys, optional };
}

export interface Span {
  start: number;
  end: number;
}

/** Whether [start, end) overlaps none of the spans (dates, times already read). */
export function outside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.every((span) => end <= span.start || start >= span.end);
}

/** Number words, hyphenated compounds included ("twenty-five", «vingt-deux»): their value, if known. */
export function wordValue(word: string, table: ReadonlyMap<string, number>): number | undefined {
  const lower = word.toLowerCase();
  const direct = table.get(lower);
  if (direct !== undefined || !/[-‑]/u.test(lower)) return direct;
  const parts = lower.split(/[-‑]/u).filter((part) => part !== "et");
  if (parts.length !== 2) return undefined;
  const tens = table.get(parts[0]);
  const unit = table.get(parts[1]);
  if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  // "two-year", «deux-pièces»: the number before a hyphenated word.
  return unit === undefined ? tens : undefined;
}

/**
 * The matches of a lowercase pattern in `text`, case-blind. It runs on the lowercased text when that
 * keeps every offset (a case-insensitive Unicode regex is several times slower), else with the `i`
 * flag. Matched text is lowercase: take surfaces from `text` by offset.
 */
export function matchAllFolded(text: string, pattern: RegExp): RegExpExecArray[] {
  const lower = text.toLowerCase();
  const [input, re] = lower.length === text.length ? [lower, pattern] : [text, new RegExp(pattern.source, `${pattern.flags}i`)];
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) found.push(m);
  return found;
}

const GLUE = /[\p{L}\p{N}_]/u;

/**
 * Whether a match at `index` continues a word (or, with `hyphen`, a hyphenated one). Word patterns
 * check their left edge here rather than with a leading lookbehind, which makes V8 try every position
 * slowly (ten times slower on a sentence).
 */
export function gluedBefore(text: string, index: number, hyphen = false): boolean {
  const before = text[index - 1];
  return before !== undefined && (GLUE.test(before) || (hyphen && (before === "-" || before === "‑")));
}
