/**
 * The numbers of a French source: «3,5 %», «1 200» (with a space, NBSP or narrow NBSP), «1er», «2e»,
 * «200 millions de dollars», «1,5 milliard», «15 €», «200 M$», «14 h 30», and small numbers written as
 * words («deux», optional). Numbers inside identifiers (F-35, COVID-19) and inside dates read by the
 * date check are left out.
 */

import { FRENCH_NUMBER_BODY, numberValue } from "../../numbers/number-format";
import { gluedBefore, matchAllFolded, type NumberMention, outside, type Span, timeMention, wordValue } from "./number-mention";
import { currencyOf, FRENCH_MAGNITUDES, FRENCH_NUMBER_WORD_SOURCE, FRENCH_NUMBER_WORDS, valueKey } from "./number-words";

const SP = "[ \\u00a0\\u202f]";
// Not glued to a word, an identifier («F-35», «COVID-19») or another number («3.5», «1,2»).
const BEFORE = String.raw`(?<![\p{L}\p{N}_]|[\p{L}_][-‑]|\p{N}[.,])`;
const CURRENCY_WORD = String.raw`(?:d(?:e${SP}|[’']))?(?:dollars?|euros?)(?:${SP}(?:américains|US|canadiens))?|(?:d(?:e${SP}|[’']))?livres${SP}sterling|de${SP}livres|USD|EUR|GBP|CHF`;
// Starts at a digit (so the engine skips ahead fast); a currency written before is read apart.
const FRENCH_NUMBER = new RegExp(
  String.raw`(?=[0-9])${BEFORE}(?<n>${FRENCH_NUMBER_BODY})` +
    String.raw`(?<ord>ère|ème|er|re|e|nde|nd)?(?<pct>${SP}?%|${SP}pour${SP}cent)?` +
    String.raw`(?:${SP}?(?<amag>Mds|Mrds|Mrd|Md|Mio|M|k)${SP}?(?<acur>\$|€|£)` +
    String.raw`|(?:${SP}(?<mag>millions?|milliards?|billions?|mille)(?![\p{L}]))?(?:${SP}?(?<cur>€|\$|£)|${SP}(?<curw>${CURRENCY_WORD}))?)` +
    String.raw`(?![\p{L}\p{N}])`,
  "gu",
);
// «14 h 30», «14h30», «9 h»: a time of day, compared as minutes.
const FRENCH_TIME = new RegExp(String.raw`(?=[0-9])(?<![\p{L}\p{N}])(\p{Nd}{1,2})${SP}?h(?:${SP}?(\p{Nd}{2}))?(?![\p{L}\p{N}])`, "gu");
const AROUND_THE_CLOCK = new RegExp(String.raw`(?=[0-9])(?<![\p{L}\p{N}])(24|7)${SP}?[hj]${SP}?\/${SP}?\1(?![\p{L}\p{N}])`, "gu");
const CURRENCY_BEFORE = new RegExp(String.raw`(?:US\$|\$|€|£)${SP}?$`, "u");
const WORD = new RegExp(String.raw`(?:${FRENCH_NUMBER_WORD_SOURCE})(?:[-‑]\p{L}+)?(?![\p{L}\p{N}_])`, "gu");
const DIGIT = /[0-9]/;
const WORD_MAGNITUDE = new RegExp(String.raw`^${SP}(millions?|milliards?|mille)(?:${SP}(${CURRENCY_WORD}))?(?![\p{L}])`, "u");

/** Times of day of a French text, with their spans. */
export function frenchTimes(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  if (!DIGIT.test(text)) return found;
  for (const m of text.matchAll(FRENCH_TIME)) {
    const hours = Number(m[1]);
    const minutes = m[2] === undefined ? 0 : Number(m[2]);
    if (hours > 24 || minutes > 59) continue;
    // «pendant 2 h» is a duration as often as «à 14 h» is a time: a whole hour also stands for its number.
    const keys = [`time:${hours * 60 + minutes}`, ...(m[2] === undefined ? [String(hours)] : [])];
    found.push(timeMention(m.index, m[0], keys, false));
  }
  return found;
}

/** The numbers of a French text, in text order, leaving out those inside `exclude` (dates). */
export function readFrenchNumbers(text: string, exclude: readonly Span[] = []): NumberMention[] {
  // «24 h/24», «7 j/7»: "24/7" or "around the clock" in English; each number only excuses one there.
  const clock = [...(DIGIT.test(text) ? text.matchAll(AROUND_THE_CLOCK) : [])].map((m): NumberMention => {
    const end = m.index + m[0].length;
    return {
      start: m.index,
      end,
      surface: m[0],
      numberStart: m.index,
      numberEnd: end,
      value: m[1],
      magnitude: 1,
      percent: false,
      ordinal: false,
      keys: [m[1]],
      optional: true,
    };
  });
  const times = frenchTimes(text).filter((t) => outside([...exclude, ...clock], t.start, t.end));
  const taken: Span[] = [...exclude, ...clock, ...times];
  const found: NumberMention[] = [...clock, ...times];
  for (const m of DIGIT.test(text) ? text.matchAll(FRENCH_NUMBER) : []) {
    const g = m.groups ?? {};
    const numberStart = m.index;
    if (!outside(taken, numberStart, numberStart + g.n.length)) continue;
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0];
    const cb = before?.trim();
    const start = m.index - (before?.length ?? 0);
    const end = m.index + m[0].length;
    const magnitudeWord = g.amag ?? g.mag;
    const magnitude = magnitudeWord === undefined ? 1 : FRENCH_MAGNITUDES[magnitudeWord];
    const currencyText = cb ?? g.acur ?? g.cur ?? g.curw;
    const value = numberValue(g.n);
    found.push({
      start,
      end,
      surface: text.slice(start, end),
      numberStart,
      numberEnd: numberStart + g.n.length,
      value,
      magnitude,
      magnitudeWord,
      currency: currencyText === undefined ? undefined : currencyOf(currencyText.replace(/^d(?:e\s|[’'])/u, "")),
      currencyText,
      currencyAfter: cb === undefined && currencyText !== undefined,
      percent: g.pct !== undefined,
      ordinal: g.ord !== undefined,
      keys: [valueKey(Number(value) * magnitude)],
      optional: false,
    });
  }
  for (const m of matchAllFolded(text, WORD)) {
    const value = gluedBefore(text, m.index, true) ? undefined : wordValue(m[0], FRENCH_NUMBER_WORDS);
    if (value === undefined || !outside(taken, m.index, m.index + m[0].length)) continue;
    const after = WORD_MAGNITUDE.exec(text.slice(m.index + m[0].length));
    const magnitude = after ? FRENCH_MAGNITUDES[after[1]] : 1;
    const end = m.index + m[0].length + (after ? after[0].length : 0);
    found.push({
      start: m.index,
      end,
      surface: text.slice(m.index, end),
      numberStart: m.index,
      numberEnd: m.index + m[0].length,
      value: String(value),
      magnitude,
      magnitudeWord: after?.[1],
      currency: after?.[2] ? currencyOf(after[2].replace(/^d(?:e\s|[’'])/u, "")) : undefined,
      percent: false,
      ordinal: false,
      keys: [valueKey(value * magnitude)],
      optional: true,
    });
  }
  for (const m of text.matchAll(ROMAN_ORDINAL)) {
    // «XXIe siècle», «IIIe République»: only excuses "21st", "Third" in the English.
    const value = romanValue(m[1]);
    const end = m.index + m[0].length;
    // «Le», «Ce» are words, not the 50th and the 100th.
    if (value > 0 && !/^[LC]$/u.test(m[1]) && outside(taken, m.index, end)) {
      found.push({
        start: m.index,
        end,
        surface: m[0],
        numberStart: m.index,
        numberEnd: m.index + m[1].length,
        value: String(value),
        magnitude: 1,
        percent: false,
        ordinal: true,
        keys: [String(value)],
        optional: true,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const ROMAN_ORDINAL = /(?<![\p{L}\p{N}])([IVXLC]+)(?:e|er|ère|ème)(?![\p{L}\p{N}])/gu;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]];
    total += i + 1 < roman.length && ROMAN[roman[i + 1]] > value ? -value : value;
  }
  return total;
}
