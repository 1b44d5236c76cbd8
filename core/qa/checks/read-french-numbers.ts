/**
 * The numbers of a French source: «3,5 %», «1 200» (with a space, NBSP or narrow NBSP), «1er», «2e»,
 * «200 millions de dollars», «1,5 milliard», «15 €», «200 M$», «14 h 30», and small numbers written as
 * words («deux», optional). Numbers inside identifiers (F-35, COVID-19) and inside dates read by the
 * date check are left out.
 */

import { FRENCH_NUMBER_BODY, numberValue } from "../../numbers/number-format";
import { type NumberMention, outside, type Span, wordValue } from "./number-mention";
import { currencyOf, FRENCH_MAGNITUDES, FRENCH_NUMBER_WORDS, valueKey } from "./number-words";

const SP = "[ \\u00a0\\u202f]";
// Not glued to a word, an identifier («F-35», «COVID-19») or another number («3.5», «1,2»).
const BEFORE = String.raw`(?<![\p{L}\p{N}_]|[\p{L}_][-‑]|\p{N}[.,])`;
const CURRENCY_WORD = String.raw`(?:d(?:e${SP}|[’']))?(?:dollars?|euros?)(?:${SP}(?:américains|US|canadiens))?|(?:d(?:e${SP}|[’']))?livres${SP}sterling|de${SP}livres|USD|EUR|GBP|CHF`;
const FRENCH_NUMBER = new RegExp(
  String.raw`(?:(?<cb>US\$|\$|€|£)${SP}?)?${BEFORE}(?<n>${FRENCH_NUMBER_BODY})` +
    String.raw`(?<ord>ère|ème|er|re|e|nde|nd)?(?<pct>${SP}?%|${SP}pour${SP}cent)?` +
    String.raw`(?:${SP}?(?<amag>Mds|Mrds|Mrd|Md|Mio|M|k)${SP}?(?<acur>\$|€|£)` +
    String.raw`|(?:${SP}(?<mag>millions?|milliards?|billions?|mille)(?![\p{L}]))?(?:${SP}?(?<cur>€|\$|£)|${SP}(?<curw>${CURRENCY_WORD}))?)` +
    String.raw`(?![\p{L}\p{N}])`,
  "gu",
);
// «14 h 30», «14h30», «9 h»: a time of day, compared as minutes.
const FRENCH_TIME = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Nd}{1,2})${SP}?h(?:${SP}?(\p{Nd}{2}))?(?![\p{L}\p{N}])`, "gu");
const WORD = /(?<![\p{L}\p{N}_-])\p{L}+(?:[-‑]\p{L}+)?(?![\p{L}\p{N}_])/gu;
const WORD_MAGNITUDE = new RegExp(String.raw`^${SP}(millions?|milliards?)(?:${SP}(${CURRENCY_WORD}))?(?![\p{L}])`, "u");

/** Times of day of a French text, with their spans. */
export function frenchTimes(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(FRENCH_TIME)) {
    const hours = Number(m[1]);
    const minutes = m[2] === undefined ? 0 : Number(m[2]);
    if (hours > 24 || minutes > 59) continue;
    const end = m.index + m[0].length;
    found.push({
      start: m.index, end, surface: m[0], numberStart: m.index, numberEnd: end, value: "", magnitude: 1,
      percent: false, ordinal: false, keys: [`time:${hours * 60 + minutes}`], optional: false,
    });
  }
  return found;
}

/** The numbers of a French text, in text order, leaving out those inside `exclude` (dates). */
export function readFrenchNumbers(text: string, exclude: readonly Span[] = []): NumberMention[] {
  const times = frenchTimes(text).filter((t) => outside(exclude, t.start, t.end));
  const taken: Span[] = [...exclude, ...times];
  const found: NumberMention[] = [...times];
  for (const m of text.matchAll(FRENCH_NUMBER)) {
    const g = m.groups ?? {};
    const numberStart = m.index + (m[0].indexOf(g.n));
    const end = m.index + m[0].length;
    if (!outside(taken, numberStart, numberStart + g.n.length)) continue;
    const magnitudeWord = g.amag ?? g.mag;
    const magnitude = magnitudeWord === undefined ? 1 : FRENCH_MAGNITUDES[magnitudeWord];
    const currencyText = g.cb ?? g.acur ?? g.cur ?? g.curw;
    const value = numberValue(g.n);
    found.push({
      start: m.index, end, surface: m[0], numberStart, numberEnd: numberStart + g.n.length, value, magnitude, magnitudeWord,
      currency: currencyText === undefined ? undefined : currencyOf(currencyText.replace(/^d(?:e\s|[’'])/u, "")),
      currencyText, currencyAfter: g.cb === undefined && currencyText !== undefined,
      percent: g.pct !== undefined, ordinal: g.ord !== undefined,
      keys: [valueKey(Number(value) * magnitude)], optional: false,
    });
  }
  for (const m of text.matchAll(WORD)) {
    const value = wordValue(m[0], FRENCH_NUMBER_WORDS);
    if (value === undefined || !outside(taken, m.index, m.index + m[0].length)) continue;
    const after = WORD_MAGNITUDE.exec(text.slice(m.index + m[0].length));
    const magnitude = after ? FRENCH_MAGNITUDES[after[1]] : 1;
    const end = m.index + m[0].length + (after ? after[0].length : 0);
    found.push({
      start: m.index, end, surface: text.slice(m.index, end), numberStart: m.index, numberEnd: m.index + m[0].length,
      value: String(value), magnitude, magnitudeWord: after?.[1], currency: after?.[2] ? currencyOf(after[2].replace(/^d(?:e\s|[’'])/u, "")) : undefined,
      percent: false, ordinal: false, keys: [valueKey(value * magnitude)], optional: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
